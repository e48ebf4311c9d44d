import { type DecryptedReceiver, invalidInput, OmsError, type Order } from '@omskit/core';
import type { JdCall } from './jd-client';
import type { JdJsonObject } from './jd-param-json';
import { asJdObject } from './jd-read';

/**
 * Settings of JD's OAID decryption (`jingdong.jos.order.oaid.decrypt`), which turns on
 * `decryptReceivers`. The request (`getReceiverInfoListReqVO` with `orderInfos[{orderId, oaid}]`)
 * and the answer (`returnType.{code, message, data[]}`) are as JD's published Java SDK declares
 * them; which values `appName`, `orderType` and `scenesType` take is not in the reference, so
 * the host gives them as JD's console shows them (UNVERIFIED).
 */
export interface JdOaidDecryptSettings {
  /** `appName` of the request: the app as registered with JD. */
  appName: string;
  /** `orderType` of the request, when JD asks for one. */
  orderType?: string;
  /** `region` of the request, when JD asks for one. */
  region?: string;
  /** `expiration` of the request (an integer), when JD asks for one. */
  expiration?: number;
  /** `extendProps` of the request. */
  extendProps?: Readonly<Record<string, string | number | boolean>>;
  /** Orders per call, 1-100. Default 20 (JD's limit is not in the reference). */
  batchSize?: number;
}

const method = 'jingdong.jos.order.oaid.decrypt';

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

const idText = (value: unknown): string | undefined =>
  typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : text(value);

/**
 * Decrypts receivers with `jingdong.jos.order.oaid.decrypt`, `batchSize` orders a call. `purpose`
 * is sent as the request's `scenesType` (the scene the plain receiver is needed for, such as
 * printing a waybill). Every order needs the `oaid` its mapping kept (`receiver.tokens.oaid`).
 * The result goes straight back to the caller: never logged, cached or stored. Orders JD does not
 * answer for are left out; a `code` other than 0 throws `platform_rejected` without the data.
 *
 * @throws OmsError `invalid_input` naming an order without an oaid, or an empty `purpose`.
 */
export async function decryptJdReceivers(
  call: JdCall,
  settings: JdOaidDecryptSettings,
  params: { shopId: string; orders: readonly Order[]; purpose: string; signal?: AbortSignal },
): Promise<readonly DecryptedReceiver[]> {
  if (params.purpose.trim() === '') throw invalidInput(['purpose'], 'the scene (scenesType) is required');
  const infos = params.orders.map((order, index) => {
    const oaid = order.receiver.tokens.oaid;
    if (oaid === undefined)
      throw invalidInput(['orders', index, 'receiver', 'tokens', 'oaid'], 'no oaid to decrypt');
    const numeric = Number(order.platformOrderId);
    return { orderId: Number.isSafeInteger(numeric) ? numeric : order.platformOrderId, oaid };
  });
  const size = settings.batchSize ?? 20;
  const results: DecryptedReceiver[] = [];
  for (let start = 0; start < infos.length; start += size) {
    const request: JdJsonObject = {
      appName: settings.appName,
      scenesType: params.purpose,
      orderInfos: infos.slice(start, start + size),
      ...(settings.orderType === undefined ? {} : { orderType: settings.orderType }),
      ...(settings.region === undefined ? {} : { region: settings.region }),
      ...(settings.expiration === undefined ? {} : { expiration: settings.expiration }),
      ...(settings.extendProps === undefined ? {} : { extendProps: { ...settings.extendProps } }),
    };
    const root = await call(params.shopId, method, { getReceiverInfoListReqVO: request }, params.signal);
    const answer = asJdObject(root['returnType']) ?? {};
    const code = answer['code'];
    if (code !== undefined && String(code) !== '0') {
      // The message is JD's; the data (plain PII) is never attached.
      throw new OmsError('platform_rejected', `JD ${method} answered code ${String(code)}`, {
        platform: 'jd',
        platformCode: String(code),
        ...(text(answer['message']) === undefined ? {} : { platformMessage: text(answer['message']) }),
        retryable: false,
      });
    }
    const data = Array.isArray(answer['data']) ? answer['data'] : [];
    for (const row of data) {
      const item = asJdObject(row);
      const platformOrderId = idText(item?.['orderId']);
      if (item === undefined || platformOrderId === undefined) continue;
      const name = text(item['customerName']);
      const phone = text(item['consMobilePhone']) ?? text(item['customerPhone']);
      const address = text(item['address']);
      results.push({
        platformOrderId,
        ...(name === undefined ? {} : { name }),
        ...(phone === undefined ? {} : { phone }),
        ...(address === undefined ? {} : { address }),
      });
    }
  }
  return results;
}
