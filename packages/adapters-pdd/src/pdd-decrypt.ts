import type { DecryptedReceiver, Order } from '@omskit/core';
import { invalidInput } from '@omskit/core';
import type { PddCallContext } from './pdd-call';
import { callPdd } from './pdd-call';
import { isJsonObject } from './pdd-read';

/** PDD allows at most 100 ciphertexts per `pdd.open.decrypt.batch` call. */
export const pddDecryptBatchLimit = 100;

type Field = 'name' | 'phone' | 'address';

/**
 * Decrypts the receivers of orders over `pdd.open.decrypt.batch` for a permitted purpose (printing
 * a waybill). PDD lets this API run only inside its cloud (UNVERIFIED; see the README). The
 * result is returned to the host and never logged or kept by omskit.
 */
export async function decryptPddReceivers(
  context: PddCallContext,
  params: { shopId: string; orders: readonly Order[]; purpose: string; signal?: AbortSignal },
): Promise<DecryptedReceiver[]> {
  if (params.purpose.trim() === '') throw invalidInput(['purpose'], 'say why the receiver is decrypted');
  const wanted: { orderSn: string; field: Field; ciphertext: string }[] = [];
  for (const order of params.orders) {
    const { tokens } = order.receiver;
    if (tokens.encryptedName)
      wanted.push({ orderSn: order.platformOrderId, field: 'name', ciphertext: tokens.encryptedName });
    if (tokens.encryptedPhone)
      wanted.push({ orderSn: order.platformOrderId, field: 'phone', ciphertext: tokens.encryptedPhone });
    if (tokens.encryptedDetail)
      wanted.push({ orderSn: order.platformOrderId, field: 'address', ciphertext: tokens.encryptedDetail });
  }
  const plain = new Map<string, { name?: string; phone?: string; address?: string }>();
  for (let offset = 0; offset < wanted.length; offset += pddDecryptBatchLimit) {
    const batch = wanted.slice(offset, offset + pddDecryptBatchLimit);
    const root = await callPdd(context, {
      type: 'pdd.open.decrypt.batch',
      shopId: params.shopId,
      responseKey: 'open_decrypt_batch_response',
      params: {
        data_list: batch.map((entry) => ({ data_tag: entry.orderSn, encrypted_data: entry.ciphertext })),
      },
      ...(params.signal === undefined ? {} : { signal: params.signal }),
    });
    const list = Array.isArray(root['data_decrypt_list']) ? root['data_decrypt_list'] : [];
    for (const row of list) {
      if (!isJsonObject(row) || Number(row['error_code'] ?? 0) !== 0) continue;
      const match = batch.find(
        (entry) => entry.orderSn === row['data_tag'] && entry.ciphertext === row['encrypted_data'],
      );
      const value = row['decrypted_data'];
      if (match === undefined || typeof value !== 'string') continue;
      const receiver = plain.get(match.orderSn) ?? {};
      receiver[match.field] = value;
      plain.set(match.orderSn, receiver);
    }
  }
  return params.orders.map((order) => ({
    platformOrderId: order.platformOrderId,
    ...plain.get(order.platformOrderId),
  }));
}
