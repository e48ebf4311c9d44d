import { describe, expect, it } from 'vitest';
import { network, order } from './__fixtures__/routing-network';
import { routeBatch } from './route-batch';
import { routeOrder } from './route-order';
import type { RoutingContext } from './routing-context';

const lowestCost = { version: 'batch-1', strategy: 'lowest_cost' as const };

describe('routeBatch', () => {
  it('shares stock across the batch: the order with no alternative gets the scarce unit', () => {
    // Guangzhou has 2 ice creams. The Beijing order can also be served from Beijing; the
    // Guangdong order has nothing cheaper than Guangzhou, so the batch gives it priority.
    const context = network(lowestCost, {
      stock: [
        { sku: 'ICECREAM', warehouseId: 'wh-guangzhou', available: 2 },
        { sku: 'ICECREAM', warehouseId: 'wh-beijing', available: 2 },
      ],
    });
    const toBeijing = order('北京', [['ICECREAM', 2]], { id: 'bj' });
    const toGuangdong = order('广东', [['ICECREAM', 2]], { id: 'gd' });
    const { decisions } = routeBatch([toBeijing, toGuangdong], context);
    expect(decisions.map((d) => d.parcels[0]?.warehouseId)).toEqual(['wh-beijing', 'wh-guangzhou']);
    expect(decisions.every((d) => d.status === 'routed')).toBe(true);
  });

  it('leaves the unit to the order that cannot be served otherwise, and says why the other line is unfulfillable', () => {
    const context = network(lowestCost, {
      stock: [{ sku: 'SOFA', warehouseId: 'wh-jiangsu', available: 1 }],
    });
    const result = routeBatch(
      [order('上海', [['SOFA', 1]], { id: 'a' }), order('浙江', [['SOFA', 1]], { id: 'b' })],
      context,
    );
    expect(result.parcels).toBe(1);
    expect(result.unfulfillableLines).toBe(1);
    const loser = result.decisions.find((d) => d.status === 'unfulfillable');
    expect(loser?.unfulfillable[0]?.reason).toMatchObject({ code: 'insufficient_stock', bestAvailable: 0 });
  });

  it('consolidates a split when moving another order costs less than the extra parcel', () => {
    // Chengdu has one MUG. Order "pair" (T-shirt + mug to Sichuan) ships whole from Chengdu
    // only if it gets that mug; the single-mug order can take its mug from Jiangsu instead.
    const context: RoutingContext = network(lowestCost, {
      costs: { extraParcelFen: 800 },
      stock: [
        { sku: 'TSHIRT', warehouseId: 'wh-chengdu', available: 5 },
        { sku: 'MUG', warehouseId: 'wh-chengdu', available: 1 },
        { sku: 'MUG', warehouseId: 'wh-jiangsu', available: 5 },
      ],
    });
    const single = order('四川', [['MUG', 1]], { id: 'single' });
    const pair = order(
      '四川',
      [
        ['TSHIRT', 1],
        ['MUG', 1],
      ],
      { id: 'pair' },
    );
    const batch = routeBatch([single, pair], context);
    expect(batch.decisions.map((d) => d.parcels.length)).toEqual([1, 1]);
    expect(batch.decisions[1]?.parcels[0]?.warehouseId).toBe('wh-chengdu');
    const streamed = [routeOrder(single, context)];
    expect(streamed[0]?.parcels[0]?.warehouseId).toBe('wh-chengdu');
    expect(batch.totalCost).toBeLessThanOrEqual(
      batch.decisions.reduce((sum, decision) => sum + decision.totalCost, 0),
    );
  });

  it('respects warehouse capacity across the batch', () => {
    const context = network(lowestCost, {
      warehouses: [
        { id: 'wh-chengdu', provinceCode: '510100', carriers: ['zto'], remainingCapacity: 1 },
        { id: 'wh-jiangsu', provinceCode: '320583', carriers: ['zto'] },
      ],
      stock: [
        { sku: 'TSHIRT', warehouseId: 'wh-chengdu', available: 10 },
        { sku: 'TSHIRT', warehouseId: 'wh-jiangsu', available: 10 },
      ],
    });
    const orders = [
      order('四川', [['TSHIRT', 1]]),
      order('重庆', [['TSHIRT', 1]]),
      order('四川', [['TSHIRT', 1]]),
    ];
    const { decisions } = routeBatch(orders, context);
    const fromChengdu = decisions.filter((d) => d.parcels[0]?.warehouseId === 'wh-chengdu');
    expect(fromChengdu).toHaveLength(1);
    const rejected = decisions.find((d) => d.parcels[0]?.warehouseId === 'wh-jiangsu');
    expect(
      rejected?.explanation.candidates.find((c) => c.warehouseId === 'wh-chengdu')?.rejections[0]?.code,
    ).toBe('over_capacity');
  });
});
