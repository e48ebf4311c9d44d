import type {
  ChannelQuotaState,
  QuotaShortage,
  ReservationPlan,
  StockChangeResult,
} from '../contracts/stores';
import {
  compareText,
  requireEpochMs,
  requireNonNegativeInteger,
  requirePositiveInteger,
  requireText,
} from './memory-checks';
import { once } from './memory-inventory-changes';
import { reservationRecords } from './memory-inventory-records';
import type { MemoryInventoryState, MutableQuota } from './memory-inventory-state';

/** The map key of a channel quota; NUL cannot occur in a SKU code or channel name. */
export function quotaKey(sku: string, channel: string): string {
  return `${sku}\u0000${channel}`;
}

/**
 * Checks a plan that has a channel against that channel's quotas: undefined when none of its
 * SKUs has one, the SKUs it would take beyond their headroom (by SKU), or the units to hold
 * against each quota ({@link holdQuotas}) once the stock is taken too.
 */
export function checkQuotas(
  state: MemoryInventoryState,
  plan: ReservationPlan,
): Map<MutableQuota, number> | QuotaShortage[] | undefined {
  const channel = plan.channel;
  if (channel === undefined) return undefined;
  let units: Map<MutableQuota, number> | undefined;
  for (const line of plan.lines) {
    const quota = state.quotas.get(quotaKey(line.sku, channel));
    if (quota === undefined) continue;
    units ??= new Map();
    units.set(quota, (units.get(quota) ?? 0) + line.quantity);
  }
  if (units === undefined) return undefined;
  let shortages: QuotaShortage[] | undefined;
  for (const [quota, requested] of units) {
    const headroom = quota.quota - quota.reserved;
    if (requested > headroom) {
      shortages ??= [];
      shortages.push({ sku: quota.sku, channel: quota.channel, requested, headroom });
    }
  }
  // By SKU (code units), as every store lists them, whatever the order of the plan's lines.
  return shortages === undefined ? units : shortages.sort((a, b) => compareText(a.sku, b.sku));
}

/** Holds a plan's units against its channel's quotas (after {@link checkQuotas} let it through). */
export function holdQuotas(units: ReadonlyMap<MutableQuota, number>): void {
  for (const [quota, requested] of units) quota.reserved += requested;
}

/** A deduct or release of a channel's reservation: reserved drops; a deduct uses quota up too. */
export function settleQuota(
  state: MemoryInventoryState,
  sku: string,
  channel: string | undefined,
  quantity: number,
  deducting: boolean,
): void {
  if (channel === undefined) return;
  const quota = state.quotas.get(quotaKey(sku, channel));
  if (quota === undefined) return;
  quota.reserved = Math.max(0, quota.reserved - quantity);
  if (deducting) quota.quota = Math.max(quota.reserved, quota.quota - quantity);
}

/** Units the channel holds in open reservations of the SKU (a new quota starts from these). */
function heldBy(state: MemoryInventoryState, sku: string, channel: string): number {
  let held = 0;
  for (const record of reservationRecords(state)) {
    if (record.sku === sku && record.channel === channel && record.state === 'open') held += record.quantity;
  }
  return held;
}

/** `InventoryStore.setChannelQuota` on the in-memory state. */
export function setChannelQuota(
  state: MemoryInventoryState,
  key: string,
  input: { sku: string; channel: string; quota: number },
  now: number,
): StockChangeResult {
  requireText(key, ['key']);
  const sku = requireText(input.sku, ['sku']);
  const channel = requireText(input.channel, ['channel']);
  const quota = requireNonNegativeInteger(input.quota, ['quota']);
  requireEpochMs(now, ['now']);
  return once(state, key, JSON.stringify(['quota', sku, channel, quota]), () => {
    const id = quotaKey(sku, channel);
    const current = state.quotas.get(id);
    const reserved = current?.reserved ?? heldBy(state, sku, channel);
    if (quota < reserved) return { ok: false, reason: 'below_reserved', replayed: false };
    if (current === undefined) state.quotas.set(id, { sku, channel, quota, reserved });
    else current.quota = quota;
    return { ok: true, replayed: false };
  });
}

/** `InventoryStore.transferChannelQuota` on the in-memory state. */
export function transferChannelQuota(
  state: MemoryInventoryState,
  key: string,
  input: { sku: string; from: string; to: string; quantity: number },
  now: number,
): StockChangeResult {
  requireText(key, ['key']);
  const sku = requireText(input.sku, ['sku']);
  const from = requireText(input.from, ['from']);
  const to = requireText(input.to, ['to']);
  const quantity = requirePositiveInteger(input.quantity, ['quantity']);
  requireEpochMs(now, ['now']);
  return once(state, key, JSON.stringify(['transfer', sku, from, to, quantity]), () => {
    const source = state.quotas.get(quotaKey(sku, from));
    if (source === undefined) return { ok: false, reason: 'not_found', replayed: false };
    if (source.quota - source.reserved < quantity)
      return { ok: false, reason: 'below_reserved', replayed: false };
    if (from === to) return { ok: true, replayed: false };
    const targetKey = quotaKey(sku, to);
    let target = state.quotas.get(targetKey);
    if (target === undefined) {
      // A new quota counts what the channel already holds, and gets the transfer on top.
      const held = heldBy(state, sku, to);
      target = { sku, channel: to, quota: held, reserved: held };
      state.quotas.set(targetKey, target);
    }
    source.quota -= quantity;
    target.quota += quantity;
    return { ok: true, replayed: false };
  });
}

/** `InventoryStore.listChannelQuotas`: copies, by SKU then channel (code-unit order). */
export function listChannelQuotas(state: MemoryInventoryState, sku?: string): ChannelQuotaState[] {
  return [...state.quotas.values()]
    .filter((quota) => sku === undefined || quota.sku === sku)
    .sort((a, b) => compareText(a.sku, b.sku) || compareText(a.channel, b.channel))
    .map(({ sku: s, channel, quota, reserved }) => ({ sku: s, channel, quota, reserved }));
}
