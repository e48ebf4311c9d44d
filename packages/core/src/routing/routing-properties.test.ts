import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rateCards } from './__fixtures__/routing-network';
import { routeBatch } from './route-batch';
import { routeOrder } from './route-order';
import type { RoutableOrder, RoutingContext } from './routing-context';
import type { RoutingDecision } from './routing-decision';

const capabilityTags = ['cold_chain', 'battery', 'oversize'];
const sites = ['440100', '320583', '510100', '110000', '650100'];
const skuPool = ['A', 'B', 'C', 'D', 'E'];
const carriers = ['sf', 'zto', 'jt', 'yto'];

const contextArbitrary = fc
  .record({
    warehouses: fc.array(
      fc.record({
        caps: fc.subarray(capabilityTags),
        carriers: fc.subarray(carriers),
        capacity: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    tags: fc.array(fc.subarray(capabilityTags, { maxLength: 1 }), {
      minLength: skuPool.length,
      maxLength: skuPool.length,
    }),
    stock: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 20, maxLength: 20 }),
    strategy: fc.constantFrom('priority', 'nearest', 'fewest_parcels', 'lowest_cost') as fc.Arbitrary<
      'priority' | 'nearest' | 'fewest_parcels' | 'lowest_cost'
    >,
  })
  .map(
    ({ warehouses, tags, stock, strategy }): RoutingContext => ({
      ruleSet: { version: 'p', strategy },
      warehouses: warehouses.map((w, index) => ({
        id: `w${index}`,
        provinceCode: sites[index] ?? '110000',
        capabilities: w.caps,
        carriers: w.carriers,
        ...(w.capacity === undefined ? {} : { remainingCapacity: w.capacity }),
      })),
      skus: skuPool.map((sku, index) => ({
        sku,
        unitWeightGrams: 300 + index * 700,
        tags: tags[index] ?? [],
      })),
      stock: warehouses.flatMap((_, w) =>
        skuPool.map((sku, s) => ({
          sku,
          warehouseId: `w${w}`,
          available: stock[(w * skuPool.length + s) % 20] ?? 0,
        })),
      ),
      rateCards,
      costs: { extraParcelFen: 200 },
    }),
  );

const ordersArbitrary = fc.array(
  fc.record({
    province: fc.constantFrom('广东', '江苏', '新疆', '北京', '火星'),
    lines: fc.array(
      fc.record({ sku: fc.constantFrom(...skuPool, 'UNKNOWN'), quantity: fc.integer({ min: 1, max: 3 }) }),
      {
        minLength: 1,
        maxLength: 4,
      },
    ),
  }),
  { minLength: 1, maxLength: 6 },
);

function toOrders(raw: { province: string; lines: { sku: string; quantity: number }[] }[]): RoutableOrder[] {
  return raw.map((order, o) => ({
    id: `o${o}`,
    channel: 'jd',
    shopId: 's',
    receiver: { province: order.province },
    lines: order.lines.map((line, l) => ({
      lineId: `o${o}-${l}`,
      sellerSku: line.sku,
      quantity: line.quantity,
    })),
  }));
}

function checkInvariants(
  context: RoutingContext,
  orders: readonly RoutableOrder[],
  decisions: readonly RoutingDecision[],
): void {
  const used = new Map<string, number>();
  const parcelsAt = new Map<string, number>();
  for (const [index, decision] of decisions.entries()) {
    const order = orders[index] as RoutableOrder;
    const seen = [
      ...decision.parcels.flatMap((parcel) => parcel.lines.map((line) => line.lineId)),
      ...decision.unfulfillable.map((line) => line.lineId),
    ].sort();
    // Every line ends up exactly once: in a parcel or unfulfillable with a reason.
    expect(seen).toEqual(order.lines.map((line) => line.lineId).sort());
    for (const line of decision.unfulfillable) expect(line.reason.detail.length).toBeGreaterThan(0);
    for (const parcel of decision.parcels) {
      const warehouse = context.warehouses.find((w) => w.id === parcel.warehouseId);
      expect(warehouse?.carriers).toContain(parcel.carrierCode);
      const card = rateCards.find((c) => c.carrierCode === parcel.carrierCode);
      parcelsAt.set(parcel.warehouseId, (parcelsAt.get(parcel.warehouseId) ?? 0) + 1);
      for (const line of parcel.lines) {
        const tags = context.skus.find((sku) => sku.sku === line.sku)?.tags ?? [];
        for (const tag of tags) {
          expect(warehouse?.capabilities).toContain(tag);
          expect(card?.refusedTags ?? []).not.toContain(tag);
        }
        const key = `${line.stockWarehouseId ?? parcel.warehouseId}|${line.sku}`;
        used.set(key, (used.get(key) ?? 0) + line.quantity);
      }
    }
  }
  for (const [key, quantity] of used) {
    const [warehouseId, sku] = key.split('|');
    const available =
      context.stock.find((row) => row.warehouseId === warehouseId && row.sku === sku)?.available ?? 0;
    expect(quantity).toBeLessThanOrEqual(available);
  }
  for (const [warehouseId, count] of parcelsAt) {
    const capacity = context.warehouses.find((w) => w.id === warehouseId)?.remainingCapacity;
    if (capacity !== undefined) expect(count).toBeLessThanOrEqual(capacity);
  }
}

describe('routing properties', () => {
  it('routeBatch never oversells, never breaks a hard constraint, accounts for every line, and is deterministic', () => {
    fc.assert(
      fc.property(contextArbitrary, ordersArbitrary, (context, raw) => {
        const orders = toOrders(raw);
        const result = routeBatch(orders, context);
        checkInvariants(context, orders, result.decisions);
        expect(routeBatch(orders, context)).toEqual(result);
      }),
      { numRuns: 100 },
    );
  });

  it('routeOrder keeps the same invariants order by order', () => {
    fc.assert(
      fc.property(contextArbitrary, ordersArbitrary, (context, raw) => {
        const orders = toOrders(raw);
        for (const order of orders) checkInvariants(context, [order], [routeOrder(order, context)]);
      }),
      { numRuns: 100 },
    );
  });
});
