import type { ChannelQuota, ChannelQuotaLedger } from './channel-quota-ledger';
import { splitByWeight } from './largest-remainder';

/** Recent demand of one channel for a SKU, the input of {@link rebalanceQuotas}. */
export interface ChannelDemand {
  readonly channel: string;
  /** Units sold per day recently (e.g. a 7-day average). */
  readonly velocityPerDay: number;
  /** Units in orders accepted but not yet reserved (in flight). */
  readonly inFlight?: number;
  /** Headroom the channel keeps whatever its demand (e.g. a contractual minimum). */
  readonly minimumHeadroom?: number;
}

/** Options of {@link rebalanceQuotas}. */
export interface RebalanceOptions {
  /** Days of sales the free stock should cover (weights velocity against in-flight orders). Default 3. */
  readonly horizonDays?: number;
  /** Units left unallocated as a buffer for emergency transfers. Default 0. */
  readonly keepUnallocated?: number;
}

/**
 * Redistributes the free part of the pool (pool less everything held, less the buffer) among the
 * channels: minimum headrooms first, the rest in proportion to `velocityPerDay * horizonDays +
 * inFlight`. Every channel keeps what it holds, so the result never breaks a reservation, and the
 * quotas never promise more than the pool. Channels of the ledger missing from `demand` keep only
 * what they hold (their unused quota flows back).
 */
export function rebalanceQuotas(
  ledger: ChannelQuotaLedger,
  demand: readonly ChannelDemand[],
  options: RebalanceOptions = {},
): ChannelQuotaLedger {
  const horizon = options.horizonDays ?? 3;
  const names = [...new Set([...Object.keys(ledger.channels), ...demand.map((entry) => entry.channel)])];
  const held = names.map((name) => ledger.channels[name]?.reserved ?? 0);
  const totalHeld = held.reduce((sum, value) => sum + value, 0);
  const free = Math.max(0, ledger.pool - totalHeld - Math.max(0, Math.floor(options.keepUnallocated ?? 0)));
  const demandOf = (name: string) => demand.find((entry) => entry.channel === name);
  const minimums = names.map((name) => Math.max(0, Math.floor(demandOf(name)?.minimumHeadroom ?? 0)));
  const totalMinimum = minimums.reduce((sum, value) => sum + value, 0);
  const floors = totalMinimum <= free ? minimums : splitByWeight(free, minimums);
  const rest = free - floors.reduce((sum, value) => sum + value, 0);
  const weights = names.map((name) => {
    const entry = demandOf(name);
    if (entry === undefined) return 0;
    return Math.max(0, entry.velocityPerDay) * horizon + Math.max(0, entry.inFlight ?? 0);
  });
  const shares = splitByWeight(rest, weights);
  const channels: Record<string, ChannelQuota> = {};
  names.forEach((name, index) => {
    const reserved = held[index] ?? 0;
    channels[name] = { reserved, quota: reserved + (floors[index] ?? 0) + (shares[index] ?? 0) };
  });
  return { ...ledger, channels };
}
