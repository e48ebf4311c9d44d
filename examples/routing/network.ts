/** A small seller's network for the routing example: four warehouses, a supplier, three carriers. */
import type { RateCardInput, RoutableOrder, RoutingContext, RuleSetInput } from '@omskit/core';

const card = (
  carrierCode: string,
  first: number,
  step: number,
  days: number,
  refusedTags: string[] = [],
): RateCardInput => ({
  carrierCode,
  rounding: { stepGrams: 1000 },
  refusedTags,
  zones: {
    same_province: { firstPriceFen: first, additionalPriceFen: step, promisedDays: days },
    jiangzhehu: { firstPriceFen: first + 50, additionalPriceFen: step + 50, promisedDays: days },
    adjacent: { firstPriceFen: first + 100, additionalPriceFen: step + 100, promisedDays: days + 1 },
    same_region: { firstPriceFen: first + 150, additionalPriceFen: step + 150, promisedDays: days + 1 },
    national: { firstPriceFen: first + 300, additionalPriceFen: step + 300, promisedDays: days + 2 },
    remote: { firstPriceFen: first + 1000, additionalPriceFen: step + 700, promisedDays: days + 4 },
  },
});

/** The rule set: the seeds' Guangdong rule, cold chain by SF, VIPs by SF, big orders held, tea drop-shipped. */
export const ruleSet: RuleSetInput = {
  id: 'example',
  version: '2026-11-24.1',
  strategy: 'lowest_cost',
  rules: [
    {
      id: 'big-ticket',
      when: { type: 'amount', minFen: 500_000 },
      action: { hold: { reason: 'paid over 5,000 yuan' } },
    },
    {
      id: 'guangdong',
      when: { type: 'province', in: ['广东'] },
      action: {
        warehouses: [
          'wh-guangzhou',
          { warehouse: 'wh-guangzhou', transferFrom: 'wh-jiangsu', transferCostFen: 150 },
        ],
      },
    },
    {
      id: 'cold-chain',
      when: { type: 'skuTag', in: ['cold_chain'] },
      action: { carriers: { allow: ['sf'] } },
    },
    { id: 'tea', when: { type: 'sku', in: ['TEA'] }, action: { dropShip: true } },
  ],
};

/** The routing context for a day. */
export const context: RoutingContext = {
  ruleSet,
  now: '2026-11-24T01:00:00.000Z',
  warehouses: [
    {
      id: 'wh-guangzhou',
      provinceCode: '440100',
      capabilities: ['cold_chain', 'battery'],
      carriers: ['sf', 'zto', 'jt'],
    },
    {
      id: 'wh-jiangsu',
      provinceCode: '320583',
      capabilities: ['battery'],
      carriers: ['sf', 'zto'],
      remainingCapacity: 500,
    },
    { id: 'wh-chengdu', provinceCode: '510100', carriers: ['zto', 'jt'] },
    { id: 'wh-beijing', provinceCode: '110000', capabilities: ['cold_chain'], carriers: ['sf', 'zto'] },
    { id: 'sup-tea', provinceCode: '350000', supplierId: 'tea-co', carriers: ['zto'] },
  ],
  skus: [
    { sku: 'TSHIRT', unitWeightGrams: 250 },
    { sku: 'MUG', unitWeightGrams: 450 },
    { sku: 'POWERBANK', unitWeightGrams: 300, tags: ['battery'] },
    { sku: 'ICECREAM', unitWeightGrams: 900, tags: ['cold_chain'] },
    { sku: 'TEA', unitWeightGrams: 500, ownerSupplierId: 'tea-co' },
  ],
  stock: [
    { sku: 'TSHIRT', warehouseId: 'wh-guangzhou', available: 3 },
    { sku: 'TSHIRT', warehouseId: 'wh-jiangsu', available: 40 },
    { sku: 'TSHIRT', warehouseId: 'wh-chengdu', available: 10 },
    { sku: 'MUG', warehouseId: 'wh-jiangsu', available: 20 },
    { sku: 'MUG', warehouseId: 'wh-chengdu', available: 1 },
    { sku: 'POWERBANK', warehouseId: 'wh-guangzhou', available: 1 },
    { sku: 'ICECREAM', warehouseId: 'wh-beijing', available: 10 },
    { sku: 'TEA', warehouseId: 'sup-tea', available: 50 },
  ],
  rateCards: [
    card('sf', 1200, 200, 1),
    card('zto', 500, 120, 2, ['cold_chain']),
    card('jt', 450, 110, 3, ['cold_chain', 'battery']),
  ],
  costs: { extraParcelFen: 300 },
};

const order = (
  id: string,
  province: string,
  lines: [string, number][],
  extra: Partial<RoutableOrder> = {},
): RoutableOrder => ({
  id,
  channel: 'taobao',
  shopId: 'tmall-flagship',
  receiver: { province },
  lines: lines.map(([sellerSku, quantity], index) => ({ lineId: `${id}-${index + 1}`, sellerSku, quantity })),
  totals: { paid: { amount: 12_900 } },
  ...extra,
});

/** The morning's batch. */
export const orders: RoutableOrder[] = [
  order('T1001', '广东省', [['TSHIRT', 2]]),
  order('T1002', '广东省', [
    ['MUG', 1],
    ['POWERBANK', 1],
  ]),
  order('T1003', '北京市', [['ICECREAM', 2]]),
  order('T1004', '四川省', [
    ['TSHIRT', 1],
    ['MUG', 1],
  ]),
  order('T1005', '四川省', [['MUG', 1]]),
  order('T1006', '浙江省', [
    ['TEA', 2],
    ['TSHIRT', 1],
  ]),
  order('T1007', '上海市', [['TSHIRT', 1]], { totals: { paid: { amount: 880_000 } } }),
  order('T1008', '新疆', [
    ['ICECREAM', 1],
    ['POWERBANK', 1],
  ]),
];
