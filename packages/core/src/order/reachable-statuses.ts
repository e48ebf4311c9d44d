import { type OrderStatus, orderStatusSchema } from '../schema/order';
import { orderTransitions } from './order-transitions';

function successors(status: OrderStatus): OrderStatus[] {
  return Object.values(orderTransitions[status]);
}

function computeReachable(from: OrderStatus): readonly OrderStatus[] {
  const seen = new Set<OrderStatus>();
  const queue = successors(from);
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...successors(next));
  }
  return Object.freeze(orderStatusSchema.options.filter((status) => seen.has(status)));
}

const reachableByStatus: ReadonlyMap<OrderStatus, readonly OrderStatus[]> = new Map(
  orderStatusSchema.options.map((status) => [status, computeReachable(status)]),
);

/**
 * The statuses reachable from `from` in one or more transitions of {@link orderTransitions} (the
 * transitive closure), in the order of `orderStatusSchema`. `from` itself is included only when
 * a cycle leads back to it (`partially_shipped`, through `ship_part`). Empty for terminal statuses.
 */
export function reachableStatuses(from: OrderStatus): readonly OrderStatus[] {
  return reachableByStatus.get(from) ?? [];
}

/** True when `to` is reachable from `from` in one or more transitions (see {@link reachableStatuses}). */
export function isStatusReachable(from: OrderStatus, to: OrderStatus): boolean {
  return reachableStatuses(from).includes(to);
}
