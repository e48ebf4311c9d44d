import type { Order, OrderLine, OrderStatus } from '../schema/order';
import { isStatusReachable } from './reachable-statuses';

/** The order to store after merging a platform snapshot, and what a person should know about it. */
export interface MergedOrderSnapshot {
  readonly order: Order;
  readonly notes: string[];
}

const lifecycleTimestamps = ['paidAt', 'shippedAt', 'endedAt'] as const;

function mergeStatus(stored: Order, incoming: Order, notes: string[]): OrderStatus {
  if (incoming.status === stored.status || isStatusReachable(stored.status, incoming.status)) {
    return incoming.status;
  }
  if (isStatusReachable(incoming.status, stored.status)) {
    notes.push(
      `status: kept ${stored.status}; the platform's ${incoming.status} is behind it (the platform has not caught up yet)`,
    );
  } else {
    notes.push(
      `status: kept ${stored.status}; the platform's ${incoming.status} is not reachable from it in the lifecycle table`,
    );
  }
  return stored.status;
}

function keepRefunds(line: OrderLine, stored: OrderLine | undefined): OrderLine {
  if (stored === undefined) return line;
  const storedFen = stored.refundedAmount?.amount ?? 0;
  const moreUnits = stored.refundedQuantity > line.refundedQuantity;
  const moreMoney = storedFen > (line.refundedAmount?.amount ?? 0);
  if (!moreUnits && !moreMoney) return line;
  const refundedQuantity = Math.max(stored.refundedQuantity, line.refundedQuantity);
  return {
    ...line,
    refundedQuantity,
    ...(moreMoney && stored.refundedAmount !== undefined ? { refundedAmount: stored.refundedAmount } : {}),
    refundStatus: refundedQuantity >= line.quantity ? 'refunded' : line.refundStatus,
  };
}

function mergeLines(stored: Order, incoming: Order, notes: string[]): OrderLine[] {
  const storedLines = new Map(stored.lines.map((line) => [line.lineId, line]));
  return incoming.lines.map((incomingLine) => {
    const storedLine = storedLines.get(incomingLine.lineId);
    const line = keepRefunds(incomingLine, storedLine);
    const kept = storedLine?.shippedQuantity ?? 0;
    if (kept <= line.shippedQuantity) return line;
    if (kept > line.quantity) {
      notes.push(
        `line ${line.lineId}: shippedQuantity ${kept} kept although the platform now says quantity ${line.quantity}`,
      );
    }
    return { ...line, shippedQuantity: kept };
  });
}

/**
 * Merges a platform snapshot into the stored order; the rules of `upsertOrder` for a snapshot that
 * is not stale. The platform is the authority for the order, except for what only omskit knows or
 * may know first:
 *
 * - status: the incoming status when it equals the stored one or is reachable from it in the
 *   lifecycle table; otherwise the stored status is kept with a note (our warehouse shipped it and
 *   the platform still says `paid`; or a conflict such as `paid` after `cancelled`).
 * - `paidAt`, `shippedAt`, `endedAt`: the incoming value, or the stored one when the platform has
 *   none (lifecycle moments don't un-happen, and ours may come first).
 * - line `shippedQuantity`: never decreases; the larger of stored and incoming for a line both
 *   know. The platform does not count shipped units the way omskit's fulfilment does, so its zero
 *   must not erase ours. Lines the platform dropped are dropped.
 * - line `refundedQuantity` and `refundedAmount`: likewise never decrease (refunds the after-sales
 *   desk settled into the line stay until the platform reports as much or more), and the line is
 *   `refunded` once every unit is.
 * - everything else, including `platformModifiedAt`: the incoming value.
 *
 * Idempotent: merging the same snapshot into the result again gives the same content.
 */
export function mergeOrderSnapshot(stored: Order, incoming: Order): MergedOrderSnapshot {
  const notes: string[] = [];
  const order: Order = {
    ...incoming,
    status: mergeStatus(stored, incoming, notes),
    lines: mergeLines(stored, incoming, notes),
  };
  for (const key of lifecycleTimestamps) {
    const kept = stored[key];
    if (order[key] === undefined && kept !== undefined) order[key] = kept;
  }
  return { order, notes };
}
