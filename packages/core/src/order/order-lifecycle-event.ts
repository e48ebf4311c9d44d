import type { IsoInstant } from '../schema/time';

/**
 * Every order lifecycle event type, in the order a typical order meets them.
 *
 * - `pay_deposit`: the presale deposit was paid.
 * - `pay`: the order was paid in full (the final payment, for presale).
 * - `ship_part`: some lines or parcels left the warehouse, not all.
 * - `ship`: everything has shipped.
 * - `deliver`: the carrier reported delivery, or the buyer signed for it.
 * - `complete`: the buyer confirmed receipt, or the platform finished the trade.
 * - `cancel`: the order was cancelled before payment.
 * - `close`: the order was closed after payment, usually because everything was refunded.
 */
export const orderLifecycleEventTypes = [
  'pay_deposit',
  'pay',
  'ship_part',
  'ship',
  'deliver',
  'complete',
  'cancel',
  'close',
] as const;

/** The type of an order lifecycle event (`pay`, `ship`, ...). */
export type OrderLifecycleEventType = (typeof orderLifecycleEventTypes)[number];

/** Data any lifecycle event may carry. */
export interface OrderLifecycleEventData {
  /**
   * When it happened, as the platform or the warehouse reports it (ISO instant in UTC). When
   * absent, `transitionOrder` uses the env's clock.
   */
  readonly at?: IsoInstant;
}

/**
 * Something that moves an order along its lifecycle: a union discriminated on `type`, one member
 * per {@link OrderLifecycleEventType}, each carrying {@link OrderLifecycleEventData}.
 */
export type OrderLifecycleEvent = {
  [Type in OrderLifecycleEventType]: OrderLifecycleEventData & { readonly type: Type };
}[OrderLifecycleEventType];
