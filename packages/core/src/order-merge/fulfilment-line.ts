import type { Order } from '../schema';

/**
 * One line of work for fulfilment: some units of one order line. Merge groups, warehouse splits
 * and parcels are all lists of these, so the splitting functions compose
 * (`mergeOrders` -> `splitLinesByAssignment` -> `splitByWeightLimit`).
 * `(sourceOrderId, lineId)` identifies the order line the units come from.
 */
export interface FulfilmentLine {
  /** The omskit id of the order the line belongs to. */
  readonly sourceOrderId: string;
  /** The line's id within its order. */
  readonly lineId: string;
  /** The seller's SKU code: the key into the inventory pool. */
  readonly sellerSku: string;
  /** The platform's SKU id, when known. */
  readonly skuId?: string;
  /** Product title as sold. */
  readonly title: string;
  /** Units of this line in this group, part or parcel (always > 0). */
  readonly quantity: number;
  /** Weight of one unit in grams, when known. */
  readonly unitWeightGrams?: number;
  /** True when the units wait for a presale date. */
  readonly presale: boolean;
}

/**
 * The identity of a fulfilment line's source (order id and line id) as one string.
 *
 * @internal
 */
export function lineKeyOf(line: { readonly sourceOrderId: string; readonly lineId: string }): string {
  return `${line.sourceOrderId}\u0000${line.lineId}`;
}

/**
 * The units of an order still to ship, as fulfilment lines: per line, `quantity` minus units
 * already shipped and units refunded; lines with nothing left are left out.
 *
 * A line is presale when it says so; when the order is a presale order but no line is flagged,
 * every line is presale (platforms that mark presale per order only).
 */
export function fulfilmentLinesOf(order: Order): FulfilmentLine[] {
  const anyLineFlagged = order.lines.some((line) => line.presale);
  const lines: FulfilmentLine[] = [];
  for (const line of order.lines) {
    const open = line.quantity - line.shippedQuantity - line.refundedQuantity;
    if (open <= 0) continue;
    lines.push({
      sourceOrderId: order.id,
      lineId: line.lineId,
      sellerSku: line.sellerSku,
      ...(line.skuId === undefined ? {} : { skuId: line.skuId }),
      title: line.title,
      quantity: open,
      ...(line.unitWeightGrams === undefined ? {} : { unitWeightGrams: line.unitWeightGrams }),
      presale: line.presale || (order.presale && !anyLineFlagged),
    });
  }
  return lines;
}

/**
 * The same line with another quantity.
 *
 * @internal
 */
export function withQuantity(line: FulfilmentLine, quantity: number): FulfilmentLine {
  return { ...line, quantity };
}
