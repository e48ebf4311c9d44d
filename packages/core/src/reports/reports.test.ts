import { describe, expect, it } from 'vitest';
import { compressionRate, cycleTimeReport, type FulfilmentMilestones } from './cycle-time';
import { distributionOf } from './distribution';
import { inventoryReport } from './inventory-report';

const at = (hours: number) => new Date(Date.UTC(2026, 10, 11) + hours * 3_600_000).toISOString();

function order(id: string, shippedAfterHours: number | undefined, extra: Partial<FulfilmentMilestones> = {}) {
  return {
    orderId: id,
    channel: 'taobao',
    shopId: 'tb-1',
    paidAt: at(0),
    ...(shippedAfterHours === undefined ? {} : { shippedAt: at(shippedAfterHours) }),
    ...extra,
  };
}

describe('distributionOf', () => {
  it('gives median and p90 by linear interpolation', () => {
    expect(distributionOf([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual({
      count: 10,
      mean: 5.5,
      median: 5.5,
      p90: 9.1,
      min: 1,
      max: 10,
    });
    expect(distributionOf([])).toMatchObject({ count: 0, median: 0 });
  });
});

describe('cycleTimeReport', () => {
  it('measures paid -> shipped, each step, and per group', () => {
    const report = cycleTimeReport([
      order('a', 2, {
        warehouseId: 'GZ',
        carrierCode: 'SF',
        releasedAt: at(0.5),
        routedAt: at(0.6),
        pickedAt: at(1.5),
      }),
      order('b', 4, { channel: 'pdd', warehouseId: 'SH', carrierCode: 'ZTO' }),
      order('c', undefined),
    ]);
    expect(report.orders).toBe(3);
    expect(report.shipped).toBe(2);
    expect(report.paidToShipped.median).toBe(3);
    expect(report.steps['paid->released'].median).toBe(0.5);
    expect(report.steps['picked->shipped'].median).toBeCloseTo(0.5);
    expect(report.by.channel['pdd']?.median).toBe(4);
    expect(Object.keys(report.by.warehouseId)).toEqual(['GZ', 'SH']);
  });

  it('computes the compression rate as in the seed (9.8 h -> 3.2 h is 67.3%)', () => {
    const before = [order('a', 9.8), order('b', 9.8)];
    const after = [order('c', 3.2), order('d', 3.2), order('e', 3.2)];
    const result = compressionRate(before, after);
    expect(result.compressionRate).toBeCloseTo(0.673, 3);
    expect(result).toMatchObject({ beforeOrders: 2, afterOrders: 3, statistic: 'mean' });
  });
});

describe('inventoryReport', () => {
  it('reports stock-outs, days of cover, oversell incidents and the reserved-not-deducted gap', () => {
    const report = inventoryReport({
      items: [
        { sku: 'A', warehouseId: 'GZ', onHand: 10, reserved: 4, safetyStock: 0 },
        { sku: 'A', warehouseId: 'SH', onHand: 2, reserved: 0, safetyStock: 2 },
        { sku: 'B', warehouseId: 'GZ', onHand: 5, reserved: 0, safetyStock: 0 },
      ],
      reservations: [
        {
          id: 'r1',
          orderId: 'o1',
          lineId: 'l1',
          sku: 'A',
          warehouseId: 'GZ',
          quantity: 4,
          deductedQuantity: 0,
          releasedQuantity: 0,
          state: 'open',
          idempotencyKey: 'k1',
          createdAt: at(0),
          updatedAt: at(0),
        },
      ],
      incidents: [{ orderId: 'o9', at: at(1), shortages: [] }],
      dailySales: { A: 2, B: 0 },
    });
    expect(report.stockOuts).toEqual([{ sku: 'A', warehouseId: 'SH' }]);
    expect(report.daysOfCover).toEqual({ A: 3, B: Number.POSITIVE_INFINITY });
    expect(report.oversellIncidents).toBe(1);
    expect(report.reservedNotDeducted).toEqual([{ sku: 'A', warehouseId: 'GZ', units: 4 }]);
  });
});
