import type { Order } from '../schema';
import type { HoldContext, HoldFinding } from './hold-context';
import type { HoldRuleOf } from './holds-config';

const beforePayment = (order: Order, at: string) =>
  order.paidAt === undefined || Date.parse(at) < Date.parse(order.paidAt);

/** One hold per address change the platform reported after payment. @internal */
export function findAddressChanged(order: Order, context: HoldContext): HoldFinding[] {
  return (context.events ?? [])
    .filter((event) => event.type === 'order-address-changed' && event.orderId === order.id)
    .filter((event) => !beforePayment(order, event.at))
    .map((event) => ({
      reason: { code: 'address_changed', eventId: event.id, changedAt: event.at },
      fingerprint: event.id,
    }));
}

/**
 * A refund request, from an `order-refund-requested` event or from lines whose refund is in
 * progress (so re-evaluating without the events still finds it).
 *
 * @internal
 */
export function findRefundRequested(order: Order, context: HoldContext): HoldFinding[] {
  const events = (context.events ?? []).filter(
    (event) => event.type === 'order-refund-requested' && event.orderId === order.id,
  );
  const lineIds = new Set(
    order.lines.filter((line) => line.refundStatus === 'in_progress').map((line) => line.lineId),
  );
  for (const event of events) for (const lineId of event.lineIds ?? []) lineIds.add(lineId);
  if (events.length === 0 && lineIds.size === 0) return [];
  const sortedLineIds = [...lineIds].sort();
  const eventIds = events.map((event) => event.id);
  const fingerprint = sortedLineIds.length > 0 ? sortedLineIds.join(',') : eventIds.join(',');
  return [{ reason: { code: 'refund_requested', lineIds: sortedLineIds, eventIds }, fingerprint }];
}

/** @internal */
export function findShipBlocked(order: Order): HoldFinding[] {
  if (!order.shipBlocked) return [];
  return [{ reason: { code: 'ship_blocked', platformStatus: order.platformStatus }, fingerprint: 'blocked' }];
}

/** @internal */
export function findShipByMissed(
  order: Order,
  rule: HoldRuleOf<'ship_by_missed'>,
  nowMs: number,
): HoldFinding[] {
  if (order.shipBy === undefined) return [];
  if (nowMs < Date.parse(order.shipBy) - rule.marginMs) return [];
  return [
    {
      reason: { code: 'ship_by_missed', shipBy: order.shipBy, marginMs: rule.marginMs },
      fingerprint: order.shipBy,
    },
  ];
}
