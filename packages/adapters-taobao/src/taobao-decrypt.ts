import { type DecryptedReceiver, invalidInput, type Order } from '@omskit/core';
import type { TaobaoClient } from './taobao-client';
import { isTaobaoObject, readContext, readWrappedList } from './taobao-read';

/** `taobao.top.oaid.decrypt` scenes (the documented purposes a receiver may be decrypted for). */
export const taobaoDecryptScenes: readonly string[] = [
  '1001',
  '1002',
  '1003',
  '1004',
  '1005',
  '1006',
  '1007',
  '2001',
  '2002',
];

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

/**
 * Decrypts receivers with `taobao.top.oaid.decrypt` (20 a call). `purpose` is the TOP scene
 * code (`1001` SF e-waybill ... `2002` customer care). Orders without an `oaid` are refused.
 * The result is for immediate use (printing a waybill): omskit neither logs nor stores it.
 */
export async function decryptTaobaoReceivers(
  client: TaobaoClient,
  params: { shopId: string; orders: readonly Order[]; purpose: string; signal?: AbortSignal },
): Promise<readonly DecryptedReceiver[]> {
  if (!taobaoDecryptScenes.includes(params.purpose)) {
    throw invalidInput(['purpose'], `must be a TOP scene code: ${taobaoDecryptScenes.join(', ')}`);
  }
  const queries = params.orders.map((order, index) => {
    const oaid = order.receiver.tokens.oaid;
    if (oaid === undefined)
      throw invalidInput(['orders', index, 'receiver', 'tokens', 'oaid'], 'no oaid to decrypt');
    return { oaid, tid: order.platformOrderId, scene: params.purpose };
  });
  const results: DecryptedReceiver[] = [];
  for (let start = 0; start < queries.length; start += 20) {
    const root = await client.call(
      'taobao.top.oaid.decrypt',
      { query_list: JSON.stringify(queries.slice(start, start + 20)) },
      { shopId: params.shopId, ...(params.signal === undefined ? {} : { signal: params.signal }) },
    );
    const { items } = readWrappedList(readContext(root), root, 'receiver_list', 'receiver', []);
    for (const item of items) {
      if (!isTaobaoObject(item) || item.matched === false || item.matched === 'false') continue;
      const tid = text(item.tid) ?? (typeof item.tid === 'number' ? String(item.tid) : undefined);
      if (tid === undefined) continue;
      const name = text(item.name);
      const phone = text(item.mobile) ?? text(item.phone);
      const address = text(item.address_detail);
      results.push({
        platformOrderId: tid,
        ...(name === undefined ? {} : { name }),
        ...(phone === undefined ? {} : { phone }),
        ...(address === undefined ? {} : { address }),
      });
    }
  }
  return results;
}
