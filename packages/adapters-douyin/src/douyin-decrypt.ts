import type { DecryptedReceiver, Order } from '@omskit/core';
import type { DouyinCall } from './douyin-client';
import { isJsonObject } from './douyin-read';

const batchLimit = 50;

type Field = 'name' | 'phone' | 'address';

/**
 * Decrypts receivers through `order.batchDecrypt` (at most 50 ciphertexts a call). The result goes
 * straight back to the caller: never logged, cached or stored. Orders without ciphertexts come back
 * with no fields; ciphertexts the platform refused (`err_no` non-zero) are left out.
 */
export async function decryptDouyinReceivers(
  call: DouyinCall,
  params: { shopId: string; orders: readonly Order[]; signal?: AbortSignal },
): Promise<DecryptedReceiver[]> {
  const wanted: { orderId: string; cipher: string; field: Field }[] = [];
  for (const order of params.orders) {
    const tokens = order.receiver.tokens;
    if (tokens.encryptedName !== undefined)
      wanted.push({ orderId: order.platformOrderId, cipher: tokens.encryptedName, field: 'name' });
    if (tokens.encryptedPhone !== undefined)
      wanted.push({ orderId: order.platformOrderId, cipher: tokens.encryptedPhone, field: 'phone' });
    if (tokens.encryptedDetail !== undefined)
      wanted.push({ orderId: order.platformOrderId, cipher: tokens.encryptedDetail, field: 'address' });
  }
  const results = new Map<string, { name?: string; phone?: string; address?: string }>();
  for (let start = 0; start < wanted.length; start += batchLimit) {
    const batch = wanted.slice(start, start + batchLimit);
    const data = await call(
      'order.batchDecrypt',
      { cipher_infos: batch.map((item) => ({ auth_id: item.orderId, cipher_text: item.cipher })) },
      { shopId: params.shopId, signal: params.signal },
    );
    const infos = Array.isArray(data['decrypt_infos']) ? data['decrypt_infos'] : [];
    for (const info of infos) {
      if (!isJsonObject(info) || (info['err_no'] !== undefined && info['err_no'] !== 0)) continue;
      const match = batch.find((item) => item.cipher === info['cipher_text']);
      const text = info['decrypt_text'];
      if (match === undefined || typeof text !== 'string') continue;
      const entry = results.get(match.orderId) ?? {};
      entry[match.field] = text;
      results.set(match.orderId, entry);
    }
  }
  return params.orders.map((order) => ({
    platformOrderId: order.platformOrderId,
    ...results.get(order.platformOrderId),
  }));
}
