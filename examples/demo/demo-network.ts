/**
 * The demo seller's network: four warehouses, three carriers with synthetic zone rate cards,
 * the seeds' Guangdong rule, and stock for whatever SKUs the marketplaces sell.
 */
import type { InventoryStore, RateCardInput, RoutingContext, RuleSetInput } from '@omskit/core';
import { availableQuantity, seededRandom } from '@omskit/core';

/** Synthetic rate card (not any carrier's real prices): first kilo + each further kilo by zone, in fen. */
function rateCard(carrierCode: string, first: number, step: number, days: number): RateCardInput {
  const zone = (extraFirst: number, extraStep: number, extraDays: number) => ({
    firstPriceFen: first + extraFirst,
    additionalPriceFen: step + extraStep,
    promisedDays: days + extraDays,
  });
  return {
    carrierCode,
    rounding: { stepGrams: 1000 },
    zones: {
      same_province: zone(0, 0, 0),
      jiangzhehu: zone(50, 50, 0),
      adjacent: zone(100, 100, 1),
      same_region: zone(150, 150, 1),
      national: zone(300, 300, 2),
      remote: zone(1000, 700, 4),
    },
  };
}

export const warehouses = [
  { id: 'GZ-广州', provinceCode: '440100', carriers: ['SF', 'ZTO', 'JTSD'] },
  { id: 'SZ-苏州', provinceCode: '320500', carriers: ['SF', 'ZTO', 'JTSD'] },
  { id: 'CD-成都', provinceCode: '510100', carriers: ['ZTO', 'JTSD'] },
  { id: 'BJ-北京', provinceCode: '110000', carriers: ['SF', 'ZTO'] },
];

const guangdongCandidates = [
  'GZ-广州',
  { warehouse: 'GZ-广州', transferFrom: 'SZ-苏州', transferCostFen: 150 },
];

/** "Destination in Guangdong -> the Guangzhou warehouse if it has stock, else transfer from Jiangsu." */
export const ruleSet: RuleSetInput = {
  id: 'demo',
  version: '2026-11-11.1',
  strategy: 'lowest_cost',
  rules: [
    {
      id: 'guangdong-jd',
      description: 'the Guangdong rule, on the carriers the JD shop can write back',
      when: {
        type: 'all',
        of: [
          { type: 'province', in: ['广东'] },
          { type: 'channel', in: ['jd'] },
        ],
      },
      action: { warehouses: guangdongCandidates, carriers: { allow: ['SF', 'ZTO'] } },
    },
    {
      id: 'guangdong',
      when: { type: 'province', in: ['广东'] },
      action: { warehouses: guangdongCandidates },
    },
    {
      id: 'jd-carriers',
      description: "JD's carrier ids known to the adapter cover SF and ZTO here, not J&T",
      when: { type: 'channel', in: ['jd'] },
      action: { carriers: { allow: ['SF', 'ZTO'] } },
    },
  ],
};

const rateCards = [rateCard('SF', 1200, 200, 1), rateCard('ZTO', 500, 120, 2), rateCard('JTSD', 450, 110, 3)];

/**
 * Stocks every SKU not seen before in Suzhou, the central warehouse every rule can transfer from,
 * and in about two thirds of the others (deterministic quantities).
 */
export async function stockNewSkus(
  inventory: InventoryStore,
  skus: Iterable<string>,
  known: Set<string>,
): Promise<void> {
  for (const sku of skus) {
    if (known.has(sku)) continue;
    known.add(sku);
    const random = seededRandom([...sku].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) >>> 0, 7));
    for (const warehouse of warehouses) {
      if (random() < 0.35 && warehouse.id !== 'SZ-苏州') continue;
      await inventory.setStock({ sku, warehouseId: warehouse.id, onHand: 10 + Math.floor(random() * 45) });
    }
  }
}

/** The routing context for a wave: stock as the pool has it available now. */
export async function routingContext(
  inventory: InventoryStore,
  skus: Iterable<string>,
  now: string,
): Promise<RoutingContext> {
  const items = await inventory.listItems();
  return {
    ruleSet,
    now,
    warehouses,
    skus: [...skus].map((sku) => ({ sku, unitWeightGrams: 300 + ((sku.length * 97) % 900) })),
    stock: items.map((item) => ({
      sku: item.sku,
      warehouseId: item.warehouseId,
      available: availableQuantity(item),
    })),
    rateCards,
    costs: { extraParcelFen: 300 },
  };
}
