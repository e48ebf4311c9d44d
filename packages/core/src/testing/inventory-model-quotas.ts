import type { QuotaShortage, ReservationPlan, StockChangeResult } from '../contracts/stores';
import type { InventoryModel, ModelQuota } from './inventory-model';
import { modelQuotaKey } from './inventory-model';

/**
 * The SKUs whose channel quota a plan would exceed, ordered by SKU (UTF-16 code units); empty
 * when it fits or is not limited (no channel, or no quota for its channel and SKU).
 */
export function modelQuotaShortages(model: InventoryModel, plan: ReservationPlan): QuotaShortage[] {
  const { channel } = plan;
  if (channel === undefined) return [];
  const requested = new Map<string, number>();
  for (const { sku, quantity } of plan.lines) requested.set(sku, (requested.get(sku) ?? 0) + quantity);
  const shortages: QuotaShortage[] = [];
  for (const [sku, units] of requested) {
    const quota = model.quotas.get(modelQuotaKey(sku, channel));
    if (quota !== undefined && units > quota.quota - quota.reserved)
      shortages.push({ sku, channel, requested: units, headroom: quota.quota - quota.reserved });
  }
  return shortages.sort((a, b) => (a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0));
}

/** Units a channel holds in open reservations of a SKU: where a new quota of it starts. */
export function modelHeldBy(model: InventoryModel, sku: string, channel: string): number {
  let held = 0;
  for (const reservation of model.reservations.values())
    if (reservation.sku === sku && reservation.channel === channel) held += reservation.quantity;
  return held;
}

/** `setChannelQuota` in the model; returns the result the store must give. */
export function modelSetQuota(
  model: InventoryModel,
  sku: string,
  channel: string,
  quota: number,
): StockChangeResult {
  const key = modelQuotaKey(sku, channel);
  const current = model.quotas.get(key);
  const reserved = current?.reserved ?? modelHeldBy(model, sku, channel);
  if (quota < reserved) return { ok: false, reason: 'below_reserved', replayed: false };
  if (current === undefined) model.quotas.set(key, { quota, reserved });
  else current.quota = quota;
  return { ok: true, replayed: false };
}

/** `transferChannelQuota` in the model; returns the result the store must give. */
export function modelTransferQuota(
  model: InventoryModel,
  sku: string,
  from: string,
  to: string,
  quantity: number,
): StockChangeResult {
  const source = model.quotas.get(modelQuotaKey(sku, from));
  if (source === undefined) return { ok: false, reason: 'not_found', replayed: false };
  if (source.quota - source.reserved < quantity)
    return { ok: false, reason: 'below_reserved', replayed: false };
  if (from === to) return { ok: true, replayed: false };
  let target: ModelQuota | undefined = model.quotas.get(modelQuotaKey(sku, to));
  if (target === undefined) {
    // A channel that already holds units starts its quota from them, as setChannelQuota does.
    const held = modelHeldBy(model, sku, to);
    target = { quota: held, reserved: held };
    model.quotas.set(modelQuotaKey(sku, to), target);
  }
  source.quota -= quantity;
  target.quota += quantity;
  return { ok: true, replayed: false };
}
