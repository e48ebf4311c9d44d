import type { Money, OrderEvent } from '../schema';
import type { Hold, HoldReason } from './hold';
import type { VelocityState } from './velocity-state';

/** What evaluating holds needs besides the order and the config; all optional, all plain data. */
export interface HoldContext {
  /** The events the upsert of this order produced (`order-address-changed`, `order-refund-requested`, ...). */
  readonly events?: readonly OrderEvent[];
  /** Recent orders for velocity rules; without it velocity rules count only this order. */
  readonly velocity?: VelocityState;
  /** The client IP of the order, when the platform or the host knows it. */
  readonly ip?: string;
  /** Holds the order already has (active or released), so rules do not place duplicates. */
  readonly existingHolds?: readonly Hold[];
  /** The host's list price per unit by seller SKU, preferred over the platform's unit price. */
  readonly referencePrices?: Readonly<Record<string, Money>>;
}

/**
 * What a rule found: the reason, and a fingerprint of what triggered it (for the hold's key).
 *
 * @internal
 */
export interface HoldFinding {
  readonly reason: HoldReason;
  readonly fingerprint: string;
}
