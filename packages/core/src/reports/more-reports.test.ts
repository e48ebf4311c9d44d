import { describe, expect, it } from 'vitest';
import { type AfterSaleCase, openAfterSaleCase } from '../aftersales/after-sale-case';
import { normalizeProvince } from '../region/normalize-province';
import { network, order } from '../routing/__fixtures__/routing-network';
import { routeBatch } from '../routing/route-batch';
import { dailyRoutingReport } from '../routing/routing-report';
import type { RuleSetInput } from '../routing/rule-set';
import { buildTestAfterSale, buildTestOrder } from '../testing/test-records';
import { afterSalesReport } from './after-sales-report';
import { operationsReport } from './operations-report';
import { routingEfficiency } from './routing-efficiency';

const cny = (amount: number) => ({ amount, currency: 'CNY' as const });

/** A case that went requested -> approved -> refund_pending -> refunded -> closed at the given hours. */
function walkedCase(
  id: string,
  hours: [number, number, number, number],
  reason: string,
  paid = true,
): AfterSaleCase {
  const start = Date.parse('2026-11-18T00:00:00.000Z');
  const at = (h: number) => new Date(start + h * 3_600_000).toISOString();
  const afterSale = buildTestAfterSale({
    id,
    reason,
    createdAt: at(0),
    status: 'closed',
    lines: [{ lineId: '1001-1', quantity: 1, refundAmount: cny(9900) }],
  });
  const steps = [
    ['requested', 'approved'],
    ['approved', 'refund_pending'],
    ['refund_pending', 'refunded'],
    ['refunded', 'closed'],
  ] as const;
  return {
    ...openAfterSaleCase(afterSale),
    history: steps.map(([from, to], index) => ({
      id: `${id}-h${index}`,
      at: at(hours[index] ?? 0),
      event: 'approve' as const,
      by: 'seller' as const,
      from,
      to,
    })),
    ...(paid ? { refundPayment: { paymentId: `pay-${id}`, at: at(hours[2]) } } : {}),
  };
}

describe('afterSalesReport', () => {
  const order = buildTestOrder({
    lines: [
      { ...buildTestOrder().lines[0], shippedQuantity: 4 } as ReturnType<
        typeof buildTestOrder
      >['lines'][number],
    ],
  });

  it('counts by type, reason and SKU with the rate against shipped units', () => {
    const report = afterSalesReport({
      cases: [
        walkedCase('a', [1, 2, 10, 11], '尺码不合适'),
        walkedCase('b', [2, 3, 40, 41], '尺码不合适'),
        walkedCase('c', [1, 2, 3, 4], ''),
      ],
      orders: [order],
      now: '2026-11-20T00:00:00.000Z',
    });
    expect(report.afterSales).toBe(3);
    expect(report.byReason).toEqual([
      { key: '尺码不合适', afterSales: 2, units: 2 },
      { key: '(none given)', afterSales: 1, units: 1 },
    ]);
    expect(report.bySku).toEqual([
      { key: 'TEE-RED-M', afterSales: 3, units: 3, shippedUnits: 4, rate: 0.75 },
    ]);
  });

  it('measures hours in each status and to close, and lists refunds paid late', () => {
    const report = afterSalesReport({
      cases: [
        walkedCase('fast', [1, 2, 10, 11], 'x'),
        walkedCase('slow', [1, 2, 40, 41], 'x'),
        walkedCase('owed', [1, 2, 3, 4], 'x', false),
      ],
      orders: [order],
      refundDueHours: 24,
      now: '2026-11-19T12:00:00.000Z',
    });
    expect(report.hoursInStatus.requested).toMatchObject({ count: 3, median: 1 });
    expect(report.hoursInStatus.refund_pending).toMatchObject({ count: 3, min: 1, max: 38 });
    expect(report.hoursToClose).toMatchObject({ count: 3, max: 41 });
    expect(report.lateRefunds.map((late) => [late.afterSaleId, Math.round(late.hoursLate)])).toEqual([
      ['slow', 14],
      ['owed', 10],
    ]);
  });
});

const rules: RuleSetInput = {
  version: '1',
  strategy: 'lowest_cost',
  rules: [
    {
      id: 'guangdong',
      when: { type: 'province', in: ['广东'] },
      action: { warehouses: ['wh-guangzhou', 'wh-jiangsu'] },
    },
    { id: 'never', when: { type: 'province', in: ['西藏'] }, action: { warehouses: ['wh-chengdu'] } },
  ],
};
const orders = [
  order('广东省', [['TSHIRT', 1]]),
  order('四川省', [['TSHIRT', 1]]),
  order('北京市', [['MUG', 1]]),
];
const context = network(rules);
const { decisions } = routeBatch(orders, context);
const report = dailyRoutingReport('2026-11-24', decisions);

describe('routingEfficiency', () => {
  it('prices the day against the cheapest and the nearest single warehouse, and ranks rules', () => {
    const efficiency = routingEfficiency({
      report,
      decisions,
      ruleIds: ['guangdong', 'never'],
      warehouses: context.warehouses.map(({ id, provinceCode }) => ({ id, provinceCode })),
      destinations: Object.fromEntries(
        orders.map((o) => {
          const match = normalizeProvince(o.receiver.province);
          return [o.id, match.ok ? match.code : ''];
        }),
      ),
      holds: [],
    });
    expect(efficiency.cost.orders).toBeGreaterThan(0);
    expect(efficiency.cost.cheapestSingleWarehouse).toBeLessThanOrEqual(efficiency.cost.chosen + 1);
    expect(efficiency.cost.nearestWarehouse).toBeGreaterThanOrEqual(efficiency.cost.cheapestSingleWarehouse);
    expect(efficiency.rulesByUse.at(-1)).toMatchObject({ ruleId: 'never', orders: 0 });
    expect(efficiency.leastUsedRules).toEqual(['never']);
  });
});

describe('routingEfficiency input', () => {
  it('names a destination that is not a province code', () => {
    expect(() =>
      routingEfficiency({
        report,
        decisions,
        warehouses: context.warehouses.map(({ id, provinceCode }) => ({ id, provinceCode })),
        destinations: Object.fromEntries(orders.map((o) => [o.id, 'nowhere'])),
      }),
    ).toThrow(expect.objectContaining({ code: 'invalid_input', path: ['destinations', orders[0]?.id] }));
  });
});

describe('operationsReport', () => {
  it('keeps the parts given and names a bad period', () => {
    const combined = operationsReport({
      period: { from: '2026-11-01', to: '2026-11-30' },
      carrierKpis: {
        SF: { onTimeRate: 0.97, deliverySuccessRate: 0.99, damageRate: 0.001, complaintRate: 0.002 },
      },
    });
    expect(Object.keys(combined)).toEqual(['period', 'carrierKpis']);
    expect(() => operationsReport({ period: { from: '2026-12-01', to: '2026-11-01' } })).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: ['period', 'to'] }),
    );
  });
});
