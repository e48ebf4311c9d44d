import type { DomainEnv } from '../contracts/common';
import type { AfterSale } from '../schema/after-sale';
import type { Order } from '../schema/order';
import type { AfterSaleCase, AfterSaleHistoryEntry } from './after-sale-case';
import type { AfterSaleEffect } from './after-sale-effect';
import type { InspectedLine } from './after-sale-event';
import type { AfterSaleEffectIntent } from './after-sale-transitions';
import { buildAfterSaleEffects, refundTicketKey } from './build-after-sale-effects';
import { findAfterSalePath } from './find-after-sale-path';
import { eventInstant, withEffectRecords } from './transition-after-sale';

/** Options of {@link followPlatformStatus}. */
export interface FollowPlatformOptions {
  /**
   * The order, so units received but not yet inspected when the platform jumps past inspection
   * can be restocked under their seller SKU. Without it, no restock is assumed.
   */
  readonly order?: Order;
  /** The inspection to assume for received, uninspected units; default: all resellable. */
  readonly assumedInspection?: readonly InspectedLine[];
}

/** What following the platform did. */
export interface FollowPlatformResult {
  /**
   * `followed`: moved along the table; `jumped`: moved where the table has no path; `updated`:
   * same status, data refreshed; `stale`: an older snapshot, ignored.
   */
  readonly outcome: 'followed' | 'jumped' | 'updated' | 'stale';
  readonly afterSaleCase: AfterSaleCase;
  readonly entry?: AfterSaleHistoryEntry;
  readonly effects: AfterSaleEffect[];
}

// When the platform moved first it has already decided, notified its buyer and knows the
// replacement's waybill; what is left for us is physical and financial work.
const stillApply: ReadonlySet<AfterSaleEffectIntent> = new Set([
  'expect-return',
  'cancel-expected-return',
  'release',
  'ship-replacement',
  'intercept',
  'restock',
  'write-off',
  'refund-ticket',
]);

/**
 * Moves the case to the status the platform reports (the adapter has mapped it to the unified
 * status), when the platform moved first: the buyer cancelled, the platform arbitrated, a seller
 * deadline passed. The platform's record replaces ours (its snapshot is the truth for amounts
 * and tracking; a return tracking number only we know is kept), one history entry records the move with the platform's status and the statuses
 * skipped, and the effects of the skipped steps that still apply are emitted: stock release,
 * expected (or no longer expected) returns, replacements, intercepts, restock and write-off of
 * received units (assumed resellable when not inspected, see the options), the finance ticket if
 * none was raised. A platform that reports the refund done has paid the buyer: the case records
 * that payment (`refundPayment.by: 'platform'`) so it can be settled into the order. Platform calls and buyer notices are not repeated. A target the table cannot
 * reach is followed all the same (`jumped`, no effects). A snapshot older than the stored one
 * changes nothing; one with the same status only refreshes the record (`updated`).
 */
export function followPlatformStatus(
  afterSaleCase: AfterSaleCase,
  snapshot: AfterSale,
  env: DomainEnv,
  options: FollowPlatformOptions = {},
): FollowPlatformResult {
  const current = afterSaleCase.afterSale;
  if (Date.parse(snapshot.platformModifiedAt) < Date.parse(current.platformModifiedAt))
    return { outcome: 'stale', afterSaleCase, effects: [] };
  // A return tracking number the buyer gave us (`ship_return`) stays when the platform's record
  // has none: the platform's silence is not news.
  const keptTracking =
    snapshot.returnTrackingNumber === undefined && current.returnTrackingNumber !== undefined
      ? { returnTrackingNumber: current.returnTrackingNumber }
      : {};
  const refreshed: AfterSale = { ...snapshot, id: current.id, type: current.type, ...keptTracking };
  if (snapshot.status === current.status)
    return { outcome: 'updated', afterSaleCase: { ...afterSaleCase, afterSale: refreshed }, effects: [] };

  const path = findAfterSalePath(current.type, current.status, snapshot.status);
  const at = eventInstant(undefined, env);
  let next: AfterSaleCase = { ...afterSaleCase, afterSale: refreshed };
  const intents = new Set<AfterSaleEffectIntent>();
  let assumed = false;
  for (const step of path ?? []) {
    for (const intent of step.target.effects) if (stillApply.has(intent)) intents.add(intent);
    if (step.event === 'inspect' && next.inspected.length === 0 && next.received.length > 0) {
      const inspected = options.assumedInspection ?? assumeResellable(next, options.order);
      next = { ...next, inspected };
      assumed = inspected.length > 0;
    }
    if (step.event === 'issue_refund') {
      if (next.refundTicketKey !== undefined) intents.delete('refund-ticket');
      next = { ...next, refundTicketKey: refundTicketKey(current.id) };
    }
    // The platform paid the buyer itself (the money sat with it): that is the confirmed payment
    // the order's lines are settled from.
    if (step.event === 'confirm_refund' && next.refundPayment === undefined) {
      next = {
        ...next,
        refundPayment: {
          paymentId: `platform:${current.platformAfterSaleId}`,
          at: snapshot.platformModifiedAt,
          by: 'platform',
        },
      };
    }
  }
  const skipped = (path ?? []).slice(1).map((step) => step.from);
  const reasons = [
    path === undefined ? 'the platform moved where the table has no path' : 'the platform moved first',
    ...(assumed ? ['received units assumed resellable'] : []),
  ];
  const entry: AfterSaleHistoryEntry = {
    id: env.ids.next('ash'),
    at,
    event: 'platform',
    by: 'platform',
    from: current.status,
    to: snapshot.status,
    reason: reasons.join('; '),
    platformStatus: snapshot.platformStatus,
    ...(skipped.length > 0 ? { skipped } : {}),
  };
  next = { ...next, history: [...afterSaleCase.history, entry] };
  const effects = buildAfterSaleEffects(
    next,
    [...intents],
    { reason: entry.reason },
    afterSaleCase.history.length,
  );
  const recorded = withEffectRecords(entry, effects);
  return {
    outcome: path === undefined ? 'jumped' : 'followed',
    afterSaleCase: { ...next, history: [...afterSaleCase.history, recorded] },
    entry: recorded,
    effects,
  };
}

function assumeResellable(afterSaleCase: AfterSaleCase, order: Order | undefined): InspectedLine[] {
  if (order === undefined) return [];
  return afterSaleCase.received.flatMap((line) => {
    const orderLine = order.lines.find((candidate) => candidate.lineId === line.lineId);
    return orderLine === undefined
      ? []
      : [{ lineId: line.lineId, sku: orderLine.sellerSku, resellable: line.quantity, damaged: 0 }];
  });
}
