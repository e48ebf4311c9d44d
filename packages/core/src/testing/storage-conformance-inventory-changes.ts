import { expect, it } from 'vitest';
import type { StockAdjustment } from '../contracts/stores';
import type { ConformanceContext } from './storage-conformance-context';
import { baseTime, expectOmsError } from './storage-conformance-helpers';
import {
  buildPlan,
  expectInventoryInvariants,
  sku,
  warehouse,
} from './storage-conformance-inventory-support';

const receipt = (key: string, delta: number): StockAdjustment => ({
  key,
  sku,
  warehouseId: warehouse,
  delta,
  reason: delta >= 0 ? 'receipt' : 'damage',
});

/**
 * The `inventory` capability, changes. Deduct lowers onHand and reserved, release lowers
 * reserved; a reservation ends `deducted` or `released` (by the change that emptied it) once it
 * holds nothing. Adjust never takes onHand below reserved. Reserve, deduct, release and adjust
 * share one key namespace: a key reused with other arguments gets `key_conflict`.
 */
export function inventoryChangeConformanceCases(context: ConformanceContext): void {
  /** Stock of 10 with one open reservation `r-1#?` of 6; returns its id. */
  const reserveSix = async (): Promise<string> => {
    await context.stores.inventory.setStock({ sku, warehouseId: warehouse, onHand: 10 });
    const result = await context.stores.inventory.reserve(buildPlan('r-1', [[sku, warehouse, 6]]), baseTime);
    const id = result.ok ? result.reservations[0]?.id : undefined;
    if (id === undefined) throw new Error('expected a reservation');
    return id;
  };

  it('deducts shipped units from onHand and reserved, then marks the reservation deducted', async () => {
    const { stores, raw } = context;
    const id = await reserveSix();
    expect(await stores.inventory.deduct('d-1', id, 4, baseTime + 1)).toEqual({ ok: true, replayed: false });
    expect(await raw.readInventoryRow(sku, warehouse)).toMatchObject({ onHand: 6, reserved: 2 });
    expect(await raw.readReservations('o-r-1')).toMatchObject([
      { quantity: 2, deductedQuantity: 4, state: 'open' },
    ]);
    expect(await stores.inventory.deduct('d-2', id, 2, baseTime + 2)).toEqual({ ok: true, replayed: false });
    expect(await raw.readInventoryRow(sku, warehouse)).toMatchObject({ onHand: 4, reserved: 0 });
    expect(await raw.readReservations('o-r-1')).toMatchObject([
      { quantity: 0, deductedQuantity: 6, releasedQuantity: 0, state: 'deducted' },
    ]);
    await expectInventoryInvariants(raw, [[sku, warehouse]]);
  });

  it('releases units back to the pool, then marks the reservation released', async () => {
    const { stores, raw } = context;
    const id = await reserveSix();
    expect(await stores.inventory.release('x-1', id, 5, baseTime + 1)).toEqual({ ok: true, replayed: false });
    expect(await raw.readInventoryRow(sku, warehouse)).toMatchObject({ onHand: 10, reserved: 1 });
    expect(await stores.inventory.release('x-2', id, 1, baseTime + 2)).toEqual({ ok: true, replayed: false });
    expect(await raw.readInventoryRow(sku, warehouse)).toMatchObject({ onHand: 10, reserved: 0 });
    expect(await raw.readReservations('o-r-1')).toMatchObject([
      { quantity: 0, releasedQuantity: 6, state: 'released' },
    ]);
    await expectInventoryInvariants(raw, [[sku, warehouse]]);
  });

  it('refuses to deduct or release more than is held, or an unknown reservation', async () => {
    const { stores, raw } = context;
    const id = await reserveSix();
    expect(await stores.inventory.deduct('d-1', id, 7, baseTime)).toEqual({
      ok: false,
      reason: 'insufficient_reserved',
      replayed: false,
    });
    expect(await stores.inventory.release('x-1', 'no-such-reservation', 1, baseTime)).toEqual({
      ok: false,
      reason: 'not_found',
      replayed: false,
    });
    await stores.inventory.release('x-2', id, 6, baseTime);
    expect(await stores.inventory.deduct('d-2', id, 1, baseTime)).toMatchObject({
      ok: false,
      reason: 'insufficient_reserved',
    });
    expect(await raw.readInventoryRow(sku, warehouse)).toMatchObject({ onHand: 10, reserved: 0 });
  });

  it('adjusts onHand both ways, never below reserved, and not on a missing row', async () => {
    const { stores, raw } = context;
    await reserveSix();
    expect(await stores.inventory.adjust(receipt('a-1', 5), baseTime)).toEqual({ ok: true, replayed: false });
    expect(await raw.readInventoryRow(sku, warehouse)).toMatchObject({ onHand: 15, reserved: 6 });
    expect(await stores.inventory.adjust(receipt('a-2', -10), baseTime)).toEqual({
      ok: false,
      reason: 'would_go_negative',
      replayed: false,
    });
    expect(await raw.readInventoryRow(sku, warehouse)).toMatchObject({ onHand: 15 });
    expect(await stores.inventory.adjust(receipt('a-3', -9), baseTime)).toMatchObject({ ok: true });
    expect(await raw.readInventoryRow(sku, warehouse)).toMatchObject({ onHand: 6, reserved: 6 });
    const missing = { ...receipt('a-4', 3), sku: 'NO-SUCH-SKU' };
    expect(await stores.inventory.adjust(missing, baseTime)).toEqual({
      ok: false,
      reason: 'not_found',
      replayed: false,
    });
    expect(await raw.readInventoryRow('NO-SUCH-SKU', warehouse)).toBeUndefined();
  });

  it('applies a repeated deduct, release or adjust key once and replays its result', async () => {
    const { stores, raw } = context;
    const id = await reserveSix();
    await stores.inventory.deduct('d-1', id, 2, baseTime);
    expect(await stores.inventory.deduct('d-1', id, 2, baseTime + 1)).toEqual({ ok: true, replayed: true });
    await stores.inventory.release('x-1', id, 1, baseTime);
    expect(await stores.inventory.release('x-1', id, 1, baseTime + 1)).toEqual({ ok: true, replayed: true });
    await stores.inventory.adjust(receipt('a-1', 4), baseTime);
    expect(await stores.inventory.adjust(receipt('a-1', 4), baseTime + 1)).toEqual({
      ok: true,
      replayed: true,
    });
    expect(await raw.readInventoryRow(sku, warehouse)).toMatchObject({ onHand: 12, reserved: 3 });
    expect(await raw.readReservations('o-r-1')).toMatchObject([
      { quantity: 3, deductedQuantity: 2, releasedQuantity: 1 },
    ]);
  });

  it('replays a failed change as failed', async () => {
    const { stores, raw } = context;
    const id = await reserveSix();
    expect(await stores.inventory.deduct('d-1', id, 9, baseTime)).toMatchObject({
      ok: false,
      replayed: false,
    });
    expect(await stores.inventory.deduct('d-1', id, 9, baseTime + 1)).toEqual({
      ok: false,
      reason: 'insufficient_reserved',
      replayed: true,
    });
    expect(await raw.readInventoryRow(sku, warehouse)).toMatchObject({ onHand: 10, reserved: 6 });
  });

  it('answers key_conflict when a key comes back with other arguments or for another operation', async () => {
    const { stores, raw } = context;
    const id = await reserveSix();
    await stores.inventory.deduct('d-1', id, 2, baseTime);
    const conflict = { ok: false, reason: 'key_conflict', replayed: false };
    expect(await stores.inventory.deduct('d-1', id, 3, baseTime)).toEqual(conflict);
    expect(await stores.inventory.release('d-1', id, 2, baseTime)).toEqual(conflict);
    expect(await stores.inventory.adjust(receipt('d-1', 2), baseTime)).toEqual(conflict);
    expect(await stores.inventory.release('r-1', id, 1, baseTime)).toEqual(conflict);
    expect(await raw.readInventoryRow(sku, warehouse)).toMatchObject({ onHand: 8, reserved: 4 });
    await expectInventoryInvariants(raw, [[sku, warehouse]]);
  });

  it('throws invalid_input naming the field for bad quantities and deltas, changing nothing', async () => {
    const { stores, raw } = context;
    const id = await reserveSix();
    for (const quantity of [0, -2, 2.5]) {
      await expectOmsError(
        () => stores.inventory.deduct(`d-${quantity}`, id, quantity, baseTime),
        'invalid_input',
        'quantity',
      );
      await expectOmsError(
        () => stores.inventory.release(`x-${quantity}`, id, quantity, baseTime),
        'invalid_input',
        'quantity',
      );
    }
    await expectOmsError(
      () => stores.inventory.adjust(receipt('a-1', 0.5), baseTime),
      'invalid_input',
      'delta',
    );
    await expectOmsError(() => stores.inventory.deduct('', id, 1, baseTime), 'invalid_input', 'key');
    expect(await raw.readInventoryRow(sku, warehouse)).toMatchObject({ onHand: 10, reserved: 6 });
  });
}
