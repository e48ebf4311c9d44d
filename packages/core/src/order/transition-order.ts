import type { DomainEnv } from '../contracts/common';
import { OmsError } from '../errors/oms-error';
import type { OrderEvent } from '../schema/events';
import type { Order, OrderStatus } from '../schema/order';
import type { IsoInstant } from '../schema/time';
import { nextOrderStatus } from './can-transition-order';
import { makeOrderEvent } from './make-order-event';
import { nowIso, requireInstant } from './order-instants';
import type { OrderLifecycleEvent, OrderLifecycleEventType } from './order-lifecycle-event';
import { orderStatusEventType } from './order-status-event-type';

/** The lifecycle move happened: the new order and the domain events it implies. */
export interface OrderTransitioned {
  readonly ok: true;
  /** A new order object; the input is never mutated. */
  readonly order: Order;
  /** The domain events, ids from `env.ids`, `at` from `env.clock`. */
  readonly events: OrderEvent[];
}

/** The lifecycle table does not allow the event in the order's status; nothing changed. */
export interface OrderTransitionRefused {
  readonly ok: false;
  readonly reason: 'invalid_transition';
  /** The status the order is in. */
  readonly from: OrderStatus;
  /** The event that was refused, as given. */
  readonly event: OrderLifecycleEvent;
}

/** What {@link transitionOrder} returns. */
export type TransitionOrderResult = OrderTransitioned | OrderTransitionRefused;

type LifecycleTimestamps = Pick<Order, 'paidAt' | 'shippedAt' | 'endedAt'>;

function timestampsFor(
  order: Order,
  type: OrderLifecycleEventType,
  at: IsoInstant,
): Partial<LifecycleTimestamps> {
  switch (type) {
    case 'pay':
      return { paidAt: at };
    case 'ship_part':
    case 'ship':
      // shippedAt is when the first parcel left, the moment the paid -> shipped cycle time ends.
      return order.shippedAt === undefined ? { shippedAt: at } : {};
    case 'complete':
    case 'cancel':
    case 'close':
      // A completed trade closed later by a refund ends again: endedAt follows the last ending.
      return { endedAt: at };
    case 'pay_deposit':
    case 'deliver':
      return {};
  }
}

/**
 * Moves `order` along its lifecycle by `event`, as {@link orderTransitions} allows. Pure: returns a
 * new order with the status and the timestamps the event implies (`pay` sets `paidAt`; the first
 * `ship_part` or `ship` sets `shippedAt`; `complete`, `cancel` and `close` set `endedAt`), taking
 * the time from `event.at` or, when absent, from `env.clock`; and one domain event for the status
 * entered (`order-paid`, `order-shipped`, ..., with `fromStatus` and `toStatus`; a repeated
 * `ship_part` emits `order-partially-shipped` again). `platformModifiedAt` is left alone: it is the
 * platform's version, not ours.
 *
 * A move the table does not allow returns `{ ok: false, reason: 'invalid_transition' }` and uses
 * neither the clock nor the id generator.
 *
 * @throws OmsError `invalid_input` when `event.at` is not an ISO instant in UTC.
 */
export function transitionOrder(
  order: Order,
  event: OrderLifecycleEvent,
  env: DomainEnv,
): TransitionOrderResult {
  const to = nextOrderStatus(order.status, event.type);
  if (to === undefined) return { ok: false, reason: 'invalid_transition', from: order.status, event };
  const eventType = orderStatusEventType(to);
  if (eventType === undefined) {
    throw new OmsError('internal', `the lifecycle table leads to ${to}, which has no domain event`);
  }
  const at = event.at === undefined ? nowIso(env) : requireInstant(event.at, ['at']);
  const next: Order = { ...order, status: to, ...timestampsFor(order, event.type, at) };
  const domainEvent = makeOrderEvent(env, eventType, order.id, { fromStatus: order.status, toStatus: to });
  return { ok: true, order: next, events: [domainEvent] };
}
