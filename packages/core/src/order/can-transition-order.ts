import type { OrderStatus } from '../schema/order';
import type { OrderLifecycleEventType } from './order-lifecycle-event';
import { orderTransitions } from './order-transitions';

/**
 * The status `eventType` leads to from `status` in {@link orderTransitions}, or `undefined` when
 * the table does not allow it. Unknown statuses or event types (from untyped callers) are simply
 * not allowed.
 */
export function nextOrderStatus(
  status: OrderStatus,
  eventType: OrderLifecycleEventType,
): OrderStatus | undefined {
  // Own-property checks keep `toString` or `__proto__` from JSON input from reading the prototype.
  if (!Object.hasOwn(orderTransitions, status)) return undefined;
  const row = orderTransitions[status];
  if (!Object.hasOwn(row, eventType)) return undefined;
  return row[eventType];
}

/** True when {@link orderTransitions} allows `eventType` in `status`; changes nothing. */
export function canTransitionOrder(status: OrderStatus, eventType: OrderLifecycleEventType): boolean {
  return nextOrderStatus(status, eventType) !== undefined;
}
