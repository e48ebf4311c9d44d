import type { OrderEventType } from '../schema/events';
import type { OrderStatus } from '../schema/order';

const statusEventTypes: { readonly [Status in OrderStatus]: OrderEventType | undefined } = {
  pending_payment: undefined,
  deposit_paid: 'order-deposit-paid',
  paid: 'order-paid',
  partially_shipped: 'order-partially-shipped',
  shipped: 'order-shipped',
  delivered: 'order-delivered',
  completed: 'order-completed',
  cancelled: 'order-cancelled',
  closed: 'order-closed',
};

/**
 * The domain event announcing that an order entered `status` (`paid` -> `order-paid`), or
 * `undefined` for `pending_payment`, which an order only ever starts in.
 */
export function orderStatusEventType(status: OrderStatus): OrderEventType | undefined {
  return statusEventTypes[status];
}
