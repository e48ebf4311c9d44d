import type { DomainEnv } from '../contracts/common';
import type { OrderEvent, OrderEventType } from '../schema/events';
import type { OrderStatus } from '../schema/order';
import { nowIso } from './order-instants';

/** The optional parts of a domain event. */
export interface OrderEventDetails {
  /** Status before, when the status changed. */
  readonly fromStatus?: OrderStatus | undefined;
  /** Status after, when the status changed (or, on creation, the status it was created in). */
  readonly toStatus?: OrderStatus | undefined;
  /** Lines concerned, when the event is about lines. */
  readonly lineIds?: readonly string[] | undefined;
}

/**
 * A domain event with its id from `env.ids` (prefix `evt`) and `at` from `env.clock`. Absent
 * details are left out of the object rather than set to `undefined`.
 */
export function makeOrderEvent(
  env: DomainEnv,
  type: OrderEventType,
  orderId: string,
  details: OrderEventDetails = {},
): OrderEvent {
  const event: OrderEvent = { id: env.ids.next('evt'), type, orderId, at: nowIso(env) };
  if (details.fromStatus !== undefined) event.fromStatus = details.fromStatus;
  if (details.toStatus !== undefined) event.toStatus = details.toStatus;
  if (details.lineIds !== undefined) event.lineIds = [...details.lineIds];
  return event;
}
