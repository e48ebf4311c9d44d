import type { AfterSale, AfterSaleType } from '../schema/after-sale';
import { apportion, type Money } from '../schema/money';
import type { OrderLine } from '../schema/order';

/** After-sale types that take units away from the buyer's order (refunded or sent back). */
export const unitConsumingTypes: readonly AfterSaleType[] = [
  'refund_only_unshipped',
  'refund_only_shipped',
  'return_refund',
  'exchange',
  'intercept',
];

/**
 * Types that hold a line's units while they are open: those that consume units, plus repair,
 * whose goods travel back to the seller (and are out of the buyer's hands) until it closes.
 */
const unitHoldingTypes: readonly AfterSaleType[] = [...unitConsumingTypes, 'repair'];

/** Statuses in which an after-sale no longer holds units or money (done, withdrawn or refused). */
const settledStatuses = new Set(['closed', 'refused', 'refunded']);

/** Units and money other open after-sales already claim on a line. */
export interface LineClaims {
  readonly quantity: number;
  readonly amount: number;
}

/**
 * What other after-sales, still open, claim on each line. Settled ones (refunded, closed,
 * refused) are not counted: a refund is in the order line's `refundedQuantity` and
 * `refundedAmount` once it is settled (see `applySettledRefunds`).
 */
export function openClaims(afterSaleId: string, others: readonly AfterSale[]): Map<string, LineClaims> {
  const claims = new Map<string, LineClaims>();
  for (const other of others) {
    if (other.id === afterSaleId || settledStatuses.has(other.status)) continue;
    for (const line of other.lines) {
      const before = claims.get(line.lineId) ?? { quantity: 0, amount: 0 };
      claims.set(line.lineId, {
        quantity: before.quantity + (unitHoldingTypes.includes(other.type) ? line.quantity : 0),
        amount: before.amount + line.refundAmount.amount,
      });
    }
  }
  return claims;
}

/**
 * What the buyer paid for `units` units of a line, in fen: the line's `paid` (after apportioned
 * discounts) split over its units with `apportion`, taking the largest shares, so a refund of
 * every unit is exactly `paid`.
 */
export function paidForUnits(line: OrderLine, units: number): number {
  const shares = apportion(
    line.paid.amount,
    Array.from({ length: line.quantity }, () => 1),
  );
  return shares
    .sort((a, b) => b - a)
    .slice(0, Math.max(0, Math.min(units, line.quantity)))
    .reduce((sum, share) => sum + share, 0);
}

/** The most units an after-sale of `type` may claim on a line, before other claims. */
export function claimableUnits(line: OrderLine, type: AfterSaleType): number {
  const refunded = line.refundedQuantity;
  switch (type) {
    case 'refund_only_unshipped':
      return Math.max(0, line.quantity - line.shippedQuantity - refunded);
    case 'price_protection':
      return Math.max(0, line.quantity - refunded);
    default:
      return Math.max(0, line.shippedQuantity - refunded);
  }
}

/** The money still refundable on a line in fen: what was paid minus refunds paid and claimed. */
export function refundableOnLine(line: OrderLine, claimedAmount: number): number {
  return Math.max(0, line.paid.amount - (line.refundedAmount?.amount ?? 0) - claimedAmount);
}

/** Money of the same currency as `like`. */
export function fen(amount: number, like: Money): Money {
  return { amount, currency: like.currency };
}
