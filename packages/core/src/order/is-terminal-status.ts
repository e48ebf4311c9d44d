import type { OrderStatus } from '../schema/order';
import { orderTransitions } from './order-transitions';

/**
 * True when no event leaves `status` in {@link orderTransitions}: `cancelled` and `closed`.
 * (`completed` is not terminal: a completed trade can still be closed by a full refund.)
 */
export function isTerminalStatus(status: OrderStatus): boolean {
  return Object.keys(orderTransitions[status]).length === 0;
}
