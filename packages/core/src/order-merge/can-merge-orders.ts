import type { Order, OrderStatus } from '../schema';
import { hasReceiverToken, receiverKey } from './address-hash';

/**
 * Why two orders may not be fulfilled together, as a closed set of codes:
 *
 * - `same_order`: both sides are the same order.
 * - `different_shop`, `different_channel`: orders of different shops or platforms never merge.
 * - `different_receiver`: their {@link receiverKey}s differ (or, with `requireReceiverToken`,
 *   one of them has no platform token to compare).
 * - `already_shipped`: one of them has shipped units or a shipped status.
 * - `not_awaiting_shipment`: one of them is not `paid` for another reason (unpaid, presale
 *   deposit only, cancelled, closed).
 * - `held`: one of them has an active hold, or the platform blocks its shipment.
 * - `sealed`: one of them is sealed for fulfilment (pick list or waybill already issued).
 * - `outside_window`: they were paid further apart than the merge window.
 * - `platform_forbids`: a platform hint forbids merging them.
 */
export type MergeRefusalCode =
  | 'same_order'
  | 'different_shop'
  | 'different_channel'
  | 'different_receiver'
  | 'already_shipped'
  | 'not_awaiting_shipment'
  | 'held'
  | 'sealed'
  | 'outside_window'
  | 'platform_forbids';

/** Every {@link MergeRefusalCode}, in the order reasons are reported. */
export const mergeRefusalCodes: readonly MergeRefusalCode[] = [
  'same_order',
  'different_shop',
  'different_channel',
  'different_receiver',
  'already_shipped',
  'not_awaiting_shipment',
  'held',
  'sealed',
  'outside_window',
  'platform_forbids',
];

/**
 * What a channel adapter knows about merging one order, from the platform's own data (the core
 * never reads `platformData` itself).
 */
export interface MergeHint {
  /** The platform forbids merging this order with any other. */
  readonly forbidMerge?: boolean;
  /** The platform's merge key: orders whose keys both exist and differ must not merge. */
  readonly mergeKey?: string;
}

/** Options of {@link canMergeOrders} and {@link mergeOrders}; plain data. */
export interface MergeOptions {
  /** Largest gap between the two orders' payment times (creation time when unpaid). Default 24 h. */
  readonly windowMs?: number;
  /** Orders with an active hold (see `heldOrderIds` in holds). */
  readonly heldOrderIds?: readonly string[];
  /** Orders sealed for fulfilment: pick list printed or waybill issued. */
  readonly sealedOrderIds?: readonly string[];
  /** Platform merge hints by order id. */
  readonly hints?: Readonly<Record<string, MergeHint>>;
  /**
   * Refuse to merge receivers compared on masked text alone: both orders must carry a platform
   * token (oaid or ciphertext). Default false.
   */
  readonly requireReceiverToken?: boolean;
}

/** The result of {@link canMergeOrders}: mergeable, or every reason why not. */
export type CanMergeResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly reasons: MergeRefusalCode[] };

/** Default merge window: one day. */
export const defaultMergeWindowMs = 24 * 60 * 60 * 1000;

const shippedStatuses: ReadonlySet<OrderStatus> = new Set([
  'partially_shipped',
  'shipped',
  'delivered',
  'completed',
]);

function shipmentState(order: Order): 'ready' | 'shipped' | 'not_ready' {
  if (shippedStatuses.has(order.status) || order.lines.some((line) => line.shippedQuantity > 0))
    return 'shipped';
  return order.status === 'paid' ? 'ready' : 'not_ready';
}

function referenceTime(order: Order): number {
  return Date.parse(order.paidAt ?? order.createdAt);
}

function platformForbids(a: Order, b: Order, hints: Readonly<Record<string, MergeHint>>): boolean {
  const hintA = hints[a.id];
  const hintB = hints[b.id];
  if (hintA?.forbidMerge === true || hintB?.forbidMerge === true) return true;
  return hintA?.mergeKey !== undefined && hintB?.mergeKey !== undefined && hintA.mergeKey !== hintB.mergeKey;
}

/**
 * Whether two orders may be fulfilled as one parcel group, with every reason they may not
 * (not just the first). Symmetric: `canMergeOrders(a, b)` and `canMergeOrders(b, a)` give the
 * same answer and the same reasons, listed in {@link mergeRefusalCodes} order.
 *
 * Mergeable means: same channel and shop, same receiver ({@link receiverKey}), both `paid`
 * with nothing shipped, neither held (nor `shipBlocked`) nor sealed, paid within `windowMs` of
 * each other, and no platform hint against it. Pure; reads no clock.
 */
export function canMergeOrders(a: Order, b: Order, options: MergeOptions = {}): CanMergeResult {
  const held = new Set(options.heldOrderIds ?? []);
  const sealed = new Set(options.sealedOrderIds ?? []);
  const windowMs = options.windowMs ?? defaultMergeWindowMs;
  const states = [shipmentState(a), shipmentState(b)];
  const refused = new Set<MergeRefusalCode>();

  if (a.id === b.id) refused.add('same_order');
  if (a.shopId !== b.shopId) refused.add('different_shop');
  if (a.channel !== b.channel) refused.add('different_channel');
  const tokensMissing =
    options.requireReceiverToken === true && !(hasReceiverToken(a.receiver) && hasReceiverToken(b.receiver));
  if (tokensMissing || receiverKey(a.receiver) !== receiverKey(b.receiver)) refused.add('different_receiver');
  if (states.includes('shipped')) refused.add('already_shipped');
  if (states.includes('not_ready')) refused.add('not_awaiting_shipment');
  if (held.has(a.id) || held.has(b.id) || a.shipBlocked || b.shipBlocked) refused.add('held');
  if (sealed.has(a.id) || sealed.has(b.id)) refused.add('sealed');
  if (!(Math.abs(referenceTime(a) - referenceTime(b)) <= windowMs)) refused.add('outside_window');
  if (platformForbids(a, b, options.hints ?? {})) refused.add('platform_forbids');

  if (refused.size === 0) return { ok: true };
  return { ok: false, reasons: mergeRefusalCodes.filter((code) => refused.has(code)) };
}
