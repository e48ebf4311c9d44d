import { expect, it } from 'vitest';
import type { InventoryStore } from '../contracts/stores';
import type { ConformanceContext } from './storage-conformance-context';
import { baseTime, expectOmsError } from './storage-conformance-helpers';
import { buildPlan, sku, warehouse } from './storage-conformance-inventory-support';

const otherSku = 'MUG-BLUE';

/** The quota methods of a store, called with their own `this`. */
function quotaMethods(store: InventoryStore) {
  const { setChannelQuota, transferChannelQuota, listChannelQuotas } = store;
  if (setChannelQuota === undefined || transferChannelQuota === undefined || listChannelQuotas === undefined)
    throw new Error(
      'storage conformance: inventoryQuotas needs setChannelQuota, transferChannelQuota and listChannelQuotas',
    );
  return {
    set: (key: string, quota: { sku: string; channel: string; quota: number }) =>
      setChannelQuota.call(store, key, quota, baseTime),
    transfer: (key: string, transfer: { sku: string; from: string; to: string; quantity: number }) =>
      transferChannelQuota.call(store, key, transfer, baseTime),
    list: (of?: string) => listChannelQuotas.call(store, of),
  };
}

/**
 * More of the `inventoryQuotas` capability: shortages of every short SKU (by SKU) while SKUs
 * without a quota stay free, quota writes in the one key namespace of the inventory, listing
 * order, and bad arguments named.
 */
export function inventoryQuotaEdgeCases(context: ConformanceContext): void {
  it('lists every SKU short of quota, by SKU, and leaves SKUs without a quota unlimited', async () => {
    const { stores, raw } = context;
    const q = quotaMethods(stores.inventory);
    for (const item of [sku, otherSku, 'CAP-GREY'])
      await stores.inventory.setStock({ sku: item, warehouseId: warehouse, onHand: 20 });
    await q.set('quota-tee', { sku, channel: 'taobao', quota: 2 });
    await q.set('quota-mug', { sku: otherSku, channel: 'taobao', quota: 1 });
    const plan = buildPlan('p', [
      ['CAP-GREY', warehouse, 9],
      [sku, warehouse, 3],
      [otherSku, warehouse, 1],
      [otherSku, warehouse, 1],
    ]);
    expect(await stores.inventory.reserve(plan, baseTime)).toEqual({
      ok: false,
      reason: 'quota_exceeded',
      quotaShortages: [
        { sku: otherSku, channel: 'taobao', requested: 2, headroom: 1 },
        { sku, channel: 'taobao', requested: 3, headroom: 2 },
      ],
      replayed: false,
    });
    expect(await raw.readInventoryRow('CAP-GREY', warehouse)).toMatchObject({ reserved: 0 });
    const fits = buildPlan('fits', [
      ['CAP-GREY', warehouse, 9],
      [sku, warehouse, 2],
    ]);
    expect((await stores.inventory.reserve(fits, baseTime)).ok).toBe(true);
    expect(await q.list()).toEqual([
      { sku: otherSku, channel: 'taobao', quota: 1, reserved: 0 },
      { sku, channel: 'taobao', quota: 2, reserved: 2 },
    ]);
  });

  it('shares one key namespace with reserve, deduct, release and adjust', async () => {
    const { stores } = context;
    const q = quotaMethods(stores.inventory);
    await stores.inventory.setStock({ sku, warehouseId: warehouse, onHand: 10 });
    const conflict = { ok: false, reason: 'key_conflict', replayed: false };
    expect((await stores.inventory.reserve(buildPlan('shared', [[sku, warehouse, 1]]), baseTime)).ok).toBe(
      true,
    );
    expect(await q.set('shared', { sku, channel: 'taobao', quota: 5 })).toEqual(conflict);
    expect(await q.transfer('shared', { sku, from: 'taobao', to: 'jd', quantity: 1 })).toEqual(conflict);
    expect(await q.set('quota-1', { sku, channel: 'taobao', quota: 5 })).toEqual({
      ok: true,
      replayed: false,
    });
    expect(await q.transfer('quota-1', { sku, from: 'taobao', to: 'jd', quantity: 1 })).toEqual(conflict);
    expect(
      await stores.inventory.adjust(
        { key: 'quota-1', sku, warehouseId: warehouse, delta: 1, reason: 'receipt' },
        baseTime,
      ),
    ).toEqual(conflict);
    await expectOmsError(
      () => stores.inventory.reserve(buildPlan('quota-1', [[sku, warehouse, 1]]), baseTime),
      'conflict',
    );
    // Nothing of the refused requests was applied.
    expect(await q.list()).toEqual([{ sku, channel: 'taobao', quota: 5, reserved: 1 }]);
    expect(await stores.inventory.getItem(sku, warehouse)).toMatchObject({ onHand: 10, reserved: 1 });
  });

  it('lists quotas by SKU then channel, of one SKU or of all', async () => {
    const { stores } = context;
    const q = quotaMethods(stores.inventory);
    for (const [key, quotaSku, channel] of [
      ['q-1', sku, 'taobao'],
      ['q-2', otherSku, 'pdd'],
      ['q-3', sku, 'douyin'],
      ['q-4', otherSku, 'jd'],
    ] as const)
      await q.set(key, { sku: quotaSku, channel, quota: 3 });
    const pairs = (states: readonly { sku: string; channel: string }[]) =>
      states.map((s) => `${s.sku}/${s.channel}`);
    expect(pairs(await q.list())).toEqual([
      'MUG-BLUE/jd',
      'MUG-BLUE/pdd',
      'TEE-RED-M/douyin',
      'TEE-RED-M/taobao',
    ]);
    expect(pairs(await q.list(sku))).toEqual(['TEE-RED-M/douyin', 'TEE-RED-M/taobao']);
    expect(await q.list('NO-SUCH-SKU')).toEqual([]);
  });

  it('names the bad field of a quota write', async () => {
    const q = quotaMethods(context.stores.inventory);
    await expectOmsError(
      () => q.set('bad-1', { sku, channel: 'taobao', quota: 1.5 }),
      'invalid_input',
      'quota',
    );
    await expectOmsError(
      () => q.set('bad-2', { sku: '', channel: 'taobao', quota: 1 }),
      'invalid_input',
      'sku',
    );
    await expectOmsError(() => q.set('bad-3', { sku, channel: '', quota: 1 }), 'invalid_input', 'channel');
    await expectOmsError(
      () => q.transfer('bad-4', { sku, from: 'taobao', to: 'jd', quantity: 0 }),
      'invalid_input',
      'quantity',
    );
    await expectOmsError(
      () => q.transfer('bad-5', { sku, from: 'taobao', to: '', quantity: 1 }),
      'invalid_input',
      'to',
    );
    // A refused write remembers nothing: its key is still free.
    expect(await q.set('bad-1', { sku, channel: 'taobao', quota: 1 })).toEqual({ ok: true, replayed: false });
  });
}
