import type { ShipmentRequest, Waybill } from '@omskit/core';
import { OmsError } from '@omskit/core';
import { type JsonObject, nonEmptyText, objectOrEmpty } from '../shared/carrier-read';
import { totalWeightGrams } from '../shared/shipment-totals';
import type { ZtoAccount } from './zto-settings';

/** What a ZTO create-order body reads besides the shipment. */
export interface ZtoOrderOptions {
  readonly account: ZtoAccount;
  readonly partnerType: string;
  readonly orderType: string;
}

/**
 * The body of `zto.open.createOrder` for a unified shipment. COD travels as
 * `orderVasList[{vasType: "COD", vasAmount}]` in fen; ZTO documents no insurance service, so
 * insured values are not sent (the adapter declares `insurance: false`).
 */
export function buildZtoCreateOrder(request: ShipmentRequest, options: ZtoOrderOptions): JsonObject {
  const { sender, receiver } = request;
  return {
    partnerType: options.partnerType,
    orderType: options.orderType,
    partnerOrderCode: request.reference,
    accountInfo: {
      accountId: options.account.accountId,
      accountPassword: options.account.accountPassword,
      type: options.account.type ?? 1,
      customerId: options.account.customerId ?? '',
    },
    senderInfo: {
      senderName: sender.name,
      senderMobile: sender.phone,
      senderProvince: sender.province,
      senderCity: sender.city,
      senderDistrict: sender.district,
      senderAddress: sender.detail,
    },
    receiveInfo: {
      receiverName: receiver.name,
      receiverMobile: receiver.phone,
      receiverProvince: receiver.province,
      receiverCity: receiver.city,
      receiverDistrict: receiver.district,
      receiverAddress: receiver.detail,
    },
    ...(request.cashOnDelivery === undefined
      ? {}
      : { orderVasList: [{ vasType: 'COD', vasAmount: request.cashOnDelivery.amount }] }),
    summaryInfo: { quantity: request.parcels.length },
    orderItems: [{ name: request.cargo, weight: totalWeightGrams(request), quantity: 1 }],
  };
}

/** The unified waybill of a `zto.open.createOrder` result (`billCode`, 大头笔 `bigMarkInfo`). */
export function ztoWaybillFromResult(reference: string, result: unknown): Waybill {
  const body = objectOrEmpty(result);
  const billCode = nonEmptyText(body['billCode']);
  if (billCode === undefined) {
    throw new OmsError('network', 'zto zto.open.createOrder: no billCode in the result', {
      platform: 'zto',
      rawPayload: result,
    });
  }
  const label: Record<string, string> = {};
  const bigMark = objectOrEmpty(body['bigMarkInfo']);
  const parts: [string, unknown][] = [
    ['orderCode', body['orderCode']],
    ['siteCode', body['siteCode']],
    ['siteName', body['siteName']],
    ['mark', bigMark['mark']],
    ['bagAddr', bigMark['bagAddr']],
  ];
  for (const [key, value] of parts) {
    const text = nonEmptyText(value);
    if (text !== undefined) label[key] = text;
  }
  return { carrierCode: 'ZTO', reference, trackingNumber: billCode, childTrackingNumbers: [], label };
}
