import { invalidInput } from '../errors/oms-error';
import type { Hold } from '../holds/hold';
import { type ShippingZone, shippingZoneBetween } from '../region/shipping-zone-between';
import type { RoutingDecision } from '../routing/routing-decision';
import type { DailyRoutingReport, RuleReportRow } from '../routing/routing-report';

/** Inputs beyond the decisions: where warehouses are and where orders go, for "nearest". */
export interface RoutingEfficiencyInput {
  readonly report: DailyRoutingReport;
  readonly decisions: readonly RoutingDecision[];
  /** Holds placed on the day's orders. */
  readonly holds?: readonly Hold[];
  /** Every rule id of the rule set, so rules that never fired are listed too. */
  readonly ruleIds?: readonly string[];
  /** Warehouse provinces (GB/T 2260 codes), for the nearest alternative. */
  readonly warehouses?: readonly { readonly id: string; readonly provinceCode: string }[];
  /** Each order's destination province code, for the nearest alternative. */
  readonly destinations?: Readonly<Record<string, string>>;
}

/** Where routing spends more than it could, and which rules carry the load. */
export interface RoutingEfficiencyReport {
  /** Holds placed, by reason code. */
  readonly holdsByReason: readonly { readonly code: string; readonly holds: number }[];
  /**
   * The day's shipping cost against two alternatives, over the orders routed whole where both
   * could be priced: shipping each whole order from its cheapest single warehouse, and from its
   * nearest one (by shipping zone, then cost). All in fen.
   */
  readonly cost: {
    readonly orders: number;
    readonly chosen: number;
    readonly cheapestSingleWarehouse: number;
    readonly nearestWarehouse?: number;
  };
  /** Rules by orders routed, most first; rules of the set that never fired come last with 0. */
  readonly rulesByUse: readonly RuleReportRow[];
  readonly mostUsedRule?: string;
  readonly leastUsedRules: readonly string[];
}

/** The province of a GB/T 2260 code (city and district codes share its first two digits). */
const provinceOf = (code: string) => `${code.slice(0, 2)}0000`;

/** The zone between two codes; a bad destination code is named by its order. */
function zoneFor(origin: string, destination: string, orderId: string): ShippingZone {
  if (!/^\d{6}$/.test(destination))
    throw invalidInput(['destinations', orderId], 'a GB/T 2260 province code');
  if (!/^\d{6}$/.test(origin)) throw invalidInput(['warehouses'], `province code ${JSON.stringify(origin)}`);
  return shippingZoneBetween(provinceOf(origin), provinceOf(destination));
}

const zoneRank: Readonly<Record<ShippingZone, number>> = {
  same_province: 0,
  jiangzhehu: 1,
  adjacent: 2,
  same_region: 3,
  national: 4,
  remote: 5,
};

/**
 * The parts of the daily routing report that look past the day's decisions: holds by reason,
 * the cost against the cheapest and the nearest single-warehouse alternatives (from the
 * candidates each explanation priced), and the rules that fired most and least. Pure.
 */
export function routingEfficiency(input: RoutingEfficiencyInput): RoutingEfficiencyReport {
  const holds = new Map<string, number>();
  for (const hold of input.holds ?? []) holds.set(hold.reason.code, (holds.get(hold.reason.code) ?? 0) + 1);

  const province = new Map(
    (input.warehouses ?? []).map((warehouse) => [warehouse.id, warehouse.provinceCode]),
  );
  const nearestKnown = input.warehouses !== undefined && input.destinations !== undefined;
  let orders = 0;
  let chosen = 0;
  let cheapest = 0;
  let nearest = 0;
  for (const decision of input.decisions) {
    if (decision.status !== 'routed') continue;
    const priced = decision.explanation.candidates.filter(
      (candidate): candidate is typeof candidate & { cost: number } => candidate.cost !== undefined,
    );
    if (priced.length === 0) continue;
    const best = Math.min(...priced.map((candidate) => candidate.cost));
    let near: number | undefined;
    const destination = input.destinations?.[decision.orderId];
    if (nearestKnown && destination !== undefined) {
      const ranked = priced
        .map((candidate) => {
          const origin = province.get(candidate.stockWarehouseId ?? candidate.warehouseId);
          return origin === undefined
            ? undefined
            : {
                rank: zoneRank[zoneFor(origin, destination, decision.orderId)],
                cost: candidate.cost,
              };
        })
        .filter((entry): entry is { rank: number; cost: number } => entry !== undefined)
        .sort((a, b) => a.rank - b.rank || a.cost - b.cost);
      near = ranked[0]?.cost;
      if (near === undefined) continue;
    }
    orders += 1;
    chosen += decision.totalCost;
    cheapest += best;
    nearest += near ?? 0;
  }

  const used = [...input.report.byRule];
  for (const ruleId of input.ruleIds ?? []) {
    if (!used.some((row) => row.ruleId === ruleId))
      used.push({ ruleId, orders: 0, parcels: 0, splitOrders: 0, totalCost: 0 });
  }
  used.sort((a, b) => b.orders - a.orders || (a.ruleId < b.ruleId ? -1 : 1));
  const fewest = used.at(-1)?.orders;
  return {
    holdsByReason: [...holds]
      .map(([code, count]) => ({ code, holds: count }))
      .sort((a, b) => b.holds - a.holds || (a.code < b.code ? -1 : 1)),
    cost: {
      orders,
      chosen,
      cheapestSingleWarehouse: cheapest,
      ...(nearestKnown ? { nearestWarehouse: nearest } : {}),
    },
    rulesByUse: used,
    ...(used[0] === undefined ? {} : { mostUsedRule: used[0].ruleId }),
    leastUsedRules: used.filter((row) => row.orders === fewest).map((row) => row.ruleId),
  };
}
