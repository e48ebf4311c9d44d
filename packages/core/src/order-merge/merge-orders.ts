import type { DomainEnv } from '../contracts';
import type { Address, Order } from '../schema';
import { receiverKey } from './address-hash';
import {
  type CanMergeResult,
  canMergeOrders,
  type MergeOptions,
  type MergeRefusalCode,
} from './can-merge-orders';
import { type FulfilmentLine, fulfilmentLinesOf } from './fulfilment-line';

/**
 * Orders fulfilled together: not a new platform order but a fulfilment group whose lines point
 * back at their source orders. Each source order still ships (and is written back) on its own
 * platform id.
 */
export interface MergeGroup {
  /** The group's id, from `env.ids`. */
  readonly id: string;
  /** The channel all source orders share. */
  readonly channel: string;
  /** The shop all source orders share. */
  readonly shopId: string;
  /** Source order ids, earliest paid first. */
  readonly orderIds: readonly string[];
  /** The shared {@link receiverKey}. */
  readonly receiverKey: string;
  /** The receiver (masked PII plus tokens) of the earliest paid order. */
  readonly receiver: Address;
  /** The units still to ship, order by order, line by line. */
  readonly lines: readonly FulfilmentLine[];
  /** When the group was formed (from `env.clock`). */
  readonly createdAt: string;
}

/** A pair of orders that blocked a merge, with every reason. */
export interface MergeConflict {
  readonly orderIds: readonly [string, string];
  readonly reasons: readonly MergeRefusalCode[];
}

/** The result of {@link mergeOrders}. */
export type MergeOrdersResult =
  | { readonly ok: true; readonly group: MergeGroup }
  | { readonly ok: false; readonly reason: 'no_orders' }
  | { readonly ok: false; readonly reason: 'not_mergeable'; readonly conflicts: readonly MergeConflict[] };

function paidTime(order: Order): number {
  return Date.parse(order.paidAt ?? order.createdAt);
}

/**
 * Forms a fulfilment group from orders that are pairwise mergeable ({@link canMergeOrders} for
 * every pair, since the window is pairwise). A single order makes a group of one. When any pair
 * refuses, returns every refusing pair with its reasons. Ids and time come from `env`.
 */
export function mergeOrders(
  orders: readonly Order[],
  options: MergeOptions,
  env: DomainEnv,
): MergeOrdersResult {
  if (orders.length === 0) return { ok: false, reason: 'no_orders' };
  const sorted = [...orders].sort(
    (a, b) => paidTime(a) - paidTime(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const conflicts: MergeConflict[] = [];
  for (const [i, a] of sorted.entries()) {
    for (const b of sorted.slice(i + 1)) {
      const result: CanMergeResult = canMergeOrders(a, b, options);
      if (!result.ok) conflicts.push({ orderIds: [a.id, b.id], reasons: result.reasons });
    }
  }
  if (conflicts.length > 0) return { ok: false, reason: 'not_mergeable', conflicts };
  const first = sorted[0] as Order;
  return {
    ok: true,
    group: {
      id: env.ids.next('merge'),
      channel: first.channel,
      shopId: first.shopId,
      orderIds: sorted.map((order) => order.id),
      receiverKey: receiverKey(first.receiver),
      receiver: first.receiver,
      lines: sorted.flatMap(fulfilmentLinesOf),
      createdAt: new Date(env.clock.now()).toISOString(),
    },
  };
}
