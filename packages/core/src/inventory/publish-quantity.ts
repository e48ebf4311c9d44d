import type { InventoryItem } from '../schema/inventory';
import type { ChannelQuotaLedger } from './channel-quota-ledger';
import { quotaHeadroom } from './channel-quota-ledger';

/**
 * How a shop's sellable quantity is published, with the knobs ERP users expect. Applied in this
 * order: reserved units counted per `reservedCounts`; `percent`; `offset`; `minimum`; `zeroBelow`;
 * the channel's quota; `maximum`; never below 0.
 */
export interface PublishRule {
  /** Share of the sellable quantity to show, 0-100, rounded down (default 100). */
  readonly percent?: number;
  /** Units added after the percentage: negative holds units back, positive shows virtual stock. */
  readonly offset?: number;
  /** Show at least this many (but never more than is sellable) while anything is sellable. */
  readonly minimum?: number;
  /** Show at most this many. */
  readonly maximum?: number;
  /** Show 0 while fewer than this many are sellable (stop selling the last units online). */
  readonly zeroBelow?: number;
  /**
   * Which open reservations lower what is shown: `all` (default); `other_channels`, for
   * platforms that already took their own unshipped orders off the shown stock; `none`.
   */
  readonly reservedCounts?: 'all' | 'other_channels' | 'none';
  /** Only these warehouses feed the shop (default: every warehouse). */
  readonly warehouses?: readonly string[];
}

/** One shop to publish to. */
export interface PublishTarget {
  readonly shopId: string;
  readonly channel: string;
  readonly rule?: PublishRule;
}

/** What a shop should show for a SKU, with the sellable quantity it came from. */
export interface PublishQuantity {
  readonly shopId: string;
  readonly channel: string;
  readonly sku: string;
  /** The number to send to the platform. */
  readonly quantity: number;
  /** On hand less safety stock less the reserved units that count, over the shop's warehouses. */
  readonly sellable: number;
  /** True when the quantity shows more than is sellable (a positive offset): oversell is possible. */
  readonly exceedsSellable: boolean;
}

/** Inputs of {@link publishQuantities} for one SKU. */
export interface PublishInput {
  readonly sku: string;
  /** The SKU's stock rows. */
  readonly items: readonly InventoryItem[];
  /** Open reserved units per channel and warehouse: `reservedByChannel[channel][warehouseId]`. */
  readonly reservedByChannel?: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** The SKU's channel quotas, when quotas are in force. */
  readonly quotas?: ChannelQuotaLedger;
}

/** The quantity each shop should show for one SKU. Pure: the caller sends the numbers. */
export function publishQuantities(input: PublishInput, targets: readonly PublishTarget[]): PublishQuantity[] {
  return targets.map((target) => publishQuantity(input, target));
}

function publishQuantity(input: PublishInput, target: PublishTarget): PublishQuantity {
  const rule = target.rule ?? {};
  const counts = rule.reservedCounts ?? 'all';
  const rows = input.items.filter(
    (item) =>
      item.sku === input.sku && (rule.warehouses === undefined || rule.warehouses.includes(item.warehouseId)),
  );
  const own = input.reservedByChannel?.[target.channel] ?? {};
  let sellable = 0;
  for (const item of rows) {
    const ownReserved = Math.min(item.reserved, own[item.warehouseId] ?? 0);
    const counted = counts === 'all' ? item.reserved : counts === 'none' ? 0 : item.reserved - ownReserved;
    sellable += Math.max(0, item.onHand - item.safetyStock - counted);
  }
  const percent = Math.min(100, Math.max(0, rule.percent ?? 100));
  let quantity = Math.floor((sellable * percent) / 100) + Math.trunc(rule.offset ?? 0);
  if (sellable > 0 && rule.minimum !== undefined)
    quantity = Math.max(quantity, Math.min(rule.minimum, sellable));
  if (rule.zeroBelow !== undefined && sellable < rule.zeroBelow) quantity = 0;
  if (input.quotas?.channels[target.channel] !== undefined) {
    const ownHeld = counts === 'all' ? 0 : Object.values(own).reduce((sum, value) => sum + value, 0);
    quantity = Math.min(quantity, quotaHeadroom(input.quotas, target.channel) + ownHeld);
  }
  if (rule.maximum !== undefined) quantity = Math.min(quantity, rule.maximum);
  quantity = Math.max(0, quantity);
  return {
    shopId: target.shopId,
    channel: target.channel,
    sku: input.sku,
    quantity,
    sellable,
    exceedsSellable: quantity > sellable,
  };
}
