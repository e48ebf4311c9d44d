import type { AfterSaleStatus } from '../schema/after-sale';
import type { IsoInstant } from '../schema/time';
import type { AfterSaleCase } from './after-sale-case';
import { type AfterSalePolicy, defaultAfterSalePolicy } from './after-sale-policy';

/** A deadline on an after-sale: the platform's (it decides by itself after) or the seller's own. */
export interface AfterSaleDeadline {
  readonly afterSaleId: string;
  readonly orderId: string;
  readonly kind: 'platform' | 'internal';
  readonly status: AfterSaleStatus;
  readonly dueAt: IsoInstant;
  /** What happens when it passes. */
  readonly consequence: string;
}

/** An SLA alert: a deadline about to pass, or passed. */
export interface AfterSaleSlaAlert {
  readonly type: 'after-sale-deadline-approaching' | 'after-sale-deadline-passed';
  readonly deadline: AfterSaleDeadline;
  /** Milliseconds left (negative once passed). */
  readonly remainingMs: number;
}

// The seller's pending action in each status, and what the platform does when it times out.
const platformConsequences: Partial<Record<AfterSaleStatus, string>> = {
  requested: 'the platform approves the request automatically',
  auto_checked: 'the platform approves the request automatically',
  return_in_transit: 'the platform confirms receipt and refunds automatically',
  received: 'the platform confirms receipt and refunds automatically',
  inspected: 'the platform confirms receipt and refunds automatically',
  refused: 'the buyer may escalate to platform arbitration',
};

/** When the case entered its current status: the last history entry, else its creation. */
export function enteredStatusAt(afterSaleCase: AfterSaleCase): IsoInstant {
  return afterSaleCase.history.at(-1)?.at ?? afterSaleCase.afterSale.createdAt;
}

/**
 * The deadlines a case faces in its current status: the platform's `respondBy` where the seller
 * is the one to act (the platform auto-approves or auto-refunds after it; without `respondBy`,
 * the channel's hours in `policy.platformTimeoutHoursByChannel`, else
 * `policy.platformTimeoutHoursByStatus`, from entering the status), and the seller's own targets
 * from `policy.slaHoursByStatus`, counted from entering the status. Earliest first.
 */
export function afterSaleDeadlines(
  afterSaleCase: AfterSaleCase,
  policy: AfterSalePolicy = defaultAfterSalePolicy,
): AfterSaleDeadline[] {
  const { afterSale } = afterSaleCase;
  const base = { afterSaleId: afterSale.id, orderId: afterSale.orderId, status: afterSale.status };
  const deadlines: AfterSaleDeadline[] = [];
  const consequence = platformConsequences[afterSale.status];
  const entered = Date.parse(enteredStatusAt(afterSaleCase));
  const platformHours =
    policy.platformTimeoutHoursByChannel?.[afterSale.channel]?.[afterSale.status] ??
    policy.platformTimeoutHoursByStatus?.[afterSale.status];
  const platformDue =
    afterSale.respondBy ??
    (platformHours === undefined ? undefined : new Date(entered + platformHours * 3_600_000).toISOString());
  if (platformDue !== undefined && consequence !== undefined)
    deadlines.push({ ...base, kind: 'platform', dueAt: platformDue, consequence });
  const hours = policy.slaHoursByStatus?.[afterSale.status];
  if (hours !== undefined) {
    const dueMs = entered + hours * 3_600_000;
    deadlines.push({
      ...base,
      kind: 'internal',
      dueAt: new Date(dueMs).toISOString(),
      consequence: `over the ${hours} h handling target`,
    });
  }
  return deadlines.sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
}

/**
 * SLA alerts at `nowMs` over many cases: `approaching` within `policy.slaWarningHours` (default
 * 4) of a deadline, `passed` after it. Most urgent first.
 */
export function afterSaleSlaAlerts(
  cases: readonly AfterSaleCase[],
  nowMs: number,
  policy: AfterSalePolicy = defaultAfterSalePolicy,
): AfterSaleSlaAlert[] {
  const warnMs = (policy.slaWarningHours ?? 4) * 3_600_000;
  const alerts: AfterSaleSlaAlert[] = [];
  for (const afterSaleCase of cases) {
    for (const deadline of afterSaleDeadlines(afterSaleCase, policy)) {
      const remainingMs = Date.parse(deadline.dueAt) - nowMs;
      if (remainingMs > warnMs) continue;
      alerts.push({
        type: remainingMs < 0 ? 'after-sale-deadline-passed' : 'after-sale-deadline-approaching',
        deadline,
        remainingMs,
      });
    }
  }
  return alerts.sort((a, b) => a.remainingMs - b.remainingMs);
}
