import type { OrderStatus } from '../schema/order';
import type { OrderLifecycleEventType } from './order-lifecycle-event';

/** One row of the lifecycle table: the events allowed in a status and the status each leads to. */
export type OrderTransitionRow = Readonly<Partial<Record<OrderLifecycleEventType, OrderStatus>>>;

/** The order lifecycle as data: for each status, the allowed events and where they lead. */
export type OrderTransitionTable = { readonly [Status in OrderStatus]: OrderTransitionRow };

/**
 * The order lifecycle table. An event missing from a status's row is not allowed in that status;
 * a status with an empty row is terminal.
 *
 * | from | events |
 * | --- | --- |
 * | pending_payment | pay_deposit -> deposit_paid, pay -> paid, cancel -> cancelled |
 * | deposit_paid | pay -> paid, cancel -> cancelled |
 * | paid | ship_part -> partially_shipped, ship -> shipped, close -> closed |
 * | partially_shipped | ship_part -> partially_shipped, ship -> shipped, close -> closed |
 * | shipped | deliver -> delivered, complete -> completed, close -> closed |
 * | delivered | complete -> completed, close -> closed |
 * | completed | close -> closed |
 * | cancelled | (terminal) |
 * | closed | (terminal) |
 *
 * `deliver` is deliberately not allowed from `partially_shipped`: an order is delivered when
 * everything shipped and arrived; a single parcel's delivery belongs to the shipment, not the
 * order. A platform snapshot that jumps from `partially_shipped` to `delivered` is still accepted
 * by `upsertOrder`, because `delivered` is reachable through `shipped`.
 *
 * `completed -> closed` exists because platforms close a finished trade that is refunded in full
 * afterwards (after-sales on a completed order).
 */
export const orderTransitions: OrderTransitionTable = Object.freeze({
  pending_payment: Object.freeze({ pay_deposit: 'deposit_paid', pay: 'paid', cancel: 'cancelled' }),
  deposit_paid: Object.freeze({ pay: 'paid', cancel: 'cancelled' }),
  paid: Object.freeze({ ship_part: 'partially_shipped', ship: 'shipped', close: 'closed' }),
  partially_shipped: Object.freeze({ ship_part: 'partially_shipped', ship: 'shipped', close: 'closed' }),
  shipped: Object.freeze({ deliver: 'delivered', complete: 'completed', close: 'closed' }),
  delivered: Object.freeze({ complete: 'completed', close: 'closed' }),
  completed: Object.freeze({ close: 'closed' }),
  cancelled: Object.freeze({}),
  closed: Object.freeze({}),
} satisfies OrderTransitionTable);
