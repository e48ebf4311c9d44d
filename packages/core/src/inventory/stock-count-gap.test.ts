import { describe, expect, it } from 'vitest';
import type { Reservation } from '../schema/inventory';
import { planRowChanges, previewReservation } from './plan-row-changes';
import { stockCountGaps } from './stock-count-gap';

const reservation = (
  id: string,
  createdAt: string,
  held: number,
  deducted: number,
  released: number,
): Reservation => ({
  id,
  orderId: `o-${id}`,
  lineId: 'l1',
  sku: 'TEE',
  warehouseId: 'sh',
  quantity: held,
  deductedQuantity: deducted,
  releasedQuantity: released,
  state: held > 0 ? 'open' : deducted > 0 ? 'deducted' : 'released',
  idempotencyKey: id,
  createdAt,
  updatedAt: createdAt,
});

describe('stockCountGaps', () => {
  it('reports reserved against deducted and released per row for the period', () => {
    const gaps = stockCountGaps(
      [
        reservation('a', '2026-11-11T01:00:00.000Z', 2, 3, 0),
        reservation('b', '2026-11-11T02:00:00.000Z', 0, 0, 4),
        reservation('c', '2026-11-12T00:00:00.000Z', 9, 0, 0),
      ],
      '2026-11-11T00:00:00.000Z',
      '2026-11-12T00:00:00.000Z',
    );
    expect(gaps).toEqual([{ sku: 'TEE', warehouseId: 'sh', reserved: 9, deducted: 3, released: 4, gap: 2 }]);
  });
});

describe('planRowChanges and previewReservation', () => {
  const plan = {
    key: 'k',
    orderId: 'o',
    lines: [
      { lineId: 'l1', sku: 'TEE', warehouseId: 'sh', quantity: 2 },
      { lineId: 'l2', sku: 'CAP', warehouseId: 'sh', quantity: 1 },
      { lineId: 'l3', sku: 'TEE', warehouseId: 'sh', quantity: 3 },
    ],
  };

  it('adds up lines on one row, ordered by SKU then warehouse', () => {
    expect(planRowChanges(plan)).toEqual([
      { sku: 'CAP', warehouseId: 'sh', reservedDelta: 1 },
      { sku: 'TEE', warehouseId: 'sh', reservedDelta: 5 },
    ]);
  });

  it('previews shortages with the store’s rules', () => {
    const items = [
      { sku: 'TEE', warehouseId: 'sh', onHand: 4, reserved: 0, safetyStock: 0 },
      { sku: 'CAP', warehouseId: 'sh', onHand: 1, reserved: 0, safetyStock: 0 },
    ];
    expect(previewReservation(items, plan)).toEqual({
      ok: false,
      shortages: [{ lineId: 'l3', sku: 'TEE', warehouseId: 'sh', requested: 3, available: 2 }],
    });
  });
});
