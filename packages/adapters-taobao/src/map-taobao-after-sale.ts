import {
  type AfterSale,
  type AfterSaleStatus,
  type AfterSaleType,
  afterSaleKey,
  invalidInput,
  type MappingWarning,
  orderKey,
} from '@omskit/core';
import {
  failAt,
  optionalText,
  readBoolean,
  readContext,
  readId,
  readInteger,
  readTime,
  requiredMoney,
  requiredText,
  requireObject,
  type TaobaoReadContext,
  unusedFields,
  warnAt,
} from './taobao-read';

/** Every refund `status` TOP documents, exchange states included. */
export const taobaoRefundStatuses = [
  'WAIT_SELLER_AGREE',
  'WAIT_BUYER_RETURN_GOODS',
  'WAIT_SELLER_CONFIRM_GOODS',
  'SELLER_REFUSE_BUYER',
  'CLOSED',
  'SUCCESS',
  'WAIT_BUYER_CONFIRM_EXCHANGE_SELLER_SEND_GOODS',
  'EXCHANGE_TRANSFORM_TO_REFUND',
  'WAIT_SELLER_CONSIGN_GOODS',
] as const;

/** A TOP refund status. */
export type TaobaoRefundStatus = (typeof taobaoRefundStatuses)[number];

const statusMap: Readonly<Record<TaobaoRefundStatus, AfterSaleStatus>> = {
  WAIT_SELLER_AGREE: 'requested',
  WAIT_BUYER_RETURN_GOODS: 'awaiting_return',
  WAIT_SELLER_CONFIRM_GOODS: 'return_in_transit',
  SELLER_REFUSE_BUYER: 'refused',
  CLOSED: 'closed',
  SUCCESS: 'refunded',
  WAIT_BUYER_CONFIRM_EXCHANGE_SELLER_SEND_GOODS: 'exchange_shipped',
  EXCHANGE_TRANSFORM_TO_REFUND: 'refund_pending',
  WAIT_SELLER_CONSIGN_GOODS: 'received',
};

const exchangeStatuses: ReadonlySet<string> = new Set([
  'WAIT_BUYER_CONFIRM_EXCHANGE_SELLER_SEND_GOODS',
  'WAIT_SELLER_CONSIGN_GOODS',
]);

/** The unified after-sale state of a TOP refund status, or `undefined` for an undocumented one. */
export function mapTaobaoRefundStatus(status: string): AfterSaleStatus | undefined {
  return Object.hasOwn(statusMap, status) ? statusMap[status as TaobaoRefundStatus] : undefined;
}

/** Options of {@link mapTaobaoAfterSale}. */
export interface MapTaobaoAfterSaleOptions {
  readonly shopId: string;
  /** Default `taobao`. */
  readonly channel?: string;
}

/** A mapped after-sale and what the mapping could not interpret. */
export interface TaobaoAfterSaleMapping {
  readonly afterSale: AfterSale;
  readonly warnings: readonly MappingWarning[];
}

const used = new Set([
  'refund_id',
  'refund_id_str',
  'tid',
  'tid_str',
  'oid',
  'oid_str',
  'status',
  'refund_fee',
  'num',
  'reason',
  'good_status',
  'has_good_return',
  'sid',
  'created',
  'modified',
]);

function typeOf(
  context: TaobaoReadContext,
  status: string,
  hasGoodReturn: boolean | undefined,
  goodStatus: string | undefined,
  orderStatus: string | undefined,
  disputeType: string | undefined,
): AfterSaleType {
  if (exchangeStatuses.has(status) || disputeType?.includes('EXCHANGE') === true) return 'exchange';
  if (hasGoodReturn === true) return 'return_refund';
  if (orderStatus === 'WAIT_SELLER_SEND_GOODS') return 'refund_only_unshipped';
  if (goodStatus === 'BUYER_NOT_RECEIVED' && orderStatus === undefined) {
    warnAt(context, ['order_status'], 'no order_status; a refund of goods not received is read as unshipped');
    return 'refund_only_unshipped';
  }
  return 'refund_only_shipped';
}

/**
 * Maps one refund of `taobao.refunds.receive.get` to the unified after-sale. Pure.
 *
 * @throws OmsError `invalid_input` naming the bad field when the refund cannot be mapped.
 */
export function mapTaobaoAfterSale(raw: unknown, options: MapTaobaoAfterSaleOptions): TaobaoAfterSaleMapping {
  const context = readContext(raw);
  if (typeof options.shopId !== 'string' || options.shopId === '') {
    throw invalidInput(['shopId'], 'a shop id is required', { platform: 'taobao' });
  }
  const refund = requireObject(context, raw, []);
  const refundId = readId(context, refund, 'refund_id', [], true);
  const tid = readId(context, refund, 'tid', [], true);
  const oid = readId(context, refund, 'oid', [], false);
  const statusText = requiredText(context, refund, 'status', []);
  const status = mapTaobaoRefundStatus(statusText);
  if (status === undefined)
    failAt(context, ['status'], `unknown refund status ${JSON.stringify(statusText)}`);
  const refundAmount = requiredMoney(context, refund, 'refund_fee', []);
  const createdAt = readTime(context, refund, 'created', [], true) as string;
  const platformModifiedAt = readTime(context, refund, 'modified', [], true) as string;
  const goodStatus = optionalText(context, refund, 'good_status', []);
  const hasGoodReturn = readBoolean(context, refund, 'has_good_return', []);
  const orderStatus = optionalText(context, refund, 'order_status', []);
  const disputeType = optionalText(context, refund, 'dispute_type', []);
  const quantity = readInteger(context, refund, 'num', [], false);
  if (oid !== undefined && quantity === undefined)
    warnAt(context, ['num'], 'no refunded quantity; line quantity read as 0');
  const reason = optionalText(context, refund, 'reason', []);
  const returnTrackingNumber = optionalText(context, refund, 'sid', []);
  let goodsReceived: boolean | undefined;
  if (goodStatus === 'BUYER_RECEIVED' || goodStatus === 'BUYER_RETURNED_GOODS') goodsReceived = true;
  else if (goodStatus === 'BUYER_NOT_RECEIVED') goodsReceived = false;
  else if (goodStatus !== undefined)
    warnAt(context, ['good_status'], `unknown good_status ${JSON.stringify(goodStatus)}`);
  const channel = options.channel ?? 'taobao';
  const afterSale: AfterSale = {
    id: afterSaleKey(channel, options.shopId, refundId),
    channel,
    shopId: options.shopId,
    platformAfterSaleId: refundId,
    orderId: orderKey(channel, options.shopId, tid),
    platformOrderId: tid,
    type: typeOf(context, statusText, hasGoodReturn, goodStatus, orderStatus, disputeType),
    status,
    platformStatus: statusText,
    lines: oid === undefined ? [] : [{ lineId: oid, quantity: Math.max(0, quantity ?? 0), refundAmount }],
    refundAmount,
    ...(reason === undefined ? {} : { reason }),
    ...(goodsReceived === undefined ? {} : { goodsReceived }),
    ...(returnTrackingNumber === undefined ? {} : { returnTrackingNumber }),
    createdAt,
    platformModifiedAt,
    platformData: { taobao: unusedFields(refund, used) },
  };
  return { afterSale, warnings: context.warnings };
}
