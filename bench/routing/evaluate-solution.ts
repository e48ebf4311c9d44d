/**
 * An independent cost model for the benchmark, built only on the public shipping API
 * (`quoteParcel`): it prices and checks any solution (omskit's, the MILP's, the greedy
 * baseline's) the same way, so their costs compare fairly.
 */
import type { RateCard, RoutableOrder, RoutingContext, RoutingDecision } from '@omskit/core';
import { quoteParcel, rateCardSchema, routingContextSchema } from '@omskit/core';

/** A parcel of a solution. */
export interface SolutionParcel {
  readonly warehouseId: string;
  readonly lineIds: readonly string[];
}

/** A solution: parcels per order id. */
export type Solution = ReadonlyMap<string, readonly SolutionParcel[]>;

/** What a solution costs and whether it is feasible. */
export interface SolutionScore {
  /** Carrier prices + extra parcels + unserved-line penalties, in fen. */
  readonly objective: number;
  readonly shippingCost: number;
  readonly parcels: number;
  readonly splitOrders: number;
  readonly unservedLines: number;
  readonly violations: readonly string[];
}

/** The cost model of one instance. */
export interface Evaluator {
  /** The cheapest allowed carrier price for these lines from this warehouse, or undefined. */
  parcelPrice(order: RoutableOrder, warehouseId: string, lineIds: readonly string[]): number | undefined;
  score(orders: readonly RoutableOrder[], solution: Solution): SolutionScore;
  readonly capabilityOk: (warehouseId: string, sku: string) => boolean;
  readonly available: (warehouseId: string, sku: string) => number;
  readonly capacity: (warehouseId: string) => number;
  readonly extraParcelFen: number;
  readonly unservedPenaltyFen: number;
}

/** Builds the evaluator of a context. */
export function createEvaluator(input: RoutingContext): Evaluator {
  const context = routingContextSchema.parse(input);
  const cards = new Map<string, RateCard>(
    context.rateCards.map((card) => [card.carrierCode, rateCardSchema.parse(card)]),
  );
  const warehouses = new Map(context.warehouses.map((w) => [w.id, w]));
  const skus = new Map(context.skus.map((sku) => [sku.sku, sku]));
  const stock = new Map(context.stock.map((row) => [`${row.warehouseId}|${row.sku}`, row.available]));
  const capabilityOk = (warehouseId: string, sku: string): boolean => {
    const tags = skus.get(sku)?.tags ?? [];
    const caps = warehouses.get(warehouseId)?.capabilities ?? [];
    return tags.every((tag) => !context.capabilityTags.includes(tag) || caps.includes(tag));
  };
  const priceCache = new Map<string, number | undefined>();
  const parcelPrice = (
    order: RoutableOrder,
    warehouseId: string,
    lineIds: readonly string[],
  ): number | undefined => {
    const key = `${order.id}|${warehouseId}|${lineIds.join(',')}`;
    if (priceCache.has(key)) return priceCache.get(key);
    const warehouse = warehouses.get(warehouseId);
    let weight = 0;
    let volume = 0;
    const tags: string[] = [];
    for (const line of order.lines) {
      if (!lineIds.includes(line.lineId)) continue;
      const sku = skus.get(line.sellerSku);
      weight += (sku?.unitWeightGrams ?? 0) * line.quantity;
      volume += (sku?.volumeCm3 ?? 0) * line.quantity;
      tags.push(...(sku?.tags ?? []));
    }
    let best: number | undefined;
    for (const carrier of warehouse?.carriers ?? []) {
      const card = cards.get(carrier);
      if (card === undefined || warehouse === undefined) continue;
      const quote = quoteParcel(card, {
        originCode: warehouse.provinceCode,
        destinationCode: order.receiver.provinceCode ?? '',
        weightGrams: weight,
        volumeCm3: volume,
        tags,
      });
      if (quote.ok && (best === undefined || quote.priceFen < best)) best = quote.priceFen;
    }
    priceCache.set(key, best);
    return best;
  };
  const extraParcelFen = context.costs.extraParcelFen;
  const unservedPenaltyFen = context.costs.unfulfilledLinePenaltyFen;
  return {
    parcelPrice,
    capabilityOk,
    available: (warehouseId, sku) => stock.get(`${warehouseId}|${sku}`) ?? 0,
    capacity: (warehouseId) => warehouses.get(warehouseId)?.remainingCapacity ?? Number.POSITIVE_INFINITY,
    extraParcelFen,
    unservedPenaltyFen,
    score(orders, solution) {
      const used = new Map<string, number>();
      const parcelsAt = new Map<string, number>();
      const violations: string[] = [];
      let shippingCost = 0;
      let parcels = 0;
      let splitOrders = 0;
      let unservedLines = 0;
      let objective = 0;
      for (const order of orders) {
        const chosen = solution.get(order.id) ?? [];
        const served = new Set<string>();
        for (const parcel of chosen) {
          const price = parcelPrice(order, parcel.warehouseId, parcel.lineIds);
          if (price === undefined) violations.push(`${order.id}: no carrier from ${parcel.warehouseId}`);
          shippingCost += price ?? 0;
          parcelsAt.set(parcel.warehouseId, (parcelsAt.get(parcel.warehouseId) ?? 0) + 1);
          for (const lineId of parcel.lineIds) {
            const line = order.lines.find((candidate) => candidate.lineId === lineId);
            if (line === undefined || served.has(lineId))
              violations.push(`${order.id}: bad or repeated line ${lineId}`);
            served.add(lineId);
            if (line === undefined) continue;
            if (!capabilityOk(parcel.warehouseId, line.sellerSku))
              violations.push(`${order.id}: capability at ${parcel.warehouseId}`);
            const key = `${parcel.warehouseId}|${line.sellerSku}`;
            used.set(key, (used.get(key) ?? 0) + line.quantity);
          }
        }
        parcels += chosen.length;
        if (chosen.length > 1) splitOrders += 1;
        const unserved = order.lines.length - served.size;
        unservedLines += unserved;
        objective += unserved * unservedPenaltyFen + Math.max(0, chosen.length - 1) * extraParcelFen;
      }
      for (const [key, quantity] of used)
        if (quantity > (stock.get(key) ?? 0)) violations.push(`oversold ${key}`);
      for (const [warehouseId, count] of parcelsAt) {
        if (count > (warehouses.get(warehouseId)?.remainingCapacity ?? Number.POSITIVE_INFINITY)) {
          violations.push(`over capacity at ${warehouseId}`);
        }
      }
      return {
        objective: objective + shippingCost,
        shippingCost,
        parcels,
        splitOrders,
        unservedLines,
        violations,
      };
    },
  };
}

/** The solution form of omskit decisions. */
export function solutionOfDecisions(decisions: readonly RoutingDecision[]): Solution {
  return new Map(
    decisions.map((decision) => [
      decision.orderId,
      decision.parcels.map((parcel) => ({
        warehouseId: parcel.warehouseId,
        lineIds: parcel.lines.map((line) => line.lineId),
      })),
    ]),
  );
}
