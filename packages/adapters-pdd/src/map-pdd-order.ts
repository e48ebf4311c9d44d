import type { MappingWarning, Order } from '@omskit/core';
import { orderKey } from '@omskit/core';
import { mapPddLines } from './map-pdd-lines';
import { formatPddPlatformStatus, mapPddLineRefundStatus, mapPddOrderStatus } from './map-pdd-order-status';
import type { PddReceiverOptions } from './map-pdd-receiver';
import { mapPddReceiver, pddReceiverPiiKeys } from './map-pdd-receiver';
import {
  fieldError,
  optionalInteger,
  optionalText,
  optionalWallTime,
  optionalYuan,
  requiredInteger,
  requiredText,
  requiredWallTime,
  requiredYuan,
  scopeOf,
} from './pdd-read';

/** Options of {@link mapPddOrder}. */
export interface MapPddOrderOptions extends PddReceiverOptions {
  /** The shop the order belongs to, as the host registered it. */
  readonly shopId: string;
}

/** A mapped order with the notes on what could not be interpreted. */
export interface MappedPddOrder {
  readonly order: Order;
  readonly warnings: readonly MappingWarning[];
}

/** Fields the mapping turns into unified fields, or deliberately does not keep (PII). */
const consumedKeys = new Set<string>([
  ...pddReceiverPiiKeys,
  'order_sn',
  'item_list',
  'pay_amount',
  'postage',
  'created_time',
  'updated_at',
  'pay_time',
  'confirm_time',
  'shipping_time',
  'receive_time',
  'last_ship_time',
  'order_status',
  'refund_status',
  'confirm_status',
  'group_status',
  'buyer_memo',
  'remark',
  'remark_tag',
  'is_pre_sale',
  'province',
  'city',
  'town',
  'receiver_name_mask',
  'receiver_phone_mask',
  'receiver_address_mask',
  'address_mask',
  'id_card_num',
  'id_card_name',
]);

/**
 * Maps one PDD order (an element of `order_sn_list`, or `order_info`, after `parseJsonExact`)
 * to the unified {@link Order}. Pure.
 *
 * Money: yuan numbers or strings to exact fen; the lines' `paid` add up to `pay_amount - postage`
 * (discounts, price changes and 团长免单 apportioned by line amount). Times: Asia/Shanghai wall time
 * to UTC. Status: `order_status` x `refund_status` x `confirm_status`. Receiver: masked text and
 * ciphertext only. Every field without a unified home is kept in `platformData.pdd`.
 *
 * @throws OmsError `invalid_input` with the field's `path` and the payload as `rawPayload` when a
 *   field needed for a valid order is missing or uninterpretable.
 */
export function mapPddOrder(raw: unknown, options: MapPddOrderOptions): MappedPddOrder {
  const scope = scopeOf(raw, [], raw);
  const warnings: MappingWarning[] = [];
  const orderSn = requiredText(scope, 'order_sn');
  const payAmount = requiredYuan(scope, 'pay_amount');
  const postage = optionalYuan(scope, 'postage') ?? { amount: 0, currency: payAmount.currency };
  if (payAmount.amount < 0) throw fieldError(scope, 'pay_amount', 'must not be negative');
  if (postage.amount < 0 || postage.amount > payAmount.amount) {
    throw fieldError(scope, 'postage', 'must be between 0 and pay_amount');
  }
  const statusFields = {
    orderStatus: requiredInteger(scope, 'order_status'),
    refundStatus: optionalInteger(scope, 'refund_status'),
    confirmStatus: optionalInteger(scope, 'confirm_status'),
    groupStatus: optionalInteger(scope, 'group_status'),
    paid: optionalText(scope, 'pay_time') !== undefined || optionalText(scope, 'confirm_time') !== undefined,
  };
  const status = mapPddOrderStatus(statusFields);
  if (!status.ok) {
    throw fieldError(scope, status.field, `unknown ${status.field} ${String(scope.object[status.field])}`);
  }
  const presale = optionalInteger(scope, 'is_pre_sale') === 1;
  const lineState = {
    refundStatus: mapPddLineRefundStatus(statusFields.refundStatus),
    presale,
    shipped: statusFields.orderStatus !== 1,
  };
  const goodsPaid = { amount: payAmount.amount - postage.amount, currency: payAmount.currency };
  const { lines, goods, itemExtras } = mapPddLines(scope, orderSn, goodsPaid, lineState, warnings);
  const receiver = mapPddReceiver(scope, warnings, options);
  if (optionalText(scope, 'id_card_num') !== undefined || optionalText(scope, 'id_card_name') !== undefined) {
    warnings.push({ path: ['id_card_num'], message: 'identity data present; not kept' });
  }
  const pdd: { [key: string]: unknown } = { itemExtras };
  for (const key in scope.object) if (!consumedKeys.has(key)) pdd[key] = scope.object[key];

  // Built field by field (no spreads): the result is schema-valid by construction, which the
  // tests check on fixtures and fuzzed payloads, so no second validation pass is spent here.
  const order: Order = {
    id: orderKey('pdd', options.shopId, orderSn),
    channel: 'pdd',
    shopId: options.shopId,
    platformOrderId: orderSn,
    status: status.status,
    platformStatus: formatPddPlatformStatus(statusFields),
    createdAt: requiredWallTime(scope, 'created_time'),
    platformModifiedAt: requiredWallTime(scope, 'updated_at'),
    receiver,
    lines,
    totals: {
      goods,
      shipping: postage,
      discount: { amount: goods.amount - goodsPaid.amount, currency: goods.currency },
      paid: payAmount,
    },
    presale,
    cod: false,
    shipBlocked: status.shipBlocked,
    tags: [],
    platformData: { pdd },
  };
  const paidAt = optionalWallTime(scope, 'pay_time') ?? optionalWallTime(scope, 'confirm_time');
  if (paidAt !== undefined) order.paidAt = paidAt;
  const shippedAt = optionalWallTime(scope, 'shipping_time');
  if (shippedAt !== undefined) order.shippedAt = shippedAt;
  const receivedAt = optionalWallTime(scope, 'receive_time');
  if (receivedAt !== undefined) order.endedAt = receivedAt;
  const shipBy = optionalWallTime(scope, 'last_ship_time');
  if (shipBy !== undefined) order.shipBy = shipBy;
  const buyerMessage = optionalText(scope, 'buyer_memo');
  if (buyerMessage !== undefined) order.buyerMessage = buyerMessage;
  const sellerMemo = optionalText(scope, 'remark');
  if (sellerMemo !== undefined) order.sellerMemo = sellerMemo;
  const remarkTag = optionalInteger(scope, 'remark_tag');
  if (remarkTag !== undefined) order.sellerFlag = remarkTag;
  return { order, warnings };
}
