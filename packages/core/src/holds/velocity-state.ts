import { addressHash, receiverKey } from '../order-merge';
import type { Order } from '../schema';
import type { VelocityDimension } from './hold';

/**
 * One order as velocity rules see it: when it was placed and the keys it is counted under.
 * Keys are opaque (buyer token, {@link receiverKey}, {@link addressHash}); `ip` is the client IP
 * when the host knows it.
 */
export interface VelocityEntry {
  readonly orderId: string;
  /** When the order was placed (ISO instant). */
  readonly at: string;
  readonly buyer?: string;
  readonly receiver?: string;
  readonly address?: string;
  readonly ip?: string;
}

/**
 * The history velocity rules count over: a small, serialisable accumulator of recent orders,
 * sorted by time. Keep one per shop (or per seller, to count across shops) and thread it
 * through {@link recordOrderForVelocity}; hosts with a database can instead build it from a
 * query with {@link velocityEntryOf}.
 */
export interface VelocityState {
  readonly entries: readonly VelocityEntry[];
}

/** A state with no history. */
export const emptyVelocityState: VelocityState = { entries: [] };

/** Default history kept by {@link recordOrderForVelocity}: 7 days. */
export const defaultVelocityRetainMs = 7 * 24 * 60 * 60 * 1000;

/** The velocity entry of an order, with the client IP when known. */
export function velocityEntryOf(order: Order, ip?: string): VelocityEntry {
  return {
    orderId: order.id,
    at: order.createdAt,
    ...(order.buyerToken === undefined || order.buyerToken === '' ? {} : { buyer: order.buyerToken }),
    receiver: receiverKey(order.receiver),
    address: addressHash(order.receiver),
    ...(ip === undefined || ip === '' ? {} : { ip }),
  };
}

/**
 * The key of an entry in one dimension.
 *
 * @internal
 */
export function velocityKey(entry: VelocityEntry, dimension: VelocityDimension): string | undefined {
  return entry[dimension];
}

/**
 * Records an order in the velocity history and returns the new state (the old one is not
 * touched). Idempotent by order id: recording an order again replaces its entry. Entries more
 * than `retainMs` older than the newest entry are dropped, so the state stays small without
 * reading a clock.
 */
export function recordOrderForVelocity(
  state: VelocityState,
  order: Order,
  options: { readonly ip?: string; readonly retainMs?: number } = {},
): VelocityState {
  const entry = velocityEntryOf(order, options.ip);
  const entries = [...state.entries.filter((existing) => existing.orderId !== order.id), entry];
  entries.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || (a.orderId < b.orderId ? -1 : 1));
  const newest = Date.parse(entries[entries.length - 1]?.at ?? entry.at);
  const oldest = newest - (options.retainMs ?? defaultVelocityRetainMs);
  return { entries: entries.filter((existing) => Date.parse(existing.at) >= oldest) };
}
