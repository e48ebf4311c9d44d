import { expect, it } from 'vitest';
import type { ReservationResult, StockChangeResult } from '../contracts/stores';
import type { ConformanceContext } from './storage-conformance-context';
import { baseTime, concurrently } from './storage-conformance-helpers';
import {
  buildPlan,
  expectInventoryInvariants,
  sku,
  warehouse,
} from './storage-conformance-inventory-support';

type Outcome =
  | { kind: 'reserve'; result: ReservationResult }
  | { kind: 'change'; label: string; result: StockChangeResult };

/**
 * The `inventoryConcurrency` capability: the inventory guarantees hold when many callers hit one
 * row at once (all calls are issued before any is awaited).
 */
export function inventoryConcurrencyConformanceCases(context: ConformanceContext): void {
  it('lets exactly 10 of 64 concurrent reservations have the last 10 units', async () => {
    const { stores, raw } = context;
    await stores.inventory.setStock({ sku, warehouseId: warehouse, onHand: 10 });
    const results = await concurrently(64, (index) =>
      stores.inventory.reserve(buildPlan(`race-${index}`, [[sku, warehouse, 1]]), baseTime),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(10);
    expect(results.filter((result) => !result.ok && result.reason === 'insufficient_stock')).toHaveLength(54);
    expect(await raw.readInventoryRow(sku, warehouse)).toMatchObject({ onHand: 10, reserved: 10 });
    expect(await raw.readReservationsOfItem(sku, warehouse)).toHaveLength(10);
    await expectInventoryInvariants(raw, [[sku, warehouse]]);
  });

  it('keeps the invariants under a concurrent mix of reserve, deduct, release and adjust', async () => {
    const { stores, raw } = context;
    await stores.inventory.setStock({ sku, warehouseId: warehouse, onHand: 30 });
    const held: string[] = [];
    for (let index = 0; index < 10; index += 1) {
      const result = await stores.inventory.reserve(
        buildPlan(`pre-${index}`, [[sku, warehouse, 2]]),
        baseTime,
      );
      const id = result.ok ? result.reservations[0]?.id : undefined;
      if (id === undefined) throw new Error('expected a reservation');
      held.push(id);
    }
    const deducts = held.map(
      (id, index) => async (): Promise<Outcome> => ({
        kind: 'change',
        label: 'deduct',
        result: await stores.inventory.deduct(`d-${index}`, id, 1, baseTime),
      }),
    );
    const releases = held.map(
      (id, index) => async (): Promise<Outcome> => ({
        kind: 'change',
        label: 'release',
        result: await stores.inventory.release(`x-${index}`, id, 1, baseTime),
      }),
    );
    const reserves = Array.from(
      { length: 20 },
      (_, index) => async (): Promise<Outcome> => ({
        kind: 'reserve',
        result: await stores.inventory.reserve(buildPlan(`new-${index}`, [[sku, warehouse, 1]]), baseTime),
      }),
    );
    const adjusts = Array.from(
      { length: 6 },
      (_, index) => async (): Promise<Outcome> => ({
        kind: 'change',
        label: 'adjust',
        result: await stores.inventory.adjust(
          { key: `a-${index}`, sku, warehouseId: warehouse, delta: -1, reason: 'damage' },
          baseTime,
        ),
      }),
    );
    // Round-robin over the kinds so that no kind runs as one block.
    const tasks = Array.from({ length: 20 }, (_, index) =>
      [reserves[index], deducts[index], releases[index], adjusts[index]].filter((task) => task !== undefined),
    ).flat();
    const outcomes = await Promise.all(tasks.map((task) => task()));

    const changes = outcomes.flatMap((outcome) => (outcome.kind === 'change' ? [outcome] : []));
    expect(changes.filter((o) => o.label !== 'adjust').every((o) => o.result.ok)).toBe(true);
    const adjusted = changes.filter((o) => o.label === 'adjust' && o.result.ok).length;
    const reservedNew = outcomes.filter((o) => o.kind === 'reserve' && o.result.ok).length;
    expect(await raw.readInventoryRow(sku, warehouse)).toMatchObject({
      onHand: 30 - 10 - adjusted,
      reserved: reservedNew,
    });
    await expectInventoryInvariants(raw, [[sku, warehouse]]);
  });

  it('applies one reservation key sent 16 times at once exactly once', async () => {
    const { stores, raw } = context;
    await stores.inventory.setStock({ sku, warehouseId: warehouse, onHand: 10 });
    const plan = buildPlan('same-key', [[sku, warehouse, 3]]);
    const results = await concurrently(16, () => stores.inventory.reserve(plan, baseTime));
    expect(results.filter((result) => !result.replayed)).toHaveLength(1);
    const first = results.find((result) => !result.replayed);
    for (const result of results) expect(result).toEqual({ ...first, replayed: result.replayed });
    expect(await raw.readInventoryRow(sku, warehouse)).toMatchObject({ onHand: 10, reserved: 3 });
    expect(await raw.readReservations('o-same-key')).toHaveLength(1);
  });

  it('applies one deduct key sent 16 times at once exactly once', async () => {
    const { stores, raw } = context;
    await stores.inventory.setStock({ sku, warehouseId: warehouse, onHand: 10 });
    const reserved = await stores.inventory.reserve(buildPlan('r-1', [[sku, warehouse, 5]]), baseTime);
    const id = reserved.ok ? reserved.reservations[0]?.id : undefined;
    if (id === undefined) throw new Error('expected a reservation');
    const results = await concurrently(16, () => stores.inventory.deduct('ship-once', id, 2, baseTime));
    expect(results.filter((result) => result.ok && !result.replayed)).toHaveLength(1);
    expect(results.every((result) => result.ok)).toBe(true);
    expect(await raw.readInventoryRow(sku, warehouse)).toMatchObject({ onHand: 8, reserved: 3 });
    await expectInventoryInvariants(raw, [[sku, warehouse]]);
  });
}
