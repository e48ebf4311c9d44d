import type { QuotaShortage, ReservationPlan } from '../contracts/stores';
import type { ChannelQuotaLedger } from './channel-quota-ledger';
import { quotaHeadroom, reserveQuota } from './channel-quota-ledger';

/** The outcome of {@link checkPlanQuotas}. */
export type PlanQuotaResult =
  | { readonly ok: true; readonly ledgers: Readonly<Record<string, ChannelQuotaLedger>> }
  | { readonly ok: false; readonly reason: 'quota_exceeded'; readonly shortages: readonly QuotaShortage[] };

/**
 * Checks a reservation plan against the channel quotas of its SKUs (ledgers by SKU) and, when
 * every SKU fits, returns the ledgers with the plan's units taken. All SKUs or none, like the plan
 * itself. A plan without a channel, or a SKU without a ledger, is not limited by quotas.
 */
export function checkPlanQuotas(
  ledgers: Readonly<Record<string, ChannelQuotaLedger>>,
  plan: ReservationPlan,
): PlanQuotaResult {
  const channel = plan.channel;
  if (channel === undefined) return { ok: true, ledgers };
  const perSku = new Map<string, number>();
  for (const line of plan.lines) perSku.set(line.sku, (perSku.get(line.sku) ?? 0) + line.quantity);
  const next: Record<string, ChannelQuotaLedger> = { ...ledgers };
  const shortages: QuotaShortage[] = [];
  for (const [sku, requested] of perSku) {
    const ledger = ledgers[sku];
    if (ledger === undefined) continue;
    const taken = reserveQuota(ledger, channel, requested);
    if (taken.ok) next[sku] = taken.ledger;
    else shortages.push({ sku, channel, requested, headroom: quotaHeadroom(ledger, channel) });
  }
  return shortages.length > 0
    ? { ok: false, reason: 'quota_exceeded', shortages }
    : { ok: true, ledgers: next };
}
