import { invalidInput } from '../errors/oms-error';
import { kpiQuality } from '../shipping/carrier-score';
import type { RateCard } from '../shipping/rate-card';
import type { CompiledRule } from './compile-rules';
import { compileRules } from './compile-rules';
import type { LaneTable } from './lane-table';
import { buildLaneTable } from './lane-table';
import type { ParsedRoutingContext, RoutingContext, RoutingSku, RoutingWarehouse } from './routing-context';
import { routingContextSchema } from './routing-context';
import type { RuleSet } from './rule-set';

/**
 * A routing context compiled once for fast routing: ids to indexes, stock and capacity as typed
 * arrays, rate cards as a lane table, rules as predicates. Treat it as immutable; it is what
 * {@link prepareRouting} returns and what `routeOrder` and `routeBatch` accept in place of a context.
 */
export interface PreparedRouting {
  readonly kind: 'prepared_routing';
  readonly context: ParsedRoutingContext;
  readonly ruleSet: RuleSet;
  readonly warehouses: readonly RoutingWarehouse[];
  readonly warehouseIndex: ReadonlyMap<string, number>;
  /** Capability bits per warehouse (bit i = `capabilityTags[i]`). */
  readonly warehouseCaps: Int32Array;
  /** Parcels each warehouse can still ship (Infinity when unlimited). */
  readonly capacity: Float64Array;
  readonly handlingDays: Float64Array;
  readonly skus: readonly RoutingSku[];
  readonly skuIndex: ReadonlyMap<string, number>;
  readonly skuCaps: Int32Array;
  /** 1 at `sku * carrierCount + carrier` when the carrier refuses the SKU. */
  readonly skuRefused: Uint8Array;
  /** Available units at `sku * warehouseCount + warehouse`. */
  readonly stock: Int32Array;
  /** Rate cards sorted by carrier code. */
  readonly cards: readonly RateCard[];
  readonly carrierQuality: Float64Array;
  /** 1 at `warehouse * carrierCount + carrier` when the warehouse has a contract. */
  readonly contracted: Uint8Array;
  readonly lanes: LaneTable;
  readonly rules: readonly CompiledRule[];
  readonly fallback: CompiledRule;
  /** `now` in epoch milliseconds, when given. */
  readonly nowMs: number | undefined;
}

const cache = new WeakMap<object, PreparedRouting>();

function capabilityMask(tags: readonly string[], capabilityTags: readonly string[]): number {
  let mask = 0;
  for (const tag of tags) {
    const bit = capabilityTags.indexOf(tag);
    if (bit >= 0) mask |= 1 << bit;
  }
  return mask;
}

function indexById<T>(items: readonly T[], id: (item: T) => string, path: string): Map<string, number> {
  const index = new Map<string, number>();
  for (const [position, item] of items.entries()) {
    const key = id(item);
    if (index.has(key)) throw invalidInput([path, position], `duplicate id ${JSON.stringify(key)}`);
    index.set(key, position);
  }
  return index;
}

/**
 * Validates a routing context and compiles it (see {@link PreparedRouting}). Pure; the result
 * for a given context object is cached, so routing many orders against one context compiles once.
 *
 * @throws OmsError `invalid_input` naming the path of the first bad field (schema problems,
 *   unknown warehouse or SKU ids in stock rows, unknown warehouses or provinces in rules).
 */
export function prepareRouting(input: RoutingContext | PreparedRouting): PreparedRouting {
  if ('kind' in input && input.kind === 'prepared_routing') return input;
  const cached = cache.get(input);
  if (cached !== undefined) return cached;
  const parsed = routingContextSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = (issue?.path ?? []).map((segment) =>
      typeof segment === 'symbol' ? String(segment) : segment,
    );
    throw invalidInput(path, issue?.message ?? 'invalid routing context', { rawPayload: input });
  }
  const context = parsed.data;
  const warehouses = context.warehouses;
  const warehouseIndex = indexById(warehouses, (warehouse) => warehouse.id, 'warehouses');
  const skuIndex = indexById(context.skus, (sku) => sku.sku, 'skus');
  const cards = [...context.rateCards].sort((a, b) => (a.carrierCode < b.carrierCode ? -1 : 1));
  indexById(cards, (card) => card.carrierCode, 'rateCards');
  const W = warehouses.length;
  const K = cards.length;
  const stock = new Int32Array(context.skus.length * W);
  for (const [position, row] of context.stock.entries()) {
    const sku = skuIndex.get(row.sku);
    const warehouse = warehouseIndex.get(row.warehouseId);
    if (sku === undefined)
      throw invalidInput(['stock', position, 'sku'], `unknown SKU ${JSON.stringify(row.sku)}`);
    if (warehouse === undefined) {
      throw invalidInput(
        ['stock', position, 'warehouseId'],
        `unknown warehouse ${JSON.stringify(row.warehouseId)}`,
      );
    }
    stock[sku * W + warehouse] = (stock[sku * W + warehouse] ?? 0) + row.available;
  }
  const contracted = new Uint8Array(W * K);
  for (const [w, warehouse] of warehouses.entries()) {
    for (const [k, card] of cards.entries())
      contracted[w * K + k] = warehouse.carriers.includes(card.carrierCode) ? 1 : 0;
  }
  const skuRefused = new Uint8Array(context.skus.length * K);
  for (const [s, sku] of context.skus.entries()) {
    for (const [k, card] of cards.entries()) {
      skuRefused[s * K + k] = sku.tags.some((tag) => card.refusedTags.includes(tag)) ? 1 : 0;
    }
  }
  const { rules, fallback } = compileRules(
    context.ruleSet,
    warehouses,
    warehouseIndex,
    cards.map((card) => card.carrierCode),
  );
  const prepared: PreparedRouting = {
    kind: 'prepared_routing',
    context,
    ruleSet: context.ruleSet,
    warehouses,
    warehouseIndex,
    warehouseCaps: Int32Array.from(warehouses, (w) => capabilityMask(w.capabilities, context.capabilityTags)),
    capacity: Float64Array.from(warehouses, (w) => w.remainingCapacity ?? Number.POSITIVE_INFINITY),
    handlingDays: Float64Array.from(warehouses, (w) => Math.ceil(w.handlingHours / 24)),
    skus: context.skus,
    skuIndex,
    skuCaps: Int32Array.from(context.skus, (sku) => capabilityMask(sku.tags, context.capabilityTags)),
    skuRefused,
    stock,
    cards,
    carrierQuality: Float64Array.from(cards, (card) => kpiQuality(context.carrierKpis[card.carrierCode])),
    contracted,
    lanes: buildLaneTable(
      warehouses.map((w) => w.provinceCode),
      cards,
    ),
    rules,
    fallback,
    nowMs: context.now === undefined ? undefined : Date.parse(context.now),
  };
  cache.set(input, prepared);
  return prepared;
}

/**
 * The prepared routing after a set of parcels left: stock and capacity reduced by what they
 * take. Pure (returns a new object sharing the compiled parts); use it to route a stream of
 * orders one after another against one snapshot.
 */
export function withAllocations(
  prepared: PreparedRouting,
  parcels: readonly {
    warehouseId: string;
    lines: readonly { sku: string; quantity: number; stockWarehouseId?: string }[];
  }[],
): PreparedRouting {
  const stock = prepared.stock.slice();
  const capacity = prepared.capacity.slice();
  const W = prepared.warehouses.length;
  for (const parcel of parcels) {
    const ship = prepared.warehouseIndex.get(parcel.warehouseId);
    if (ship === undefined) continue;
    capacity[ship] = (capacity[ship] ?? 0) - 1;
    for (const line of parcel.lines) {
      const from = prepared.warehouseIndex.get(line.stockWarehouseId ?? parcel.warehouseId);
      const sku = prepared.skuIndex.get(line.sku);
      if (sku !== undefined && from !== undefined)
        stock[sku * W + from] = (stock[sku * W + from] ?? 0) - line.quantity;
    }
  }
  return { ...prepared, stock, capacity };
}
