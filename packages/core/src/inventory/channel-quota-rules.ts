import { splitByWeight } from './largest-remainder';

/**
 * How much of a SKU's pool one channel may hold. `fixed` is a number of units, `percent` a share
 * of the pool (0-100, rounded down); `minimum` is a floor the channel keeps even when the others
 * ask for more. A rule with neither `fixed` nor `percent` asks for its `minimum` only.
 */
export interface ChannelQuotaRule {
  readonly channel: string;
  readonly fixed?: number;
  readonly percent?: number;
  readonly minimum?: number;
}

/** Quotas per channel and what no channel was given. */
export interface QuotaAllocation {
  readonly quotas: Readonly<Record<string, number>>;
  /** Units of the pool no quota promises (`pool - sum(quotas)`, never negative). */
  readonly unallocated: number;
}

/** What a rule asks for out of `pool`, before the pool's limit is applied. */
export function requestedQuota(rule: ChannelQuotaRule, pool: number): number {
  const base =
    rule.fixed !== undefined
      ? rule.fixed
      : rule.percent !== undefined
        ? Math.floor((pool * Math.min(100, Math.max(0, rule.percent))) / 100)
        : 0;
  return Math.max(0, Math.floor(Math.max(base, rule.minimum ?? 0)));
}

/**
 * Turns quota rules into whole-unit quotas that never promise more than `pool` holds. When the
 * rules ask for more than the pool, minimums are served first (split by size if even they do not
 * fit), then what each asks beyond its minimum is cut in proportion. Channels without a rule get
 * no entry (quota 0).
 *
 * @example
 * allocateChannelQuotas(100, [{ channel: 'taobao', percent: 60 }, { channel: 'jd', fixed: 30 }]);
 * // { quotas: { taobao: 60, jd: 30 }, unallocated: 10 }
 */
export function allocateChannelQuotas(pool: number, rules: readonly ChannelQuotaRule[]): QuotaAllocation {
  const units = Math.max(0, Math.floor(pool));
  const asked = rules.map((rule) => requestedQuota(rule, units));
  const floors = rules.map((rule, index) =>
    Math.min(Math.max(0, Math.floor(rule.minimum ?? 0)), asked[index] ?? 0),
  );
  const totalAsked = asked.reduce((sum, value) => sum + value, 0);
  const totalFloors = floors.reduce((sum, value) => sum + value, 0);
  let given: number[];
  if (totalAsked <= units) given = asked;
  else if (totalFloors >= units) given = splitByWeight(units, floors);
  else {
    const extras = asked.map((value, index) => value - (floors[index] ?? 0));
    const shared = splitByWeight(units - totalFloors, extras);
    given = floors.map((floor, index) => floor + (shared[index] ?? 0));
  }
  const quotas: Record<string, number> = {};
  rules.forEach((rule, index) => {
    quotas[rule.channel] = (quotas[rule.channel] ?? 0) + (given[index] ?? 0);
  });
  const allocated = Object.values(quotas).reduce((sum, value) => sum + value, 0);
  return { quotas, unallocated: Math.max(0, units - allocated) };
}
