import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTestEnv } from '../aftersales/__fixtures__/after-sale-fixtures';
import { type BinLocation, formatBinCode, parseBinCode } from './bin-location';
import { planPickPath, serpentineOrder } from './pick-path';
import { createPickTasks } from './pick-task';
import { planWaves } from './plan-waves';
import { defaultWarehouseLayout, tourLength, walkDistance } from './warehouse-layout';

const at = (aisle: number, bay: number, level = 1): BinLocation => ({ zone: 'A', aisle, bay, level });
const layout = { aisleSpacingM: 3, bayLengthM: 1, baysPerAisle: 10 };

describe('bin codes', () => {
  it('parses and formats zone-aisle-bay-level', () => {
    expect(parseBinCode('a-03-12-2')).toEqual({
      ok: true,
      location: { zone: 'A', aisle: 3, bay: 12, level: 2 },
    });
    expect(formatBinCode({ zone: 'A', aisle: 3, bay: 12, level: 2 })).toBe('A-03-12-2');
    for (const bad of ['A-00-01-1', 'A-3-12', 'A_3_12_2', '']) expect(parseBinCode(bad).ok).toBe(false);
  });
});

describe('walking geometry', () => {
  it('walks along an aisle, or out through the nearer cross-aisle', () => {
    expect(walkDistance(at(1, 2), at(1, 7), layout)).toBe(5);
    expect(walkDistance('depot', at(1, 1), layout)).toBe(0.5);
    expect(walkDistance(at(1, 9), at(2, 9), layout)).toBe(3 + 1.5 + 1.5);
    expect(walkDistance(at(1, 2), at(3, 2), layout)).toBe(6 + 1.5 + 1.5);
    expect(tourLength([], layout)).toBe(0);
    expect(tourLength([at(2, 1)], layout)).toBe(2 * (3 + 0.5));
  });
});

describe('pick path', () => {
  it('snakes up and down the visited aisles', () => {
    const stops = [at(3, 2), at(1, 9), at(3, 8), at(1, 1), at(5, 4)];
    expect(serpentineOrder(stops).map((index) => stops[index])).toEqual([
      at(1, 1),
      at(1, 9),
      at(3, 8),
      at(3, 2),
      at(5, 4),
    ]);
    const path = planPickPath(
      stops.map((location, index) => ({ location, index })),
      layout,
    );
    expect(path.lengthM).toBeLessThan(path.lineOrderLengthM);
    expect(path.saving).toBeCloseTo(1 - path.lengthM / path.lineOrderLengthM);
    expect(planPickPath([], layout)).toEqual({ items: [], lengthM: 0, lineOrderLengthM: 0, saving: 0 });
  });

  it('lets 2-opt shorten a serpentine walk', () => {
    const stops = [at(2, 6), at(1, 1), at(3, 6), at(2, 3)].map((location) => ({ location }));
    const snake = planPickPath(stops, layout, 'serpentine');
    const refined = planPickPath(stops, layout);
    expect([snake.lineOrderLengthM, snake.lengthM, refined.lengthM]).toEqual([46, 35, 33]);
    expect(
      tourLength(
        refined.items.map((item) => item.location),
        layout,
      ),
    ).toBe(33);
  });

  it('is a permutation, never longer than order-line order or plain serpentine', () => {
    const stop = fc.record({
      zone: fc.constant('A'),
      aisle: fc.integer({ min: 1, max: 12 }),
      bay: fc.integer({ min: 1, max: 20 }),
      level: fc.integer({ min: 1, max: 4 }),
    });
    fc.assert(
      fc.property(fc.array(stop, { maxLength: 30 }), (stops) => {
        const items = stops.map((location, index) => ({ location, index }));
        const path = planPickPath(items, defaultWarehouseLayout);
        expect(path.items.map((item) => item.index).sort((a, b) => a - b)).toEqual(
          items.map((item) => item.index),
        );
        expect(path.lengthM).toBeLessThanOrEqual(path.lineOrderLengthM);
        expect(path.saving).toBeGreaterThanOrEqual(0);
        expect(path.lengthM).toBeLessThanOrEqual(
          planPickPath(items, defaultWarehouseLayout, 'serpentine').lengthM + 1e-9,
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe('tasks and waves', () => {
  const request = (
    orderId: string,
    binCode: string,
    extra: Partial<{ cutoffAt: string; warehouseId: string }> = {},
  ) => ({
    orderId,
    lineId: 'L1',
    sku: `SKU-${binCode}`,
    quantity: 1,
    warehouseId: 'WH-1',
    binCode,
    ...extra,
  });

  it('gives every task a unique id and rejects unreadable bins and quantities', () => {
    const { tasks, rejected } = createPickTasks(
      [
        request('o1', 'A-01-01-1'),
        request('o2', 'A-01-02-1'),
        request('o3', 'nowhere'),
        { ...request('o4', 'A-01-01-1'), quantity: 0 },
      ],
      createTestEnv(),
    );
    expect(tasks.map((task) => task.id)).toEqual(['pick-1', 'pick-2']);
    expect(rejected.map((one) => one.reason)).toEqual(['invalid_bin_code', 'invalid_quantity']);
  });

  it('groups by warehouse, cut-off and zone, earliest cut-off first, keeping orders whole', () => {
    const env = createTestEnv();
    const { tasks } = createPickTasks(
      [
        request('late', 'A-01-01-1', { cutoffAt: '2026-11-20T18:00:00.000Z' }),
        request('early', 'A-02-05-1', { cutoffAt: '2026-11-20T12:00:00.000Z' }),
        request('early', 'B-01-01-1', { cutoffAt: '2026-11-20T12:00:00.000Z' }),
        request('early2', 'A-03-05-1', { cutoffAt: '2026-11-20T12:00:00.000Z' }),
        request('early3', 'A-04-05-1', { cutoffAt: '2026-11-20T12:00:00.000Z' }),
        request('none', 'A-01-01-1'),
        request('other-wh', 'A-01-01-1', { warehouseId: 'WH-2', cutoffAt: '2026-11-20T12:00:00.000Z' }),
      ],
      env,
    );
    const waves = planWaves(tasks, env, { maxOrdersPerWave: 2, layoutOf: () => layout });
    expect(
      waves.map((wave) => [wave.warehouseId, wave.zone, wave.cutoffAt ?? '-', wave.orderIds.join(',')]),
    ).toEqual([
      ['WH-1', 'A', '2026-11-20T12:00:00.000Z', 'early,early2'],
      ['WH-1', 'A', '2026-11-20T12:00:00.000Z', 'early3'],
      ['WH-1', 'B', '2026-11-20T12:00:00.000Z', 'early'],
      ['WH-2', 'A', '2026-11-20T12:00:00.000Z', 'other-wh'],
      ['WH-1', 'A', '2026-11-20T18:00:00.000Z', 'late'],
      ['WH-1', 'A', '-', 'none'],
    ]);
    expect(waves[0]?.path?.lengthM).toBeGreaterThan(0);
    expect(new Set(waves.map((wave) => wave.id)).size).toBe(waves.length);
    const byTasks = planWaves(tasks, createTestEnv(), { maxTasksPerWave: 1 });
    expect(byTasks.every((wave) => wave.tasks.length === 1 || wave.orderIds.length === 1)).toBe(true);
  });
});
