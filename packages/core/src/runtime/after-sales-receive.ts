import { type AfterSaleCase, openAfterSaleCase } from '../aftersales/after-sale-case';
import type { AfterSaleEffect } from '../aftersales/after-sale-effect';
import { canTransitionAfterSale } from '../aftersales/can-transition-after-sale';
import type { AfterSaleFacts } from '../aftersales/check-after-sale-guards';
import { followPlatformStatus } from '../aftersales/follow-platform-status';
import { runAutoCheck } from '../aftersales/run-auto-check';
import { transitionAfterSale } from '../aftersales/transition-after-sale';
import type { Revisioned } from '../contracts/stores';
import { OmsError } from '../errors/oms-error';
import type { AfterSale } from '../schema/after-sale';
import type { Order } from '../schema/order';
import { concurrentWriters, type DeskContext, maxCasAttempts } from './after-sales-desk-context';
import type { AfterSaleReceiveOutcome } from './after-sales-desk-types';
import { settlementEffect } from './after-sales-settle';

/**
 * Points after-sale lines that name a platform SKU instead of an order line (`skuId`, PDD) at the
 * order's line with that SKU, when exactly one has it; other lines are left as they are.
 */
export function reconcileLines(afterSale: AfterSale, order: Order): AfterSale {
  const known = new Set(order.lines.map((line) => line.lineId));
  let changed = false;
  const lines = afterSale.lines.map((line) => {
    if (known.has(line.lineId) || line.skuId === undefined) return line;
    const matches = order.lines.filter((candidate) => candidate.skuId === line.skuId);
    const [match] = matches;
    if (matches.length !== 1 || match === undefined) return line;
    changed = true;
    return { ...line, lineId: match.lineId };
  });
  return changed ? { ...afterSale, lines } : afterSale;
}

/** One receive step: the outcome, and the case to write with its effects (none for `stale`). */
interface ReceiveStep {
  readonly outcome: AfterSaleReceiveOutcome;
  readonly afterSaleCase: AfterSaleCase;
  readonly write: boolean;
  readonly effects: readonly AfterSaleEffect[];
}

async function autoCheck(context: DeskContext, afterSaleCase: AfterSaleCase, order: Order) {
  const others = (await context.cases.listByOrder(order.id))
    .map((row) => row.value.afterSale)
    .filter((other) => other.id !== afterSaleCase.afterSale.id);
  const facts: AfterSaleFacts = {
    order,
    otherAfterSales: others,
    ...(context.options.facts?.(order, afterSaleCase.afterSale) ?? {}),
  };
  const checked = runAutoCheck(afterSaleCase, facts, context.env, context.policy);
  if (!checked.ok) throw new OmsError('invalid_transition', checked.message);
  return checked;
}

function follow(
  context: DeskContext,
  current: AfterSaleCase,
  afterSale: AfterSale,
  order: Order | undefined,
  outcome?: AfterSaleReceiveOutcome,
): ReceiveStep {
  // The platform moved only if its own status changed; the same platform status with our case
  // further along means the platform has not caught up (a decision parked for the seller
  // console, say), so the record is refreshed and our status kept.
  const platformMoved = afterSale.platformStatus !== current.afterSale.platformStatus;
  const snapshot = platformMoved ? afterSale : { ...afterSale, status: current.afterSale.status };
  const followed = followPlatformStatus(current, snapshot, context.env, order === undefined ? {} : { order });
  return {
    outcome: outcome ?? followed.outcome,
    afterSaleCase: followed.afterSaleCase,
    write: followed.outcome !== 'stale',
    effects: followed.effects,
  };
}

async function decide(
  context: DeskContext,
  stored: Revisioned<AfterSaleCase> | undefined,
  afterSale: AfterSale,
  order: Order | undefined,
): Promise<ReceiveStep> {
  const fresh =
    stored === undefined ||
    (stored.value.history.length === 0 && stored.value.afterSale.status === 'requested');
  if (fresh && afterSale.status === 'requested') {
    const base = stored === undefined ? openAfterSaleCase(afterSale) : { ...stored.value, afterSale };
    if (order === undefined)
      return { outcome: 'awaiting_order', afterSaleCase: base, write: true, effects: [] };
    const checked = await autoCheck(context, base, order);
    return {
      outcome: 'auto_checked',
      afterSaleCase: checked.afterSaleCase,
      write: true,
      effects: checked.effects,
    };
  }
  if (stored === undefined) {
    // First seen past the request (the platform or the seller console moved before omskit saw
    // it): follow from `requested`, so what still applies (expect the return, restock, raise
    // the finance ticket) is not lost.
    const requested = openAfterSaleCase({ ...afterSale, status: 'requested', platformStatus: '' });
    return follow(context, requested, afterSale, order, 'opened');
  }
  return follow(context, stored.value, afterSale, order);
}

/**
 * A return tracking number on the platform's record while the case awaits the return: the buyer
 * sent it, so the case moves on (`ship_return`, by the buyer, at the platform's time).
 */
function followReturnTracking(
  context: DeskContext,
  afterSaleCase: AfterSaleCase,
): { afterSaleCase: AfterSaleCase; effects: readonly AfterSaleEffect[] } {
  const { afterSale } = afterSaleCase;
  if (
    afterSale.status !== 'awaiting_return' ||
    afterSale.returnTrackingNumber === undefined ||
    afterSale.returnTrackingNumber === '' ||
    !canTransitionAfterSale(afterSale, 'ship_return')
  )
    return { afterSaleCase, effects: [] };
  const shipped = transitionAfterSale(
    afterSaleCase,
    {
      type: 'ship_return',
      trackingNumber: afterSale.returnTrackingNumber,
      by: 'buyer',
      at: afterSale.platformModifiedAt,
      reason: 'the platform reports the return parcel',
    },
    context.env,
  );
  return shipped.ok
    ? { afterSaleCase: shipped.afterSaleCase, effects: shipped.effects }
    : { afterSaleCase, effects: [] };
}

/**
 * Takes one after-sale snapshot into its case: a new request is auto-checked against the stored
 * order (or waits for it), a later snapshot is followed when the platform moved, a return
 * tracking number moves an awaited return on, and a paid refund queues its settlement.
 */
export async function receiveAfterSale(
  context: DeskContext,
  snapshot: AfterSale,
): Promise<{ outcome: AfterSaleReceiveOutcome; afterSaleCase: AfterSaleCase }> {
  const order = await context.orderOf(snapshot.orderId);
  const afterSale = order === undefined ? snapshot : reconcileLines(snapshot, order);
  for (let attempt = 0; attempt < maxCasAttempts; attempt += 1) {
    const stored = await context.cases.get(afterSale.id);
    const step = await decide(context, stored, afterSale, order);
    if (!step.write) return { outcome: step.outcome, afterSaleCase: step.afterSaleCase };
    const tracked = followReturnTracking(context, step.afterSaleCase);
    if (!(await context.save(tracked.afterSaleCase, stored?.revision ?? 0))) continue;
    const settle = settlementEffect(tracked.afterSaleCase);
    await context.enqueue([...step.effects, ...tracked.effects, ...(settle === undefined ? [] : [settle])]);
    return { outcome: step.outcome, afterSaleCase: tracked.afterSaleCase };
  }
  throw concurrentWriters(`after-sale ${afterSale.id}`);
}
