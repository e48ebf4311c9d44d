import type { Money } from '../schema/money';
import type { Order, OrderLine } from '../schema/order';
import type { AfterSaleCase } from './after-sale-case';
import { unitConsumingTypes } from './refundable-amount';
import type { SettleRefusal } from './settle-after-sale-refund';

/** What {@link applySettledRefunds} returns. */
export type ApplySettledRefundsResult =
  | {
      readonly ok: true;
      readonly order: Order;
      /** False when every line already recorded at least what the settled cases add up to. */
      readonly changed: boolean;
    }
  | {
      readonly ok: false;
      readonly reason: Extract<SettleRefusal, 'unknown_line' | 'exceeds_paid' | 'exceeds_quantity'>;
      readonly lineId: string;
      readonly message: string;
    };

/**
 * Writes the refunds of an order's settled cases (`settledAt` set) into its lines, as totals
 * recomputed from all of them: a line's `refundedQuantity` (types that take units back) and
 * `refundedAmount` become the larger of what the line already says and what the settled cases
 * add up to, and the line is `refunded` once every unit is. Because it recomputes instead of
 * adding, running it again, after a crash or with a case the platform already counted in the
 * line's own refund fields, never counts a refund twice. Refuses, changing nothing, when the
 * settled cases name a line the order lacks or add up to more units than ordered or more money
 * than paid. Cases of other orders are ignored. Pure.
 */
export function applySettledRefunds(
  order: Order,
  cases: readonly AfterSaleCase[],
): ApplySettledRefundsResult {
  const units = new Map<string, number>();
  const money = new Map<string, number>();
  for (const { afterSale, settledAt } of cases) {
    if (settledAt === undefined || afterSale.orderId !== order.id) continue;
    const takesUnits = unitConsumingTypes.includes(afterSale.type);
    for (const line of afterSale.lines) {
      if (!order.lines.some((candidate) => candidate.lineId === line.lineId))
        return {
          ok: false,
          reason: 'unknown_line',
          lineId: line.lineId,
          message: `line ${line.lineId} of ${afterSale.id} is not in ${order.id}`,
        };
      if (takesUnits) units.set(line.lineId, (units.get(line.lineId) ?? 0) + line.quantity);
      money.set(line.lineId, (money.get(line.lineId) ?? 0) + line.refundAmount.amount);
    }
  }
  let changed = false;
  const lines: OrderLine[] = [];
  for (const line of order.lines) {
    const settledUnits = units.get(line.lineId) ?? 0;
    const settledFen = money.get(line.lineId) ?? 0;
    if (settledUnits > line.quantity)
      return {
        ok: false,
        reason: 'exceeds_quantity',
        lineId: line.lineId,
        message: `line ${line.lineId}: settled refunds take ${settledUnits} units of ${line.quantity}`,
      };
    if (settledFen > line.paid.amount)
      return {
        ok: false,
        reason: 'exceeds_paid',
        lineId: line.lineId,
        message: `line ${line.lineId}: settled refunds come to ${settledFen} fen of ${line.paid.amount} paid`,
      };
    const current = line.refundedAmount?.amount ?? 0;
    const refundedQuantity = Math.max(line.refundedQuantity, settledUnits);
    const refundedAmount: Money | undefined =
      settledFen > current ? { amount: settledFen, currency: line.paid.currency } : line.refundedAmount;
    const refundStatus = refundedQuantity >= line.quantity ? 'refunded' : line.refundStatus;
    if (
      refundedQuantity === line.refundedQuantity &&
      refundedAmount === line.refundedAmount &&
      refundStatus === line.refundStatus
    ) {
      lines.push(line);
      continue;
    }
    changed = true;
    lines.push({
      ...line,
      refundedQuantity,
      refundStatus,
      ...(refundedAmount === undefined ? {} : { refundedAmount }),
    });
  }
  return { ok: true, order: changed ? { ...order, lines } : order, changed };
}
