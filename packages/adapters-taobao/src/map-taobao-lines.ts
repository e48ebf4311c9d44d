import { apportion, type Money, moneyFromFen, multiplyMoney, OmsError, type OrderLine } from '@omskit/core';
import { mapTaobaoLineRefundStatus, taobaoShippedLineStatuses } from './map-taobao-status';
import {
  failAt,
  optionalMoney,
  optionalText,
  readId,
  readInteger,
  readWrappedList,
  requiredMoney,
  requireObject,
  type TaobaoObject,
  type TaobaoReadContext,
  unusedFields,
  warnAt,
} from './taobao-read';

const lineFields = new Set([
  'oid',
  'oid_str',
  'num_iid',
  'sku_id',
  'outer_sku_id',
  'outer_iid',
  'title',
  'sku_properties_name',
  'num',
  'price',
  'status',
  'refund_status',
]);

/** The lines of a trade, and each line's platform-only fields keyed by line id. */
export interface TaobaoLinesMapping {
  readonly lines: OrderLine[];
  readonly lineData: { readonly [lineId: string]: unknown };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

interface DraftLine {
  readonly line: Omit<OrderLine, 'paid' | 'discount'>;
  readonly divideFee: Money | undefined;
  readonly totalFee: Money | undefined;
}

function draftLine(
  context: TaobaoReadContext,
  item: unknown,
  path: readonly (string | number)[],
  fallbackId: string,
  presale: boolean,
): { draft: DraftLine; data: unknown } {
  const order = requireObject(context, item, path);
  const lineId = readId(context, order, 'oid', path, false) ?? fallbackId;
  if (lineId === fallbackId) warnAt(context, [...path, 'oid'], `no line id; ${fallbackId} used`);
  const quantity = readInteger(context, order, 'num', path, true) as number;
  if (quantity < 1) failAt(context, [...path, 'num'], 'quantity must be at least 1');
  const unitPrice = requiredMoney(context, order, 'price', path);
  let amount: Money;
  try {
    amount = multiplyMoney(unitPrice, quantity);
  } catch (error) {
    return failAt(context, [...path, 'num'], 'price x num overflows', error);
  }
  const sellerSku =
    optionalText(context, order, 'outer_sku_id', path) ?? optionalText(context, order, 'outer_iid', path);
  if (sellerSku === undefined)
    warnAt(context, [...path, 'outer_sku_id'], 'no seller SKU code (outer_sku_id/outer_iid)');
  const title = optionalText(context, order, 'title', path);
  if (title === undefined) warnAt(context, [...path, 'title'], 'no title');
  const status = optionalText(context, order, 'status', path);
  const refundText = optionalText(context, order, 'refund_status', path);
  const refundStatus = refundText === undefined ? 'none' : mapTaobaoLineRefundStatus(refundText);
  if (refundStatus === undefined) {
    warnAt(
      context,
      [...path, 'refund_status'],
      `unknown refund status ${JSON.stringify(refundText)}; read as none`,
    );
  }
  const shipped =
    (status !== undefined && taobaoShippedLineStatuses.has(status)) ||
    optionalText(context, order, 'invoice_no', path) !== undefined;
  const refunded = refundStatus === 'refunded';
  const refundedAmount = refunded ? optionalMoney(context, order, 'refund_fee', path) : undefined;
  const productId = readId(context, order, 'num_iid', path, false);
  const skuId = optionalText(context, order, 'sku_id', path);
  const skuProperties = optionalText(context, order, 'sku_properties_name', path);
  const line: Mutable<DraftLine['line']> = {
    lineId,
    sellerSku: sellerSku ?? '',
    title: title ?? '',
    quantity,
    unitPrice,
    amount,
    shippedQuantity: shipped ? quantity : 0,
    refundedQuantity: refunded ? quantity : 0,
    refundStatus: refundStatus ?? 'none',
    presale,
  };
  // Optional fields are set only when present, so the order carries no undefined keys.
  if (productId !== undefined) line.productId = productId;
  if (skuId !== undefined) line.skuId = skuId;
  if (skuProperties !== undefined) line.skuProperties = skuProperties;
  if (refundedAmount !== undefined) line.refundedAmount = refundedAmount;
  if (status !== undefined) line.platformStatus = status;
  const divideFee = optionalMoney(context, order, 'divide_order_fee', path);
  const totalFee = optionalMoney(context, order, 'total_fee', path);
  const data = unusedFields(order, lineFields);
  if (refundText !== undefined) data.refund_status = refundText;
  return { draft: { line, divideFee, totalFee }, data };
}

function weightsOf(context: TaobaoReadContext, drafts: readonly DraftLine[], goodsPaid: number): number[] {
  const divide = drafts.map((draft) => draft.divideFee?.amount);
  if (divide.every((fee) => fee !== undefined)) {
    const sum = divide.reduce<number>((total, fee) => total + (fee ?? 0), 0);
    if (sum !== goodsPaid) {
      warnAt(
        context,
        ['orders'],
        `divide_order_fee adds up to ${sum} fen, not payment - post_fee = ${goodsPaid}; apportioned`,
      );
    }
    return divide.map((fee) => Math.max(0, fee ?? 0));
  }
  const totals = drafts.map((draft) => draft.totalFee?.amount);
  if (totals.every((fee) => fee !== undefined)) return totals.map((fee) => Math.max(0, fee ?? 0));
  return drafts.map((draft) => Math.max(0, draft.line.amount.amount));
}

/**
 * Maps a trade's sub-orders to lines. `goodsPaid` (payment minus post fee) is spread over the
 * lines by TOP's own split (`divide_order_fee`) when every line has it, else in proportion to
 * `total_fee` or the list amount, so line `paid` always adds up to it exactly; each line's
 * `discount` is what is left of its list amount.
 */
export function mapTaobaoLines(
  context: TaobaoReadContext,
  trade: TaobaoObject,
  tid: string,
  goodsPaid: Money,
  presale: boolean,
): TaobaoLinesMapping {
  const { items, path } = readWrappedList(context, trade, 'orders', 'order', []);
  if (items.length === 0) failAt(context, path, 'a trade needs at least one sub-order');
  const drafts: DraftLine[] = [];
  const lineData: { [lineId: string]: unknown } = {};
  for (const [index, item] of items.entries()) {
    const { draft, data } = draftLine(context, item, [...path, index], `${tid}-${index + 1}`, presale);
    if (lineData[draft.line.lineId] !== undefined)
      failAt(context, [...path, index, 'oid'], 'duplicate line id');
    drafts.push(draft);
    lineData[draft.line.lineId] = data;
  }
  let parts: number[];
  try {
    parts = apportion(goodsPaid.amount, weightsOf(context, drafts, goodsPaid.amount));
  } catch (error) {
    return failAt(context, ['payment'], OmsError.is(error) ? error.message : 'cannot apportion', error);
  }
  const lines = drafts.map((draft, index): OrderLine => {
    const paid = moneyFromFen(parts[index] ?? 0, goodsPaid.currency);
    const line = draft.line as OrderLine;
    line.discount = moneyFromFen(draft.line.amount.amount - paid.amount, goodsPaid.currency);
    line.paid = paid;
    return line;
  });
  return { lines, lineData };
}
