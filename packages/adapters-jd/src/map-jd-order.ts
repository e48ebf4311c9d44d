import { invalidInput, type MappingWarning, type Order, orderKey } from '@omskit/core';
import { unifiedCarrierOfJdId } from './jd-carriers';
import {
  fail,
  type JdReadContext,
  optionalArray,
  optionalJdTime,
  optionalText,
  requireId,
  requireJdTime,
  requireObject,
  requireText,
  warn,
} from './jd-read';
import { optionalYuan, requireYuan } from './jd-read-money';
import { mapJdOrderLines } from './map-jd-order-lines';
import { mapJdOrderStatus } from './map-jd-order-status';
import { defaultJdCiphertextTest, type JdCiphertextTest, mapJdReceiver } from './map-jd-receiver';
import { parseJdWaybills } from './parse-jd-waybills';

/** Options of {@link mapJdOrder}. */
export interface MapJdOrderOptions {
  /** The shop the order belongs to, as the host registered it. */
  shopId: string;
  /** Decides which consignee values are ciphertexts (JD's format is UNVERIFIED). */
  isCiphertext?: JdCiphertextTest;
  /** Unified carrier code to JD logistics id, to name the carriers of waybills. */
  carrierIds?: Readonly<Record<string, string>>;
}

/** A mapped JD order and what the mapper could not interpret. */
export interface MappedJdOrder {
  order: Order;
  warnings: MappingWarning[];
}

const systemFields = [
  'venderId',
  'orderType',
  'payType',
  'orderStateRemark',
  'deliveryType',
  'invoiceInfo',
  'parentOrderId',
  'directParentOrderId',
  'orderSellerPrice',
  'sellerDiscount',
  'orderTotalPrice',
  'storeOrder',
  'idSopShipmenttype',
] as const;

function earliestShipment(
  context: JdReadContext,
  raw: Readonly<Record<string, unknown>>,
): string | undefined {
  let earliest: number | undefined;
  for (const [index, value] of optionalArray(context, raw, 'partialLogisticsInfoModel', []).entries()) {
    const path = ['partialLogisticsInfoModel', index];
    const text = optionalText(context, requireObject(context, value, path), 'shipmentTime', path);
    const ms = text !== undefined && /^\d{1,15}$/.test(text) ? Number(text) : undefined;
    if (ms === undefined) {
      if (text !== undefined) warn(context, [...path, 'shipmentTime'], 'not epoch milliseconds');
      continue;
    }
    earliest = earliest === undefined ? ms : Math.min(earliest, ms);
  }
  return earliest === undefined ? undefined : new Date(earliest).toISOString();
}

/**
 * Maps one element of JD's `orderInfoList` (or `orderDetailInfo.orderInfo`), parsed with
 * `parseJsonExact`, to a unified order. Pure. Yuan strings become exact fen; `0001-01-01` and
 * `1970-01-01` dates mean "not yet"; `waybill`/`logisticsId` are split by `|` (carriers) and `,`
 * (parcels); coupons are apportioned onto lines; the province is normalised to its GB code.
 *
 * @throws OmsError `invalid_input` with the `path` of the bad field and the `rawPayload`.
 */
export function mapJdOrder(raw: unknown, options: MapJdOrderOptions): MappedJdOrder {
  const context: JdReadContext = { raw, warnings: [] };
  if (options.shopId === '') throw invalidInput(['shopId'], 'required');
  const order = requireObject(context, raw, []);
  const orderId = requireId(context, order, 'orderId', []);
  const orderState = requireText(context, order, 'orderState', []);
  const createdAt = requireJdTime(context, order, 'orderStartTime', []);
  const platformModifiedAt = requireJdTime(context, order, 'modified', []);
  const paidAt = optionalJdTime(context, order, 'paymentConfirmTime', []);
  const endedAt = optionalJdTime(context, order, 'orderEndTime', []);
  const waybills = parseJdWaybills(
    optionalText(context, order, 'waybill', []),
    optionalText(context, order, 'logisticsId', []),
  );
  if (waybills.mismatch) warn(context, ['logisticsId'], 'waybill and logisticsId list different carriers');
  const payType = optionalText(context, order, 'payType', []);
  const cod = payType !== undefined && /^1(\D|$)/.test(payType);
  const mapped = mapJdOrderStatus(orderState, {
    paid: paidAt !== undefined || cod,
    hasWaybill: waybills.groups.length > 0,
  });
  if (mapped === undefined)
    fail(context, ['orderState'], `unknown JD order state ${JSON.stringify(orderState)}`);
  const shipping = optionalYuan(context, order, 'freightPrice', []) ?? {
    amount: 0,
    currency: 'CNY' as const,
  };
  const paid = requireYuan(context, order, 'orderPayment', []);
  const goodsPaid = { amount: paid.amount - shipping.amount, currency: 'CNY' as const };
  const shippedLike = ['shipped', 'delivered', 'completed'].includes(mapped.status);
  const { lines, coupons } = mapJdOrderLines(context, order, orderId, goodsPaid, shippedLike);
  const goods = lines.reduce((sum, line) => sum + line.amount.amount, 0);
  const totalPrice = optionalYuan(context, order, 'orderTotalPrice', []);
  if (totalPrice !== undefined && totalPrice.amount !== goods) {
    warn(
      context,
      ['orderTotalPrice'],
      `lines add to ${goods} fen, orderTotalPrice says ${totalPrice.amount}`,
    );
  }
  const receiver = mapJdReceiver(context, order, options.isCiphertext ?? defaultJdCiphertextTest);
  const jd: Record<string, unknown> = {};
  for (const key of systemFields) {
    const value = order[key];
    if (value !== undefined && value !== null) jd[key] = value;
  }
  jd['coupons'] = coupons;
  jd['parcels'] = waybills.groups.map((group) => ({
    ...group,
    carrierCode:
      group.logisticsId === undefined
        ? undefined
        : unifiedCarrierOfJdId(group.logisticsId, options.carrierIds),
  }));
  jd['areaIds'] = receiver.jdAreaIds;
  const shippedAt = earliestShipment(context, order);
  const buyerToken = optionalText(context, order, 'open_id_buyer', []);
  const buyerMessage = optionalText(context, order, 'orderRemark', []);
  const sellerMemo = optionalText(context, order, 'venderRemark', []);
  const candidate: Order = {
    id: orderKey('jd', options.shopId, orderId),
    channel: 'jd',
    shopId: options.shopId,
    platformOrderId: orderId,
    status: mapped.status,
    platformStatus: orderState,
    createdAt,
    ...(paidAt ? { paidAt } : {}),
    ...(shippedAt ? { shippedAt } : {}),
    ...(endedAt ? { endedAt } : {}),
    platformModifiedAt,
    ...(buyerToken ? { buyerToken } : {}),
    receiver: receiver.address,
    lines,
    totals: {
      goods: { amount: goods, currency: 'CNY' },
      shipping,
      discount: { amount: goods + shipping.amount - paid.amount, currency: 'CNY' },
      paid,
    },
    ...(buyerMessage ? { buyerMessage } : {}),
    ...(sellerMemo ? { sellerMemo } : {}),
    presale: false,
    cod,
    shipBlocked: mapped.shipBlocked,
    tags: [],
    platformData: { jd },
  };
  // Built field by field from checked parts; the money sums are the one thing left to range-check
  // (the tests and the fuzz suite check every result against orderSchema).
  for (const [key, money] of Object.entries(candidate.totals)) {
    if (!Number.isSafeInteger(money.amount)) fail(context, ['orderPayment'], `${key} total out of range`);
  }
  return { order: candidate, warnings: context.warnings };
}
