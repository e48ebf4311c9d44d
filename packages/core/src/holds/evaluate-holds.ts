import type { DomainEnv } from '../contracts';
import type { Order, OrderStatus } from '../schema';
import type { Hold } from './hold';
import type { HoldContext, HoldFinding } from './hold-context';
import type { HoldRule, HoldsConfig } from './holds-config';
import { isHoldActive } from './release-holds';
import { findBlacklisted, findVagueAddress } from './rule-address';
import { findLowAmount, findMessageKeywords } from './rule-amount-message';
import { findAddressChanged, findRefundRequested, findShipBlocked, findShipByMissed } from './rule-upstream';
import { findVelocity } from './rule-velocity';

/** The result of {@link evaluateHolds}. */
export interface HoldsEvaluation {
  /** New holds to store (none that the order already has by key). */
  readonly holds: Hold[];
  /**
   * Existing active holds whose condition has cleared (the platform lifted its ship block; no
   * line's refund is still in progress), released by `system`. Store them too.
   */
  readonly released: Hold[];
  /** Set when the order was not evaluated because it is not waiting to ship. */
  readonly skipped?: 'not_awaiting_shipment';
}

const evaluatedStatuses: ReadonlySet<OrderStatus> = new Set(['deposit_paid', 'paid', 'partially_shipped']);

function findings(order: Order, context: HoldContext, rule: HoldRule, nowMs: number): HoldFinding[] {
  switch (rule.type) {
    case 'velocity':
      return findVelocity(order, context, rule);
    case 'vague_address':
      return findVagueAddress(order, rule);
    case 'low_amount':
      return findLowAmount(order, context, rule);
    case 'blacklist':
      return findBlacklisted(order, context, rule);
    case 'message_keyword':
      return findMessageKeywords(order, rule);
    case 'address_changed':
      return findAddressChanged(order, context);
    case 'refund_requested':
      return findRefundRequested(order, context);
    case 'ship_blocked':
      return findShipBlocked(order);
    case 'ship_by_missed':
      return findShipByMissed(order, rule, nowMs);
  }
}

function conditionCleared(order: Order, hold: Hold): boolean {
  if (hold.reason.code === 'ship_blocked') return !order.shipBlocked;
  if (hold.reason.code === 'refund_requested' && hold.reason.lineIds.length > 0) {
    const inProgress = new Set(
      order.lines.filter((line) => line.refundStatus === 'in_progress').map((line) => line.lineId),
    );
    return hold.reason.lineIds.every((lineId) => !inProgress.has(lineId));
  }
  return false;
}

/**
 * Runs the enabled hold rules of `config` over an order, before routing. Pure: history, events
 * and existing holds come in through `context`, time and ids through `env`.
 *
 * Only orders waiting to ship (`deposit_paid`, `paid`, `partially_shipped`) are evaluated. A
 * rule places no hold whose key (`<ruleId>:<fingerprint>`) the order already has in
 * `context.existingHolds`, active or released, so evaluating again after every upsert is safe
 * and an operator's release sticks until the trigger changes. Rules with `releaseAfterMs` give
 * their holds a `releaseAt`.
 */
export function evaluateHolds(
  order: Order,
  context: HoldContext,
  config: HoldsConfig,
  env: DomainEnv,
): HoldsEvaluation {
  const nowMs = env.clock.now();
  const now = new Date(nowMs).toISOString();
  const existing = (context.existingHolds ?? []).filter((hold) => hold.orderId === order.id);
  const released = existing
    .filter((hold) => isHoldActive(hold) && conditionCleared(order, hold))
    .map((hold) => ({ ...hold, releasedAt: now, releasedBy: 'system' }));
  if (!evaluatedStatuses.has(order.status)) return { holds: [], released, skipped: 'not_awaiting_shipment' };

  const knownKeys = new Set(existing.map((hold) => hold.key));
  const holds: Hold[] = [];
  for (const rule of config.rules) {
    if (!rule.enabled) continue;
    for (const finding of findings(order, context, rule, nowMs)) {
      const key = `${rule.id}:${finding.fingerprint}`;
      if (knownKeys.has(key)) continue;
      knownKeys.add(key);
      holds.push({
        id: env.ids.next('hold'),
        orderId: order.id,
        ruleId: rule.id,
        key,
        reason: finding.reason,
        placedBy: 'system',
        placedAt: now,
        ...(rule.releaseAfterMs === undefined
          ? {}
          : { releaseAt: new Date(nowMs + rule.releaseAfterMs).toISOString() }),
      });
    }
  }
  return { holds, released };
}
