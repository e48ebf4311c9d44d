import { describe, expect, it } from 'vitest';
import { network, order } from './__fixtures__/routing-network';
import { routeBatch } from './route-batch';
import { dailyRoutingReport } from './routing-report';
import { simulateRuleSets } from './simulate-rule-sets';

const orders = [
  order(
    '广东',
    [
      ['TSHIRT', 1],
      ['MUG', 1],
    ],
    { id: 'gd-1' },
  ),
  order('广东', [['TSHIRT', 2]], { id: 'gd-2' }),
  order('四川', [['TSHIRT', 1]], { id: 'sc-1' }),
  order('北京', [['ICECREAM', 1]], { id: 'bj-1' }),
  order(
    '江苏',
    [
      ['SOFA', 1],
      ['TEA', 1],
    ],
    { id: 'js-1' },
  ),
  order('上海', [['NOPE', 1]], { id: 'sh-1' }),
  order(
    '湖北',
    [
      ['ICECREAM', 1],
      ['SOFA', 1],
    ],
    { id: 'hb-1' },
  ),
];

describe('simulateRuleSets', () => {
  it('compares parcels, splits, cost and unfulfillable lines between two rule sets', () => {
    const current = { version: 'v1', strategy: 'priority' as const };
    const proposed = {
      version: 'v2',
      strategy: 'lowest_cost' as const,
      rules: [{ id: 'tea', when: { type: 'sku' as const, in: ['TEA'] }, action: { dropShip: true } }],
    };
    const comparison = simulateRuleSets(orders, network(), current, proposed);
    expect(comparison.baseline.version).toBe('v1');
    expect(comparison.baseline.metrics.orders).toBe(7);
    // v1 cannot ship the tea (no drop-ship), v2 can.
    expect(comparison.delta.unfulfillableLines).toBe(-1);
    expect(comparison.candidate.metrics.totalCost).toBeLessThan(
      comparison.baseline.metrics.totalCost + 10_000,
    );
    expect(comparison.changedOrders.map((change) => change.orderId)).toContain('js-1');
    const sameInBatch = simulateRuleSets(orders, network(), current, current, 'batch');
    expect(sameInBatch.changedOrders).toEqual([]);
    expect(sameInBatch.delta.parcels).toBe(0);
  });
});

describe('dailyRoutingReport', () => {
  it('counts per rule, warehouse and carrier, and splits and unfulfillable lines with their reasons', () => {
    const ruleSet = {
      version: 'v3',
      rules: [
        {
          id: 'south',
          when: { type: 'province' as const, in: ['广东'] },
          action: { warehouses: ['wh-guangzhou', 'wh-jiangsu'] },
        },
      ],
    };
    const { decisions } = routeBatch(orders, network(ruleSet));
    const report = dailyRoutingReport('2026-11-24', decisions);
    expect(report.totals.orders).toBe(7);
    expect(report.byRule.map((row) => row.ruleId)).toEqual(['fallback', 'south']);
    expect(report.byRule.find((row) => row.ruleId === 'south')?.orders).toBe(2);
    expect(report.byWarehouse.reduce((sum, row) => sum + row.parcels, 0)).toBe(report.totals.parcels);
    expect(report.byCarrier.reduce((sum, row) => sum + row.cost, 0)).toBe(
      report.byWarehouse.reduce((sum, row) => sum + row.cost, 0),
    );
    expect(report.splitReasons).toEqual([{ reason: 'capability_mismatch', orders: 1 }]);
    expect(report.unfulfillableReasons).toEqual([
      { code: 'no_candidate_warehouse', lines: 1 },
      { code: 'unknown_sku', lines: 1 },
    ]);
  });
});
