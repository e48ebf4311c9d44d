import { expect, it } from 'vitest';
import type { InventoryStore, ReservationPlan } from '../contracts/stores';
import type { ConformanceContext } from './storage-conformance-context';
import { baseTime, concurrently } from './storage-conformance-helpers';
import {
  buildPlan,
  expectInventoryInvariants,
  sku,
  warehouse,
} from './storage-conformance-inventory-support';

const other = 'wh-other';
const withChannel = (plan: ReservationPlan, channel: string | undefined): ReservationPlan => {
  const { channel: _channel, ...rest } = plan;
  return channel === undefined ? rest : { ...rest, channel };
};

/** The quota methods of a store, which must all be there for this capability. */
function quotas(store: InventoryStore) {
  const { setChannelQuota, transferChannelQuota, listChannelQuotas } = store;
  if (setChannelQuota === undefined || transferChannelQuota === undefined || listChannelQuotas === undefined)
    throw new Error(
      'storage conformance: inventoryQuotas needs setChannelQuota, transferChannelQuota and listChannelQuotas',
    );
  return {
    set: (key: string, channel: string, quota: number) =>
      setChannelQuota.call(store, key, { sku, channel, quota }, baseTime),
    transfer: (key: string, from: string, to: string, quantity: number) =>
      transferChannelQuota.call(store, key, { sku, from, to, quantity }, baseTime),
    list: () => listChannelQuotas.call(store, sku),
  };
}

/**
 * The `inventoryQuotas` capability: per-channel quotas enforced inside `reserve` (across the
 * SKU's warehouses, all lines or none), used up by deducts, freed by releases, changed and
 * transferred idempotently, and never exceeded by concurrent callers.
 */
export function inventoryQuotaConformanceCases(context: ConformanceContext): void {
  it('limits a channel to its quota over every warehouse, and leaves other channels alone', async () => {
    const { stores, raw } = context;
    const q = quotas(stores.inventory);
    await stores.inventory.setStock({ sku, warehouseId: warehouse, onHand: 10 });
    await stores.inventory.setStock({ sku, warehouseId: other, onHand: 10 });
    expect(await q.set('quota-1', 'taobao', 5)).toEqual({ ok: true, replayed: false });
    expect((await stores.inventory.reserve(buildPlan('a', [[sku, warehouse, 3]]), baseTime)).ok).toBe(true);
    const refused = await stores.inventory.reserve(buildPlan('b', [[sku, other, 3]]), baseTime);
    expect(refused).toEqual({
      ok: false,
      reason: 'quota_exceeded',
      quotaShortages: [{ sku, channel: 'taobao', requested: 3, headroom: 2 }],
      replayed: false,
    });
    expect(await raw.readInventoryRow(sku, other)).toMatchObject({ reserved: 0 });
    expect(
      (await stores.inventory.reserve(withChannel(buildPlan('c', [[sku, other, 8]]), 'jd'), baseTime)).ok,
    ).toBe(true);
    expect(
      (await stores.inventory.reserve(withChannel(buildPlan('d', [[sku, other, 1]]), undefined), baseTime))
        .ok,
    ).toBe(true);
    expect(await q.list()).toEqual([{ sku, channel: 'taobao', quota: 5, reserved: 3 }]);
    // The refusal is remembered under its key, even once the quota would allow it.
    await q.set('quota-2', 'taobao', 9);
    expect(await stores.inventory.reserve(buildPlan('b', [[sku, other, 3]]), baseTime)).toMatchObject({
      ok: false,
      reason: 'quota_exceeded',
      replayed: true,
    });
    await expectInventoryInvariants(raw, [
      [sku, warehouse],
      [sku, other],
    ]);
  });

  it('counts a plan over all its lines of the SKU, all or none', async () => {
    const { stores, raw } = context;
    const q = quotas(stores.inventory);
    await stores.inventory.setStock({ sku, warehouseId: warehouse, onHand: 10 });
    await stores.inventory.setStock({ sku, warehouseId: other, onHand: 10 });
    await q.set('quota-1', 'taobao', 4);
    const refused = await stores.inventory.reserve(
      buildPlan('two', [
        [sku, warehouse, 2],
        [sku, other, 3],
      ]),
      baseTime,
    );
    expect(refused).toMatchObject({
      ok: false,
      reason: 'quota_exceeded',
      quotaShortages: [{ requested: 5, headroom: 4 }],
    });
    expect(await raw.readInventoryRow(sku, warehouse)).toMatchObject({ reserved: 0 });
    expect(await q.list()).toEqual([{ sku, channel: 'taobao', quota: 4, reserved: 0 }]);
  });

  it('frees headroom on release and uses quota up on deduct', async () => {
    const { stores } = context;
    const q = quotas(stores.inventory);
    await stores.inventory.setStock({ sku, warehouseId: warehouse, onHand: 10 });
    await q.set('quota-1', 'taobao', 5);
    const result = await stores.inventory.reserve(buildPlan('a', [[sku, warehouse, 4]]), baseTime);
    const id = result.ok ? result.reservations[0]?.id : undefined;
    if (id === undefined) throw new Error('expected a reservation');
    await stores.inventory.deduct('ship-1', id, 1, baseTime);
    expect(await q.list()).toEqual([{ sku, channel: 'taobao', quota: 4, reserved: 3 }]);
    await stores.inventory.release('cancel-1', id, 3, baseTime);
    expect(await q.list()).toEqual([{ sku, channel: 'taobao', quota: 4, reserved: 0 }]);
  });

  it('starts a new quota from what the channel already holds and refuses one below it', async () => {
    const { stores } = context;
    const q = quotas(stores.inventory);
    await stores.inventory.setStock({ sku, warehouseId: warehouse, onHand: 10 });
    await stores.inventory.reserve(buildPlan('a', [[sku, warehouse, 3]]), baseTime);
    expect(await q.set('quota-1', 'taobao', 2)).toEqual({
      ok: false,
      reason: 'below_reserved',
      replayed: false,
    });
    expect(await q.set('quota-2', 'taobao', 3)).toEqual({ ok: true, replayed: false });
    expect(await q.list()).toEqual([{ sku, channel: 'taobao', quota: 3, reserved: 3 }]);
    expect(await q.set('quota-2', 'taobao', 3)).toEqual({ ok: true, replayed: true });
    expect(await q.set('quota-2', 'taobao', 7)).toMatchObject({ ok: false, reason: 'key_conflict' });
    await expect(Promise.resolve().then(() => q.set('quota-3', 'taobao', -1))).rejects.toMatchObject({
      code: 'invalid_input',
      path: ['quota'],
    });
  });

  it('transfers quota between channels within the headroom', async () => {
    const { stores } = context;
    const q = quotas(stores.inventory);
    await stores.inventory.setStock({ sku, warehouseId: warehouse, onHand: 20 });
    expect(await q.transfer('t-0', 'taobao', 'jd', 1)).toEqual({
      ok: false,
      reason: 'not_found',
      replayed: false,
    });
    await q.set('quota-1', 'taobao', 6);
    await stores.inventory.reserve(buildPlan('a', [[sku, warehouse, 4]]), baseTime);
    expect(await q.transfer('t-1', 'taobao', 'jd', 3)).toEqual({
      ok: false,
      reason: 'below_reserved',
      replayed: false,
    });
    expect(await q.transfer('t-2', 'taobao', 'jd', 2)).toEqual({ ok: true, replayed: false });
    expect(await q.transfer('t-2', 'taobao', 'jd', 2)).toEqual({ ok: true, replayed: true });
    expect(await q.list()).toEqual([
      { sku, channel: 'jd', quota: 2, reserved: 0 },
      { sku, channel: 'taobao', quota: 4, reserved: 4 },
    ]);
  });

  it('never lets concurrent reservations exceed a quota', async () => {
    const { stores, raw } = context;
    const q = quotas(stores.inventory);
    await stores.inventory.setStock({ sku, warehouseId: warehouse, onHand: 100 });
    await q.set('quota-1', 'taobao', 10);
    const results = await concurrently(64, (index) =>
      stores.inventory.reserve(buildPlan(`race-${index}`, [[sku, warehouse, 1]]), baseTime),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(10);
    expect(results.filter((result) => !result.ok && result.reason === 'quota_exceeded')).toHaveLength(54);
    expect(await raw.readInventoryRow(sku, warehouse)).toMatchObject({ reserved: 10 });
    expect(await q.list()).toEqual([{ sku, channel: 'taobao', quota: 10, reserved: 10 }]);
    await expectInventoryInvariants(raw, [[sku, warehouse]]);
  });
}
