import { expect, it } from 'vitest';
import type { ConformanceContext } from './storage-conformance-context';
import { baseTime, expectOmsError } from './storage-conformance-helpers';
import {
  buildPlan,
  expectInventoryInvariants,
  sku,
  warehouse,
} from './storage-conformance-inventory-support';

const other = 'wh-guangzhou';

/**
 * The `inventory` capability, reservations. A plan is all lines or none; a failed plan lists
 * the lines that do not fit when taken in order, each with what its row had left for it; every
 * idempotency key remembers its first result, failures included; reusing a plan's key for a
 * different plan throws `conflict`.
 */
export function inventoryConformanceCases(context: ConformanceContext): void {
  it('creates and replaces stock rows, keeping reserved and (when omitted) safety stock', async () => {
    const { stores, raw } = context;
    await stores.inventory.setStock({ sku, warehouseId: warehouse, onHand: 10 });
    expect(await raw.readInventoryRow(sku, warehouse)).toEqual({
      sku,
      warehouseId: warehouse,
      onHand: 10,
      reserved: 0,
      safetyStock: 0,
    });
    await stores.inventory.setStock({ sku, warehouseId: warehouse, onHand: 10, safetyStock: 2 });
    await stores.inventory.reserve(buildPlan('r-1', [[sku, warehouse, 3]]), baseTime);
    await stores.inventory.setStock({ sku, warehouseId: warehouse, onHand: 12 });
    expect(await raw.readInventoryRow(sku, warehouse)).toMatchObject({
      onHand: 12,
      reserved: 3,
      safetyStock: 2,
    });
    expect(await stores.inventory.getItem(sku, warehouse)).toEqual(
      await raw.readInventoryRow(sku, warehouse),
    );
    expect(await stores.inventory.getItem(sku, 'wh-none')).toBeUndefined();
  });

  it('refuses to set onHand below what is reserved', async () => {
    const { stores, raw } = context;
    await stores.inventory.setStock({ sku, warehouseId: warehouse, onHand: 10 });
    await stores.inventory.reserve(buildPlan('r-1', [[sku, warehouse, 4]]), baseTime);
    await expectOmsError(
      () => stores.inventory.setStock({ sku, warehouseId: warehouse, onHand: 3 }),
      'invalid_input',
      'onHand',
    );
    expect(await raw.readInventoryRow(sku, warehouse)).toMatchObject({ onHand: 10, reserved: 4 });
  });

  it('lists rows of a SKU, or all rows, by SKU then warehouse', async () => {
    const { stores } = context;
    await stores.inventory.setStock({ sku: 'B', warehouseId: 'w2', onHand: 1 });
    await stores.inventory.setStock({ sku: 'A', warehouseId: 'w2', onHand: 1 });
    await stores.inventory.setStock({ sku: 'B', warehouseId: 'w1', onHand: 1 });
    const rows = (items: readonly { sku: string; warehouseId: string }[]) =>
      items.map((i) => `${i.sku}@${i.warehouseId}`);
    expect(rows(await stores.inventory.listItems())).toEqual(['A@w2', 'B@w1', 'B@w2']);
    expect(rows(await stores.inventory.listItems('B'))).toEqual(['B@w1', 'B@w2']);
    expect(await stores.inventory.listItems('C')).toEqual([]);
  });

  it('reserves every line of a plan, holding units and recording open reservations', async () => {
    const { stores, raw } = context;
    await stores.inventory.setStock({ sku, warehouseId: warehouse, onHand: 10 });
    await stores.inventory.setStock({ sku, warehouseId: other, onHand: 5 });
    const result = await stores.inventory.reserve(
      buildPlan('r-1', [
        [sku, warehouse, 3],
        [sku, other, 2],
      ]),
      baseTime,
    );
    if (!result.ok) throw new Error('expected the plan to fit');
    expect(result.replayed).toBe(false);
    expect(result.reservations).toHaveLength(2);
    expect(result.reservations[0]).toMatchObject({
      orderId: 'o-r-1',
      lineId: 'l1',
      sku,
      warehouseId: warehouse,
      channel: 'taobao',
      quantity: 3,
      deductedQuantity: 0,
      releasedQuantity: 0,
      state: 'open',
      idempotencyKey: 'r-1',
      createdAt: new Date(baseTime).toISOString(),
    });
    expect(await raw.readInventoryRow(sku, warehouse)).toMatchObject({ onHand: 10, reserved: 3 });
    expect(await raw.readInventoryRow(sku, other)).toMatchObject({ onHand: 5, reserved: 2 });
    const stored = [...(await raw.readReservations('o-r-1'))].sort((a, b) =>
      a.lineId.localeCompare(b.lineId),
    );
    expect(stored).toEqual(result.reservations);
    const listed = await stores.inventory.listReservations('o-r-1');
    expect(listed.map((reservation) => reservation.id)).toEqual(result.reservations.map((r) => r.id).sort());
    for (const reservation of result.reservations) {
      expect(await stores.inventory.getReservation(reservation.id)).toEqual(reservation);
    }
    expect(await stores.inventory.getReservation('no-such-reservation')).toBeUndefined();
    await expectInventoryInvariants(raw, [
      [sku, warehouse],
      [sku, other],
    ]);
  });

  it('applies none of a plan when one line does not fit, naming that line', async () => {
    const { stores, raw } = context;
    await stores.inventory.setStock({ sku, warehouseId: warehouse, onHand: 10 });
    await stores.inventory.setStock({ sku, warehouseId: other, onHand: 1 });
    const result = await stores.inventory.reserve(
      buildPlan('r-1', [
        [sku, warehouse, 3],
        [sku, other, 2],
      ]),
      baseTime,
    );
    expect(result).toEqual({
      ok: false,
      reason: 'insufficient_stock',
      replayed: false,
      shortages: [{ lineId: 'l2', sku, warehouseId: other, requested: 2, available: 1 }],
    });
    expect(await raw.readInventoryRow(sku, warehouse)).toMatchObject({ onHand: 10, reserved: 0 });
    expect(await raw.readInventoryRow(sku, other)).toMatchObject({ onHand: 1, reserved: 0 });
    expect(await raw.readReservations('o-r-1')).toEqual([]);
  });

  it('adds up several lines on the same row, taking lines in order', async () => {
    const { stores, raw } = context;
    await stores.inventory.setStock({ sku, warehouseId: warehouse, onHand: 5 });
    const plan = buildPlan('r-1', [
      [sku, warehouse, 3],
      [sku, warehouse, 3],
      [sku, warehouse, 2],
    ]);
    const result = await stores.inventory.reserve(plan, baseTime);
    expect(result).toMatchObject({
      ok: false,
      shortages: [{ lineId: 'l2', requested: 3, available: 2 }],
    });
    expect(await raw.readInventoryRow(sku, warehouse)).toMatchObject({ reserved: 0 });
    expect(
      await stores.inventory.reserve(
        buildPlan('r-2', [
          [sku, warehouse, 3],
          [sku, warehouse, 2],
        ]),
        baseTime,
      ),
    ).toMatchObject({ ok: true });
    expect(await raw.readInventoryRow(sku, warehouse)).toMatchObject({ reserved: 5 });
  });

  it('keeps safety stock back from reservations', async () => {
    const { stores, raw } = context;
    await stores.inventory.setStock({ sku, warehouseId: warehouse, onHand: 10, safetyStock: 3 });
    expect(await stores.inventory.reserve(buildPlan('r-1', [[sku, warehouse, 8]]), baseTime)).toMatchObject({
      ok: false,
      shortages: [{ requested: 8, available: 7 }],
    });
    expect(await stores.inventory.reserve(buildPlan('r-2', [[sku, warehouse, 7]]), baseTime)).toMatchObject({
      ok: true,
    });
    expect(await stores.inventory.reserve(buildPlan('r-3', [[sku, warehouse, 1]]), baseTime)).toMatchObject({
      ok: false,
      shortages: [{ available: 0 }],
    });
    expect(await raw.readInventoryRow(sku, warehouse)).toMatchObject({
      onHand: 10,
      reserved: 7,
      safetyStock: 3,
    });
  });

  it('reports a row that does not exist as a shortage with nothing available', async () => {
    const { stores, raw } = context;
    const result = await stores.inventory.reserve(
      buildPlan('r-1', [['NO-SUCH-SKU', warehouse, 1]]),
      baseTime,
    );
    expect(result).toMatchObject({ ok: false, shortages: [{ lineId: 'l1', requested: 1, available: 0 }] });
    expect(await raw.readInventoryRow('NO-SUCH-SKU', warehouse)).toBeUndefined();
  });

  it('replays a repeated key: the first result, marked replayed, and nothing more held', async () => {
    const { stores, raw } = context;
    await stores.inventory.setStock({ sku, warehouseId: warehouse, onHand: 10 });
    const plan = buildPlan('r-1', [[sku, warehouse, 4]]);
    const first = await stores.inventory.reserve(plan, baseTime);
    const again = await stores.inventory.reserve(plan, baseTime + 1000);
    expect(again).toEqual({ ...first, replayed: true });
    expect(await raw.readInventoryRow(sku, warehouse)).toMatchObject({ reserved: 4 });
    expect(await raw.readReservations('o-r-1')).toHaveLength(1);
  });

  it('replays a failed plan as failed even after restocking', async () => {
    const { stores, raw } = context;
    await stores.inventory.setStock({ sku, warehouseId: warehouse, onHand: 1 });
    const plan = buildPlan('r-1', [[sku, warehouse, 4]]);
    const first = await stores.inventory.reserve(plan, baseTime);
    await stores.inventory.setStock({ sku, warehouseId: warehouse, onHand: 10 });
    expect(await stores.inventory.reserve(plan, baseTime + 1)).toEqual({ ...first, replayed: true });
    expect(await raw.readInventoryRow(sku, warehouse)).toMatchObject({ reserved: 0 });
  });

  it('throws conflict when a key comes back with a different plan, changing nothing', async () => {
    const { stores, raw } = context;
    await stores.inventory.setStock({ sku, warehouseId: warehouse, onHand: 10 });
    await stores.inventory.reserve(buildPlan('r-1', [[sku, warehouse, 4]]), baseTime);
    await expectOmsError(
      () => stores.inventory.reserve(buildPlan('r-1', [[sku, warehouse, 5]]), baseTime),
      'conflict',
    );
    expect(await raw.readInventoryRow(sku, warehouse)).toMatchObject({ reserved: 4 });
  });

  it('throws invalid_input naming the field for a bad plan, changing nothing', async () => {
    const { stores, raw } = context;
    await stores.inventory.setStock({ sku, warehouseId: warehouse, onHand: 10 });
    for (const quantity of [0, -1, 1.5, Number.NaN]) {
      await expectOmsError(
        () => stores.inventory.reserve(buildPlan(`bad-${quantity}`, [[sku, warehouse, quantity]]), baseTime),
        'invalid_input',
        'quantity',
      );
    }
    await expectOmsError(
      () => stores.inventory.reserve(buildPlan('bad-sku', [['', warehouse, 1]]), baseTime),
      'invalid_input',
      'sku',
    );
    await expectOmsError(
      () => stores.inventory.reserve(buildPlan('bad-lines', []), baseTime),
      'invalid_input',
      'lines',
    );
    expect(await raw.readInventoryRow(sku, warehouse)).toMatchObject({ onHand: 10, reserved: 0 });
  });

  it('keeps its own copy of reservations it returns', async () => {
    const { stores, raw } = context;
    await stores.inventory.setStock({ sku, warehouseId: warehouse, onHand: 10 });
    const result = await stores.inventory.reserve(buildPlan('r-1', [[sku, warehouse, 4]]), baseTime);
    const returned = result.ok ? result.reservations[0] : undefined;
    if (returned === undefined) throw new Error('expected a reservation');
    Object.assign(returned, { quantity: 0, state: 'released' });
    expect(await raw.readReservations('o-r-1')).toMatchObject([{ quantity: 4, state: 'open' }]);
  });
}
