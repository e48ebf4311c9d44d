import type { AfterSale, AfterSaleType } from '../schema/after-sale';
import type { Order } from '../schema/order';
import type { IsoInstant } from '../schema/time';
import { type AfterSalePolicy, returnWindowDays } from './after-sale-policy';
import { claimableUnits, openClaims, paidForUnits, refundableOnLine } from './refundable-amount';

/** What the guards need to know beyond the after-sale itself; the host gathers it. */
export interface AfterSaleFacts {
  readonly order: Order;
  /** When the buyer signed for the goods (the window runs from here; from shipment when unknown). */
  readonly deliveredAt?: IsoInstant;
  /** Category per order line id, for per-category windows and the unopened rule. */
  readonly lineCategories?: Readonly<Record<string, string>>;
  /** Whether the goods are unopened, when the buyer or an inspection said so. */
  readonly unopened?: boolean;
  /** The order's other after-sales (their open claims count against this one). */
  readonly otherAfterSales?: readonly AfterSale[];
  /** The carrier reported the parcel lost. */
  readonly carrierReportedLoss?: boolean;
}

/** The guard names. */
export type AfterSaleGuardName = 'return_window' | 'unopened' | 'quantity' | 'amount';

/** One guard's answer: `unknown` when the facts are missing (a person decides). */
export interface AfterSaleGuardResult {
  readonly guard: AfterSaleGuardName;
  readonly outcome: 'pass' | 'fail' | 'unknown' | 'not_applicable';
  readonly reason: string;
  /** The line concerned, for line guards. */
  readonly lineId?: string;
}

const windowTypes: readonly AfterSaleType[] = [
  'refund_only_shipped',
  'return_refund',
  'exchange',
  'repair',
  'price_protection',
];
const unopenedTypes: readonly AfterSaleType[] = ['return_refund', 'exchange'];
const dayMs = 24 * 60 * 60 * 1000;

function windowGuard(
  afterSale: AfterSale,
  facts: AfterSaleFacts,
  policy: AfterSalePolicy,
  nowMs: number,
): AfterSaleGuardResult {
  if (!windowTypes.includes(afterSale.type))
    return {
      guard: 'return_window',
      outcome: 'not_applicable',
      reason: `${afterSale.type} has no return window`,
    };
  const start = facts.deliveredAt ?? facts.order.shippedAt;
  if (start === undefined)
    return {
      guard: 'return_window',
      outcome: 'pass',
      reason: 'not delivered yet: the window has not started',
    };
  const categories = afterSale.lines.map((line) => facts.lineCategories?.[line.lineId]);
  const days = returnWindowDays(policy, afterSale.shopId, categories);
  const endsMs = Date.parse(start) + days * dayMs;
  const requestedMs = Date.parse(afterSale.createdAt);
  // The window is judged at the request time: a slow answer must not cost the buyer their right.
  const atMs = Number.isFinite(requestedMs) ? requestedMs : nowMs;
  return atMs <= endsMs
    ? { guard: 'return_window', outcome: 'pass', reason: `within the ${days}-day window from ${start}` }
    : {
        guard: 'return_window',
        outcome: 'fail',
        reason: `requested after the ${days}-day window from ${start} ended`,
      };
}

function unopenedGuard(
  afterSale: AfterSale,
  facts: AfterSaleFacts,
  policy: AfterSalePolicy,
): AfterSaleGuardResult {
  const strict = new Set(policy.unopenedCategories ?? []);
  const concerned = afterSale.lines.some((line) => strict.has(facts.lineCategories?.[line.lineId] ?? ''));
  if (!unopenedTypes.includes(afterSale.type) || !concerned)
    return { guard: 'unopened', outcome: 'not_applicable', reason: 'no line of an unopened-only category' };
  if (facts.unopened === undefined)
    return { guard: 'unopened', outcome: 'unknown', reason: 'whether the goods were opened is not known' };
  return facts.unopened
    ? { guard: 'unopened', outcome: 'pass', reason: 'goods unopened' }
    : { guard: 'unopened', outcome: 'fail', reason: 'goods of an unopened-only category were opened' };
}

function lineGuards(
  afterSale: AfterSale,
  facts: AfterSaleFacts,
  policy: AfterSalePolicy,
): AfterSaleGuardResult[] {
  const results: AfterSaleGuardResult[] = [];
  const claims = openClaims(afterSale.id, facts.otherAfterSales ?? []);
  let lineMoney = 0;
  for (const asked of afterSale.lines) {
    const line = facts.order.lines.find((candidate) => candidate.lineId === asked.lineId);
    const lineId = asked.lineId;
    if (line === undefined) {
      results.push({
        guard: 'quantity',
        outcome: 'fail',
        reason: `line ${lineId} is not in the order`,
        lineId,
      });
      continue;
    }
    const claim = claims.get(lineId) ?? { quantity: 0, amount: 0 };
    const units = claimableUnits(line, afterSale.type) - claim.quantity;
    results.push(
      asked.quantity <= units
        ? { guard: 'quantity', outcome: 'pass', reason: `${asked.quantity} of ${units} claimable`, lineId }
        : {
            guard: 'quantity',
            outcome: 'fail',
            reason: `${asked.quantity} asked, only ${Math.max(0, units)} shipped and not yet returned`,
            lineId,
          },
    );
    // Price protection may name no units: then it covers every unit the buyer still holds.
    const moneyUnits =
      asked.quantity > 0 || afterSale.type !== 'price_protection'
        ? asked.quantity
        : claimableUnits(line, afterSale.type);
    const cap = Math.min(paidForUnits(line, moneyUnits), refundableOnLine(line, claim.amount));
    lineMoney += asked.refundAmount.amount;
    results.push(
      asked.refundAmount.amount <= cap && asked.refundAmount.amount >= 0
        ? {
            guard: 'amount',
            outcome: 'pass',
            reason: `${asked.refundAmount.amount} fen of ${cap} refundable`,
            lineId,
          }
        : {
            guard: 'amount',
            outcome: 'fail',
            reason: `${asked.refundAmount.amount} fen asked, at most ${cap} paid for those units`,
            lineId,
          },
    );
  }
  results.push(shippingGuard(afterSale, facts, policy, lineMoney));
  return results;
}

function shippingGuard(
  afterSale: AfterSale,
  facts: AfterSaleFacts,
  policy: AfterSalePolicy,
  lineMoney: number,
): AfterSaleGuardResult {
  const extra = afterSale.refundAmount.amount - lineMoney;
  if (extra <= 0) {
    return extra === 0
      ? { guard: 'amount', outcome: 'pass', reason: 'total equals the lines' }
      : { guard: 'amount', outcome: 'fail', reason: 'total is below the sum of the lines' };
  }
  const leftAfter = facts.order.lines.every((line) => {
    const asked = afterSale.lines.find((candidate) => candidate.lineId === line.lineId)?.quantity ?? 0;
    return line.quantity - line.refundedQuantity - asked <= 0;
  });
  const allowed =
    policy.shippingFeeRefund === 'always' || (policy.shippingFeeRefund === 'when_fully_refunded' && leftAfter)
      ? facts.order.totals.shipping.amount
      : 0;
  return extra <= allowed
    ? {
        guard: 'amount',
        outcome: 'pass',
        reason: `shipping fee refund ${extra} fen allowed (${policy.shippingFeeRefund})`,
      }
    : {
        guard: 'amount',
        outcome: 'fail',
        reason: `${extra} fen above the lines; shipping fee refund allowed: ${allowed} (${policy.shippingFeeRefund})`,
      };
}

/**
 * Runs the policy's guards on an after-sale: within the return window (per category, per shop,
 * from delivery, judged at the request time), unopened where the category requires it, each
 * line's quantity not above what was shipped minus what was already returned or is being
 * returned, each line's amount not above what was paid for those units (apportioned discounts
 * included, refunds paid and claimed subtracted), and the part above the lines not above the
 * shipping fee the policy lets you refund. Pure; `nowMs` is only used when `createdAt` is unreadable.
 */
export function checkAfterSaleGuards(
  afterSale: AfterSale,
  facts: AfterSaleFacts,
  policy: AfterSalePolicy,
  nowMs: number,
): AfterSaleGuardResult[] {
  return [
    windowGuard(afterSale, facts, policy, nowMs),
    unopenedGuard(afterSale, facts, policy),
    ...lineGuards(afterSale, facts, policy),
  ];
}
