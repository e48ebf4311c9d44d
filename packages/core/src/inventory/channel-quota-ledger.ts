import type { QuotaAllocation } from './channel-quota-rules';
import { splitByWeight } from './largest-remainder';

/** One channel's share of a SKU: what it may hold in open reservations, and what it holds. */
export interface ChannelQuota {
  /** Units promised to the channel, including those it has reserved. */
  readonly quota: number;
  /** Units the channel holds in open reservations. */
  readonly reserved: number;
}

/**
 * The quotas of one SKU's pool. Invariants (see {@link quotaViolations}): every channel has
 * `0 <= reserved <= quota`, and the quotas together never promise more than `pool`.
 */
export interface ChannelQuotaLedger {
  readonly sku: string;
  /** Units the channels share: on hand less safety stock, over every warehouse of the SKU. */
  readonly pool: number;
  readonly channels: Readonly<Record<string, ChannelQuota>>;
}

/** The outcome of a quota operation: the next ledger, or why nothing changed. */
export type QuotaResult =
  | { readonly ok: true; readonly ledger: ChannelQuotaLedger }
  | {
      readonly ok: false;
      readonly reason: 'quota_exceeded' | 'insufficient_reserved' | 'below_reserved' | 'exceeds_pool';
      /** For `quota_exceeded`: what the channel could still take. */
      readonly headroom?: number;
    };

/** A ledger for `sku` with the quotas of an allocation and nothing reserved. */
export function createQuotaLedger(
  sku: string,
  pool: number,
  allocation: QuotaAllocation,
): ChannelQuotaLedger {
  const channels: Record<string, ChannelQuota> = {};
  for (const [channel, quota] of Object.entries(allocation.quotas))
    channels[channel] = { quota, reserved: 0 };
  return { sku, pool, channels };
}

const channelOf = (ledger: ChannelQuotaLedger, channel: string): ChannelQuota =>
  ledger.channels[channel] ?? { quota: 0, reserved: 0 };

const withChannel = (
  ledger: ChannelQuotaLedger,
  channel: string,
  next: ChannelQuota,
  pool = ledger.pool,
) => ({
  ...ledger,
  pool,
  channels: { ...ledger.channels, [channel]: next },
});

/** Units promised by all quotas together. */
export function totalQuota(ledger: ChannelQuotaLedger): number {
  return Object.values(ledger.channels).reduce((sum, entry) => sum + entry.quota, 0);
}

/** Units of the pool no quota promises: what flows back and what rebalancing hands out. */
export function unallocatedUnits(ledger: ChannelQuotaLedger): number {
  return Math.max(0, ledger.pool - totalQuota(ledger));
}

/** What `channel` may still reserve: its quota less what it holds (0 for a channel without one). */
export function quotaHeadroom(ledger: ChannelQuotaLedger, channel: string): number {
  const entry = channelOf(ledger, channel);
  return Math.max(0, entry.quota - entry.reserved);
}

/** Takes `quantity` of the channel's quota for a reservation; refused beyond its headroom. */
export function reserveQuota(ledger: ChannelQuotaLedger, channel: string, quantity: number): QuotaResult {
  const headroom = quotaHeadroom(ledger, channel);
  if (quantity > headroom) return { ok: false, reason: 'quota_exceeded', headroom };
  const entry = channelOf(ledger, channel);
  return {
    ok: true,
    ledger: withChannel(ledger, channel, { ...entry, reserved: entry.reserved + quantity }),
  };
}

/** A release: the units go back to the channel's headroom (its quota is unchanged). */
export function releaseQuota(ledger: ChannelQuotaLedger, channel: string, quantity: number): QuotaResult {
  const entry = channelOf(ledger, channel);
  if (quantity > entry.reserved) return { ok: false, reason: 'insufficient_reserved' };
  return {
    ok: true,
    ledger: withChannel(ledger, channel, { ...entry, reserved: entry.reserved - quantity }),
  };
}

/** A deduct (shipment): the units leave the pool, the channel's reservation and its quota. */
export function deductQuota(ledger: ChannelQuotaLedger, channel: string, quantity: number): QuotaResult {
  const entry = channelOf(ledger, channel);
  if (quantity > entry.reserved) return { ok: false, reason: 'insufficient_reserved' };
  const next = { quota: entry.quota - quantity, reserved: entry.reserved - quantity };
  return { ok: true, ledger: withChannel(ledger, channel, next, ledger.pool - quantity) };
}

/**
 * A stock adjustment of `delta` units. Receipts add to the unallocated part. Losses come out of
 * the unallocated part first, then out of the channels' headroom in proportion to it, so quotas
 * never promise more than the shrunken pool; refused when the pool would fall below what is held.
 */
export function adjustQuotaPool(ledger: ChannelQuotaLedger, delta: number): QuotaResult {
  const pool = ledger.pool + delta;
  const held = Object.values(ledger.channels).reduce((sum, entry) => sum + entry.reserved, 0);
  if (pool < held) return { ok: false, reason: 'below_reserved' };
  const excess = totalQuota(ledger) - pool;
  if (excess <= 0) return { ok: true, ledger: { ...ledger, pool } };
  const names = Object.keys(ledger.channels);
  const headrooms = names.map((name) => quotaHeadroom(ledger, name));
  const cuts = splitByWeight(excess, headrooms);
  const channels: Record<string, ChannelQuota> = { ...ledger.channels };
  names.forEach((name, index) => {
    const entry = channelOf(ledger, name);
    channels[name] = { ...entry, quota: entry.quota - (cuts[index] ?? 0) };
  });
  return { ok: true, ledger: { ...ledger, pool, channels } };
}

/** Sets one channel's quota (a quota change); never below what it holds nor beyond the pool. */
export function setChannelQuota(ledger: ChannelQuotaLedger, channel: string, quota: number): QuotaResult {
  const entry = channelOf(ledger, channel);
  if (quota < entry.reserved) return { ok: false, reason: 'below_reserved' };
  if (totalQuota(ledger) - entry.quota + quota > ledger.pool) return { ok: false, reason: 'exceeds_pool' };
  return { ok: true, ledger: withChannel(ledger, channel, { ...entry, quota }) };
}

/** An explicit emergency transfer of `quantity` units of unused quota from one channel to another. */
export function transferQuota(
  ledger: ChannelQuotaLedger,
  from: string,
  to: string,
  quantity: number,
): QuotaResult {
  const headroom = quotaHeadroom(ledger, from);
  if (quantity > headroom) return { ok: false, reason: 'quota_exceeded', headroom };
  if (from === to) return { ok: true, ledger };
  const source = channelOf(ledger, from);
  const target = channelOf(ledger, to);
  const moved = withChannel(ledger, from, { ...source, quota: source.quota - quantity });
  return { ok: true, ledger: withChannel(moved, to, { ...target, quota: target.quota + quantity }) };
}

/** Hands the unused quota of `channels` (default: all) back to the pool: each keeps only what it holds. */
export function returnUnusedQuota(
  ledger: ChannelQuotaLedger,
  channels?: readonly string[],
): ChannelQuotaLedger {
  const names = channels ?? Object.keys(ledger.channels);
  const next: Record<string, ChannelQuota> = { ...ledger.channels };
  for (const name of names) {
    const entry = ledger.channels[name];
    if (entry !== undefined) next[name] = { ...entry, quota: entry.reserved };
  }
  return { ...ledger, channels: next };
}

/** Broken invariants of a ledger, as messages; empty when it is sound. */
export function quotaViolations(ledger: ChannelQuotaLedger): string[] {
  const problems: string[] = [];
  for (const [name, entry] of Object.entries(ledger.channels)) {
    if (entry.reserved < 0) problems.push(`${name}: reserved ${entry.reserved} is negative`);
    if (entry.reserved > entry.quota)
      problems.push(`${name}: reserved ${entry.reserved} exceeds quota ${entry.quota}`);
  }
  const total = totalQuota(ledger);
  if (total > ledger.pool) problems.push(`quotas promise ${total} of a pool of ${ledger.pool}`);
  if (ledger.pool < 0) problems.push(`pool ${ledger.pool} is negative`);
  return problems;
}
