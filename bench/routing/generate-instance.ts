/**
 * A generator of realistic routing instances for the benchmark: 31 mainland provinces weighted
 * by online-retail demand, eight warehouses with different capabilities, carriers and stock,
 * a few hundred SKUs (some cold-chain, battery or oversize), three carriers with zone rate
 * cards, orders of one to four lines, and stock short enough that orders compete.
 * Deterministic for a seed (mulberry32).
 */
import type { RateCardInput, RoutableOrder, RoutingContext, RoutingSku, StockRow } from '@omskit/core';

/** A seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Relative order volume per mainland province (GB/T 2260 code), shaped like online retail.
const provinceDemand: readonly (readonly [string, number])[] = [
  ['440000', 14],
  ['330000', 10],
  ['320000', 9],
  ['310000', 6],
  ['110000', 5],
  ['370000', 6],
  ['350000', 4],
  ['410000', 4.5],
  ['510000', 5],
  ['420000', 3.5],
  ['430000', 3],
  ['340000', 3.2],
  ['130000', 3.5],
  ['120000', 1.5],
  ['500000', 2.2],
  ['360000', 2.2],
  ['450000', 2],
  ['530000', 1.8],
  ['610000', 2],
  ['210000', 2.2],
  ['140000', 1.5],
  ['520000', 1.3],
  ['220000', 1],
  ['230000', 1.2],
  ['150000', 0.8],
  ['460000', 0.7],
  ['620000', 0.7],
  ['650000', 0.8],
  ['640000', 0.3],
  ['630000', 0.25],
  ['540000', 0.15],
];

const warehouses = [
  {
    id: 'wh-guangzhou',
    provinceCode: '440100',
    capabilities: ['cold_chain', 'battery'],
    carriers: ['sf', 'zto', 'jt'],
  },
  {
    id: 'wh-kunshan',
    provinceCode: '320583',
    capabilities: ['battery', 'oversize'],
    carriers: ['sf', 'zto', 'jt'],
  },
  { id: 'wh-hangzhou', provinceCode: '330100', capabilities: ['cold_chain'], carriers: ['sf', 'zto'] },
  {
    id: 'wh-langfang',
    provinceCode: '131000',
    capabilities: ['battery', 'oversize'],
    carriers: ['sf', 'zto', 'jt'],
  },
  { id: 'wh-wuhan', provinceCode: '420100', capabilities: ['oversize'], carriers: ['zto', 'jt'] },
  {
    id: 'wh-chengdu',
    provinceCode: '510100',
    capabilities: ['cold_chain', 'battery'],
    carriers: ['sf', 'jt'],
  },
  { id: 'wh-xian', provinceCode: '610100', capabilities: [], carriers: ['zto', 'jt'] },
  { id: 'wh-shenyang', provinceCode: '210100', capabilities: ['battery'], carriers: ['zto', 'jt'] },
];

type Zones = NonNullable<RateCardInput['zones']>;
const zoneCard = (rows: readonly (readonly [number, number, number])[]): Zones => {
  const names = ['same_province', 'jiangzhehu', 'adjacent', 'same_region', 'national', 'remote'] as const;
  const zones: Zones = {};
  names.forEach((name, index) => {
    const [first, step, days] = rows[index] ?? [0, 0, 1];
    zones[name] = { firstPriceFen: first, additionalPriceFen: step, promisedDays: days };
  });
  return zones;
};

/** Three carriers: SF (dear, fast, carries cold chain), ZTO and J&T (cheap; J&T refuses batteries). */
export const benchRateCards: RateCardInput[] = [
  {
    carrierCode: 'sf',
    volumetricDivisor: 6000,
    rounding: { stepGrams: 500 },
    zones: zoneCard([
      [1000, 200, 1],
      [1200, 300, 1],
      [1300, 500, 2],
      [1500, 600, 2],
      [1800, 900, 2],
      [2500, 1500, 3],
    ]),
    remoteSurchargeFen: 500,
  },
  {
    carrierCode: 'zto',
    volumetricDivisor: 8000,
    rounding: { stepGrams: 1000, graceGrams: 100 },
    zones: zoneCard([
      [380, 100, 1],
      [420, 150, 2],
      [480, 250, 2],
      [520, 300, 3],
      [650, 500, 3],
      [1200, 900, 5],
    ]),
    refusedTags: ['cold_chain'],
    remoteSurchargeFen: 300,
    maxWeightGrams: 40_000,
  },
  {
    carrierCode: 'jt',
    volumetricDivisor: 8000,
    rounding: { stepGrams: 1000 },
    zones: zoneCard([
      [350, 110, 2],
      [400, 160, 2],
      [450, 260, 3],
      [500, 320, 3],
      [620, 520, 4],
      [1150, 950, 5],
    ]),
    refusedTags: ['cold_chain', 'battery'],
    remoteSurchargeFen: 300,
    maxWeightGrams: 30_000,
  },
];

/** A generated instance: the context (stock sized to the orders) and the orders. */
export interface RoutingInstance {
  readonly context: RoutingContext;
  readonly orders: readonly RoutableOrder[];
}

function pickWeighted<T>(random: () => number, items: readonly (readonly [T, number])[], total: number): T {
  let roll = random() * total;
  for (const [item, weight] of items) {
    roll -= weight;
    if (roll <= 0) return item;
  }
  return (items[items.length - 1] as readonly [T, number])[0];
}

/** Generates an instance of `orderCount` orders over `skuCount` SKUs for `seed`. */
export function generateInstance(
  seed: number,
  orderCount: number,
  skuCount = 300,
  stockFactor = 1.5,
): RoutingInstance {
  const random = mulberry32(seed);
  const skus: RoutingSku[] = [];
  for (let i = 0; i < skuCount; i++) {
    const roll = random();
    const tags = roll < 0.08 ? ['cold_chain'] : roll < 0.18 ? ['battery'] : roll < 0.22 ? ['oversize'] : [];
    const oversize = tags[0] === 'oversize';
    // Log-normal weights around 500 g; oversize items weigh 8 to 25 kg.
    const weight = oversize
      ? 8000 + Math.floor(random() * 17_000)
      : Math.round(100 * Math.exp(random() * 3.2));
    const density = 2 + random() * 6;
    skus.push({
      sku: `SKU-${String(i).padStart(4, '0')}`,
      unitWeightGrams: weight,
      volumeCm3: Math.round(weight * density),
      tags,
    });
  }
  // Zipf-like popularity.
  const popularity = skus.map((_, index) => [index, 1 / (index + 8)] as const);
  const popularityTotal = popularity.reduce((sum, [, weight]) => sum + weight, 0);
  const demandTotal = provinceDemand.reduce((sum, [, weight]) => sum + weight, 0);
  const orders: RoutableOrder[] = [];
  const demand = new Array<number>(skuCount).fill(0);
  for (let o = 0; o < orderCount; o++) {
    const roll = random();
    const lineCount = roll < 0.55 ? 1 : roll < 0.8 ? 2 : roll < 0.93 ? 3 : 4;
    const chosen = new Set<number>();
    while (chosen.size < lineCount) chosen.add(pickWeighted(random, popularity, popularityTotal));
    const id = `B${seed}-${String(o).padStart(5, '0')}`;
    const lines = [...chosen].map((index, line) => {
      const qtyRoll = random();
      const quantity = qtyRoll < 0.8 ? 1 : qtyRoll < 0.95 ? 2 : 3;
      demand[index] = (demand[index] ?? 0) + quantity;
      return { lineId: `${id}-${line + 1}`, sellerSku: skus[index]?.sku ?? '', quantity };
    });
    const provinceCode = pickWeighted(random, provinceDemand, demandTotal);
    orders.push({
      id,
      channel: 'taobao',
      shopId: 'shop-1',
      receiver: { province: provinceCode, provinceCode },
      lines,
    });
  }
  const stock: StockRow[] = [];
  for (const [index, sku] of skus.entries()) {
    const capable = warehouses.filter((w) => sku.tags.every((tag) => w.capabilities.includes(tag)));
    const wanted = demand[index] ?? 0;
    if (wanted === 0 || capable.length === 0) continue;
    const total = Math.max(1, Math.round(wanted * (stockFactor - 0.3 + random() * 0.6)));
    const sites = capable
      .map((w) => [w, random()] as const)
      .sort((a, b) => a[1] - b[1])
      .slice(0, Math.min(capable.length, 2 + Math.floor(random() * 3)));
    const shares = sites.map(() => 0.2 + random());
    const shareTotal = shares.reduce((sum, share) => sum + share, 0);
    let left = total;
    sites.forEach(([w], position) => {
      const units =
        position === sites.length - 1 ? left : Math.round((total * (shares[position] ?? 0)) / shareTotal);
      left -= units;
      if (units > 0) stock.push({ sku: sku.sku, warehouseId: w.id, available: units });
    });
  }
  const context: RoutingContext = {
    ruleSet: { version: 'bench-1', strategy: 'lowest_cost' },
    warehouses: warehouses.map((w, index) => ({
      ...w,
      // Two warehouses run near their daily limit, so capacity binds as well as stock.
      ...(index === 0 || index === 2 ? { remainingCapacity: Math.round(orderCount * 0.12) } : {}),
    })),
    stock,
    skus,
    rateCards: benchRateCards,
    costs: { extraParcelFen: 250, unfulfilledLinePenaltyFen: 20_000 },
  };
  return { context, orders };
}
