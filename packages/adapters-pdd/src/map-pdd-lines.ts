import type { LineRefundStatus, MappingWarning, Money, OrderLine } from '@omskit/core';
import { apportion, invalidInput } from '@omskit/core';
import type { JsonObject, ReadScope } from './pdd-read';
import {
  fieldError,
  optionalId,
  optionalText,
  requiredInteger,
  requiredText,
  requiredYuan,
  scopeOf,
} from './pdd-read';

/** Item fields the line mapping consumes; the rest travel in `platformData.pdd.itemExtras`. */
const consumedItemKeys = new Set([
  'goods_id',
  'sku_id',
  'outer_id',
  'outer_goods_id',
  'goods_name',
  'goods_spec',
  'goods_count',
  'goods_price',
]);

/** What every line of a PDD order shares (PDD reports shipping and refunds per order). */
export interface PddLineState {
  readonly refundStatus: LineRefundStatus;
  readonly presale: boolean;
  readonly shipped: boolean;
}

function mapLine(
  scope: ReadScope,
  index: number,
  orderSn: string,
  state: PddLineState,
  warnings: MappingWarning[],
): OrderLine {
  const quantity = requiredInteger(scope, 'goods_count');
  if (quantity <= 0) throw fieldError(scope, 'goods_count', 'must be a positive integer');
  const unitPrice = requiredYuan(scope, 'goods_price');
  if (unitPrice.amount < 0) throw fieldError(scope, 'goods_price', 'must not be negative');
  const amount = unitPrice.amount * quantity;
  if (!Number.isSafeInteger(amount)) throw fieldError(scope, 'goods_count', 'line amount out of range');
  const sellerSku = optionalText(scope, 'outer_id') ?? optionalText(scope, 'outer_goods_id') ?? '';
  if (sellerSku === '') {
    warnings.push({
      path: [...scope.path, 'outer_id'],
      message: 'no seller SKU code (outer_id / outer_goods_id)',
    });
  }
  const line: OrderLine = {
    lineId: `${orderSn}-${index + 1}`,
    sellerSku,
    title: requiredText(scope, 'goods_name'),
    quantity,
    unitPrice,
    amount: { amount, currency: unitPrice.currency },
    // Discount and paid are set once the order's discount is apportioned.
    discount: { amount: 0, currency: unitPrice.currency },
    paid: { amount, currency: unitPrice.currency },
    shippedQuantity: state.shipped ? quantity : 0,
    refundedQuantity: state.refundStatus === 'refunded' ? quantity : 0,
    refundStatus: state.refundStatus,
    presale: state.presale,
  };
  const productId = optionalId(scope, 'goods_id');
  if (productId !== undefined) line.productId = productId;
  const skuId = optionalId(scope, 'sku_id');
  if (skuId !== undefined) line.skuId = skuId;
  const skuProperties = optionalText(scope, 'goods_spec');
  if (skuProperties !== undefined) line.skuProperties = skuProperties;
  return line;
}

function extrasOf(item: JsonObject): JsonObject {
  const extras: { [key: string]: unknown } = {};
  for (const key in item) if (!consumedItemKeys.has(key)) extras[key] = item[key];
  return extras;
}

/** The mapped lines, their sum before discounts, and item fields with no unified home. */
export interface PddLinesResult {
  readonly lines: OrderLine[];
  readonly goods: Money;
  readonly itemExtras: JsonObject[];
}

/**
 * Maps `item_list` and apportions the order's discount (list amount minus `goodsPaid`, what was
 * paid for goods: `pay_amount - postage`) over the lines by amount, so the lines' `paid` add up
 * to `goodsPaid` exactly. Price changes (改价), seller, platform and 团长免单 discounts are all in it.
 */
export function mapPddLines(
  order: ReadScope,
  orderSn: string,
  goodsPaid: Money,
  state: PddLineState,
  warnings: MappingWarning[],
): PddLinesResult {
  const items = order.object['item_list'];
  if (!Array.isArray(items) || items.length === 0) {
    throw invalidInput([...order.path, 'item_list'], 'expected a non-empty array', { rawPayload: order.raw });
  }
  const lines: OrderLine[] = [];
  const itemExtras: JsonObject[] = [];
  let goodsFen = 0;
  for (let index = 0; index < items.length; index += 1) {
    const scope = scopeOf(items[index], [...order.path, 'item_list', index], order.raw);
    const line = mapLine(scope, index, orderSn, state, warnings);
    goodsFen += line.amount.amount;
    lines.push(line);
    itemExtras.push(extrasOf(scope.object));
  }
  if (!Number.isSafeInteger(goodsFen))
    throw fieldError(order, 'item_list', 'sum of line amounts out of range');
  const discount = goodsFen - goodsPaid.amount;
  if (discount < 0) {
    warnings.push({ path: ['pay_amount'], message: 'paid for goods exceeds the list amount of the lines' });
  }
  const parts = apportion(
    discount,
    lines.map((line) => line.amount.amount),
  );
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as OrderLine;
    const part = parts[index] ?? 0;
    line.discount = { amount: part, currency: goodsPaid.currency };
    line.paid = { amount: line.amount.amount - part, currency: goodsPaid.currency };
    if (state.refundStatus === 'refunded') line.refundedAmount = line.paid;
  }
  return { lines, goods: { amount: goodsFen, currency: goodsPaid.currency }, itemExtras };
}
