import { describe, expect, it } from 'vitest';
import { network, order } from './__fixtures__/routing-network';
import { prepareRouting, withAllocations } from './prepare-routing';
import { routeOrder } from './route-order';
import type { RuleSetInput } from './rule-set';

// The seeds' example: "destination in Guangdong -> the Guangzhou warehouse if it has stock,
// else transfer from Jiangsu", in a few lines of JSON.
const guangdong: RuleSetInput = {
  version: '2026-11-24.1',
  rules: [
    {
      id: 'guangdong',
      when: { type: 'province', in: ['广东'] },
      action: { warehouses: ['wh-guangzhou', { warehouse: 'wh-guangzhou', transferFrom: 'wh-jiangsu' }] },
    },
  ],
};

describe('routeOrder: the Guangdong example', () => {
  it('ships from Guangzhou when it has stock', () => {
    const decision = routeOrder(order('广东省', [['TSHIRT', 2]]), network(guangdong));
    expect(decision.status).toBe('routed');
    expect(decision.parcels).toMatchObject([{ warehouseId: 'wh-guangzhou', zone: 'same_province' }]);
    expect(decision.parcels[0]?.stockWarehouseId).toBeUndefined();
    expect(decision.explanation.ruleId).toBe('guangdong');
    expect(decision.explanation.ruleSetVersion).toBe('2026-11-24.1');
    const transfer = decision.explanation.candidates.find(
      (candidate) => candidate.stockWarehouseId === 'wh-jiangsu',
    );
    expect(transfer?.rejections[0]?.code).toBe('lower_priority');
    const chengdu = decision.explanation.candidates.find(
      (candidate) => candidate.warehouseId === 'wh-chengdu',
    );
    expect(chengdu).toMatchObject({ accepted: false, rank: -1, rejections: [{ code: 'excluded_by_rule' }] });
  });

  it('transfers from Jiangsu when Guangzhou has none', () => {
    const decision = routeOrder(order('Guangdong', [['MUG', 1]]), network(guangdong));
    expect(decision.status).toBe('routed');
    expect(decision.parcels).toMatchObject([
      {
        warehouseId: 'wh-guangzhou',
        stockWarehouseId: 'wh-jiangsu',
        lines: [{ sku: 'MUG', stockWarehouseId: 'wh-jiangsu' }],
      },
    ]);
    // Two transfer days on top of handling (1) and J&T's same-province promise (3).
    expect(decision.parcels[0]).toMatchObject({ carrierCode: 'jt', promisedDays: 6 });
    const direct = decision.explanation.candidates.find(
      (c) => c.warehouseId === 'wh-guangzhou' && !c.stockWarehouseId,
    );
    expect(direct?.rejections).toContainEqual({
      code: 'no_stock',
      sku: 'MUG',
      detail: '0 of 1 x MUG available at wh-guangzhou',
    });
  });

  it('ships shelf stock and transferred stock together in one parcel', () => {
    const decision = routeOrder(
      order('广东', [
        ['TSHIRT', 1],
        ['MUG', 1],
      ]),
      network(guangdong),
    );
    expect(decision.parcels).toHaveLength(1);
    expect(decision.parcels[0]?.lines).toEqual([
      { lineId: expect.any(String), sku: 'TSHIRT', quantity: 1 },
      { lineId: expect.any(String), sku: 'MUG', quantity: 1, stockWarehouseId: 'wh-jiangsu' },
    ]);
  });

  it('chooses the cheapest contracted carrier and explains the others', () => {
    const decision = routeOrder(order('广东', [['TSHIRT', 1]]), network(guangdong));
    expect(decision.parcels[0]?.carrierCode).toBe('jt');
    expect(decision.explanation.carriers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ carrierCode: 'jt', accepted: true, cost: 450 }),
        expect.objectContaining({ carrierCode: 'zto', accepted: false, cost: 500 }),
        expect.objectContaining({
          carrierCode: 'yto',
          accepted: false,
          rejection: expect.objectContaining({ code: 'not_contracted' }),
        }),
      ]),
    );
  });

  it('routes the rest of the country by the fallback', () => {
    const decision = routeOrder(order('四川', [['TSHIRT', 1]]), network(guangdong));
    expect(decision.explanation.ruleId).toBeUndefined();
    expect(decision.parcels[0]?.warehouseId).toBe('wh-guangzhou');
  });
});

describe('routeOrder: realistic rule sets', () => {
  const realistic: RuleSetInput = {
    version: 'prod-7',
    strategy: 'lowest_cost',
    rules: [
      {
        id: 'big-ticket',
        when: { type: 'amount', minFen: 500_000 },
        action: { hold: { reason: 'amount over 5,000 yuan' } },
      },
      {
        id: 'cold-chain',
        when: { type: 'skuTag', in: ['cold_chain'] },
        action: { carriers: { allow: ['sf'] } },
      },
      { id: 'vip', when: { type: 'buyerTag', in: ['vip'] }, action: { carriers: { allow: ['sf'] } } },
      { id: 'cod', when: { type: 'cod', is: true }, action: { exclude: ['wh-chengdu'] } },
      { id: 'tea', when: { type: 'sku', in: ['TEA'] }, action: { dropShip: true } },
    ],
  };

  it('holds big-ticket orders for review, every line with the reason', () => {
    const decision = routeOrder(
      order('上海', [['TSHIRT', 1]], { totals: { paid: { amount: 800_000 } } }),
      network(realistic),
    );
    expect(decision.status).toBe('hold');
    expect(decision.unfulfillable[0]?.reason).toEqual({
      code: 'held_for_review',
      ruleId: 'big-ticket',
      detail: 'amount over 5,000 yuan',
    });
  });

  it('sends cold-chain goods from a cold-chain warehouse with SF', () => {
    const decision = routeOrder(order('北京', [['ICECREAM', 1]]), network(realistic));
    expect(decision.parcels).toMatchObject([{ warehouseId: 'wh-beijing', carrierCode: 'sf' }]);
    const jiangsu = decision.explanation.candidates.find((c) => c.warehouseId === 'wh-jiangsu');
    expect(jiangsu?.rejections).toContainEqual({
      code: 'lacks_capability',
      sku: 'ICECREAM',
      detail: 'wh-jiangsu lacks cold_chain',
    });
  });

  it('lets VIP orders ship SF only', () => {
    const decision = routeOrder(order('江苏', [['TSHIRT', 1]], { tags: ['vip'] }), network(realistic));
    expect(decision.parcels).toMatchObject([{ warehouseId: 'wh-jiangsu', carrierCode: 'sf' }]);
    expect(decision.explanation.carriers).toContainEqual(
      expect.objectContaining({
        carrierCode: 'zto',
        rejection: expect.objectContaining({ code: 'excluded_by_rule' }),
      }),
    );
  });

  it('drop-ships supplier-owned SKUs from the supplier and explains the split', () => {
    const decision = routeOrder(
      order('浙江', [
        ['TEA', 2],
        ['TSHIRT', 1],
      ]),
      network(realistic),
    );
    expect(decision.parcels.map((parcel) => parcel.warehouseId).sort()).toEqual(['sup-tea', 'wh-jiangsu']);
    expect(decision.explanation.split?.reason).toBe('drop_ship');
  });

  it('excludes a warehouse for COD orders', () => {
    const decision = routeOrder(order('四川', [['TSHIRT', 1]], { cod: true }), network(realistic));
    expect(decision.parcels[0]?.warehouseId).not.toBe('wh-chengdu');
    const chengdu = decision.explanation.candidates.find((c) => c.warehouseId === 'wh-chengdu');
    expect(chengdu?.rejections).toEqual([{ code: 'excluded_by_rule', detail: 'excluded by rule cod' }]);
  });

  it('prices the cheaper warehouse and says how much more the others cost', () => {
    const decision = routeOrder(order('四川', [['TSHIRT', 1]]), network(realistic));
    expect(decision.parcels[0]?.warehouseId).toBe('wh-chengdu');
    const guangzhou = decision.explanation.candidates.find((c) => c.warehouseId === 'wh-guangzhou');
    expect(guangzhou?.rejections[0]).toMatchObject({ code: 'more_expensive', costDelta: 300 });
  });

  it('turns lines it cannot serve into typed reasons', () => {
    const decision = routeOrder(
      order('四川', [
        ['SOFA', 5],
        ['NOPE', 1],
        ['TSHIRT', 1],
      ]),
      network(realistic),
    );
    expect(decision.status).toBe('partially_routed');
    expect(decision.unfulfillable.map((line) => line.reason.code)).toEqual([
      'insufficient_stock',
      'unknown_sku',
    ]);
    expect(decision.unfulfillable[0]?.reason).toMatchObject({ requested: 5, bestAvailable: 3 });
  });

  it('says when no warehouse can handle a capability', () => {
    const context = network({ version: 'x', fallback: { warehouses: ['wh-chengdu', 'wh-jiangsu'] } });
    const decision = routeOrder(order('四川', [['ICECREAM', 1]]), context);
    expect(decision.unfulfillable[0]?.reason).toMatchObject({
      code: 'no_capable_warehouse',
      capability: 'cold_chain',
    });
  });

  it('charges and reports a missed ship-by promise', () => {
    const context = network(realistic, {
      costs: { lateShipPenaltyFen: 1000 },
      now: '2026-11-24T02:00:00.000Z',
    });
    const decision = routeOrder(
      order('四川', [['TSHIRT', 1]], { shipBy: '2026-11-24T06:00:00.000Z' }),
      context,
    );
    expect(decision.parcels[0]).toMatchObject({ misses: ['ship_by'], penalty: 1000 });
  });
});

describe('routeOrder: streaming against one snapshot', () => {
  it('draws stock down with withAllocations', () => {
    let prepared = prepareRouting(network());
    const first = routeOrder(order('广东', [['ICECREAM', 2]]), prepared);
    prepared = withAllocations(prepared, first.parcels);
    const second = routeOrder(order('广东', [['ICECREAM', 1]]), prepared);
    expect(first.parcels[0]?.warehouseId).toBe('wh-guangzhou');
    expect(second.parcels[0]?.warehouseId).toBe('wh-beijing');
  });

  it('plans orders longer than the exact search greedily, still accounting for every line', () => {
    const skus = [
      'TSHIRT',
      'MUG',
      'POWERBANK',
      'ICECREAM',
      'SOFA',
      'TEA',
      'NOPE',
      'TSHIRT',
      'MUG',
      'POWERBANK',
    ];
    const decision = routeOrder(
      order(
        '湖北',
        skus.map((sku) => [sku, 1] as const),
      ),
      network(),
    );
    const accounted =
      decision.parcels.flatMap((parcel) => parcel.lines).length + decision.unfulfillable.length;
    expect(accounted).toBe(10);
    expect(decision.parcels.length).toBeGreaterThan(1);
    expect(decision.status).toBe('partially_routed');
  });

  it('is deterministic', () => {
    const context = network();
    const input = order(
      '湖南',
      [
        ['TSHIRT', 1],
        ['MUG', 2],
        ['POWERBANK', 1],
      ],
      { id: 'same' },
    );
    expect(routeOrder(input, context)).toEqual(routeOrder(input, network()));
  });
});
