// A hand-made warehouse network for routing tests: warehouse sites, SKUs and rate cards shaped
// like a mid-size seller's (prices are plausible, not any carrier's published tariff).
import type { RateCardInput } from '../../shipping/rate-card';
import type { RoutableOrder, RoutingContext } from '../routing-context';
import type { RuleSetInput } from '../rule-set';

const zones = (first: number, step: number, days: number): NonNullable<RateCardInput['zones']> => ({
  same_province: { firstPriceFen: first, additionalPriceFen: step, promisedDays: days },
  jiangzhehu: { firstPriceFen: first + 50, additionalPriceFen: step + 50, promisedDays: days },
  adjacent: { firstPriceFen: first + 100, additionalPriceFen: step + 100, promisedDays: days + 1 },
  same_region: { firstPriceFen: first + 150, additionalPriceFen: step + 150, promisedDays: days + 1 },
  national: { firstPriceFen: first + 300, additionalPriceFen: step + 300, promisedDays: days + 2 },
  remote: { firstPriceFen: first + 1000, additionalPriceFen: step + 700, promisedDays: days + 4 },
});

/** SF, ZTO, J&T and YTO cards. */
export const rateCards: RateCardInput[] = [
  { carrierCode: 'sf', volumetricDivisor: 6000, rounding: { stepGrams: 500 }, zones: zones(1200, 200, 1) },
  {
    carrierCode: 'zto',
    rounding: { stepGrams: 1000, graceGrams: 200 },
    zones: zones(500, 100, 2),
    refusedTags: ['cold_chain'],
    maxWeightGrams: 30_000,
  },
  {
    carrierCode: 'jt',
    rounding: { stepGrams: 1000 },
    zones: zones(450, 100, 3),
    refusedTags: ['cold_chain', 'battery'],
  },
  {
    carrierCode: 'yto',
    rounding: { stepGrams: 1000 },
    zones: zones(480, 120, 2),
    refusedTags: ['cold_chain'],
  },
];

/** A rule set routing everything by priority through the own warehouses. */
export const plainRuleSet: RuleSetInput = { version: 'test-1', strategy: 'priority' };

/** The network with a given rule set (and optionally other stock). */
export function network(
  ruleSet: RuleSetInput = plainRuleSet,
  overrides: Partial<RoutingContext> = {},
): RoutingContext {
  return {
    ruleSet,
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
        capabilities: ['battery', 'oversize'],
        carriers: ['sf', 'zto', 'yto'],
      },
      { id: 'wh-chengdu', provinceCode: '510100', capabilities: [], carriers: ['zto', 'jt'] },
      { id: 'wh-beijing', provinceCode: '110000', capabilities: ['cold_chain'], carriers: ['sf', 'zto'] },
      { id: 'sup-tea', provinceCode: '350000', supplierId: 'tea-co', carriers: ['zto'] },
    ],
    skus: [
      { sku: 'TSHIRT', unitWeightGrams: 250, volumeCm3: 1200 },
      { sku: 'MUG', unitWeightGrams: 450, volumeCm3: 1500 },
      { sku: 'POWERBANK', unitWeightGrams: 300, tags: ['battery'] },
      { sku: 'ICECREAM', unitWeightGrams: 900, tags: ['cold_chain'] },
      { sku: 'SOFA', unitWeightGrams: 25_000, volumeCm3: 900_000, tags: ['oversize'] },
      { sku: 'TEA', unitWeightGrams: 500, ownerSupplierId: 'tea-co' },
    ],
    stock: [
      { sku: 'TSHIRT', warehouseId: 'wh-guangzhou', available: 50 },
      { sku: 'TSHIRT', warehouseId: 'wh-jiangsu', available: 80 },
      { sku: 'TSHIRT', warehouseId: 'wh-chengdu', available: 20 },
      { sku: 'MUG', warehouseId: 'wh-jiangsu', available: 30 },
      { sku: 'MUG', warehouseId: 'wh-chengdu', available: 5 },
      { sku: 'POWERBANK', warehouseId: 'wh-guangzhou', available: 10 },
      { sku: 'POWERBANK', warehouseId: 'wh-jiangsu', available: 10 },
      { sku: 'ICECREAM', warehouseId: 'wh-beijing', available: 40 },
      { sku: 'ICECREAM', warehouseId: 'wh-guangzhou', available: 2 },
      { sku: 'SOFA', warehouseId: 'wh-jiangsu', available: 3 },
      { sku: 'TEA', warehouseId: 'sup-tea', available: 100 },
    ],
    rateCards,
    now: '2026-11-24T02:00:00.000Z',
    ...overrides,
  };
}

let sequence = 0;

/** An order to a province with `[sku, quantity]` lines. */
export function order(
  province: string,
  lines: readonly (readonly [string, number])[],
  extra: Partial<RoutableOrder> = {},
): RoutableOrder {
  sequence += 1;
  const id = extra.id ?? `o-${sequence}`;
  return {
    id,
    channel: 'taobao',
    shopId: 'shop-1',
    receiver: { province, city: '', district: '' },
    lines: lines.map(([sellerSku, quantity], index) => ({
      lineId: `${id}-${index + 1}`,
      sellerSku,
      quantity,
    })),
    totals: { paid: { amount: 9900 } },
    ...extra,
  };
}
