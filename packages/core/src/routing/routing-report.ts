import type { RoutingDecision, RoutingStatus, SplitReason, UnfulfillableReason } from './routing-decision';
import type { RoutingMetrics } from './routing-metrics';
import { routingMetrics } from './routing-metrics';

/** Counts for one rule of the rule set (`fallback` when none matched). */
export interface RuleReportRow {
  readonly ruleId: string;
  readonly orders: number;
  readonly parcels: number;
  readonly splitOrders: number;
  readonly totalCost: number;
}

/** Counts for one shipping warehouse. */
export interface WarehouseReportRow {
  readonly warehouseId: string;
  readonly orders: number;
  readonly parcels: number;
  readonly units: number;
  /** Parcels whose stock was transferred in from another warehouse. */
  readonly transferredIn: number;
  /** Parcel costs, in fen. */
  readonly cost: number;
}

/** Counts for one carrier. */
export interface CarrierReportRow {
  readonly carrierCode: string;
  readonly parcels: number;
  readonly cost: number;
}

/** The daily routing report as data; rendering is the host's business. */
export interface DailyRoutingReport {
  /** The day reported (as the caller names it, `2026-11-24`). */
  readonly date: string;
  readonly totals: RoutingMetrics;
  readonly byStatus: Readonly<Record<RoutingStatus, number>>;
  readonly byRule: readonly RuleReportRow[];
  readonly byWarehouse: readonly WarehouseReportRow[];
  readonly byCarrier: readonly CarrierReportRow[];
  /** Split orders by why they were split. */
  readonly splitReasons: readonly { readonly reason: SplitReason; readonly orders: number }[];
  /** Unfulfillable lines by reason code. */
  readonly unfulfillableReasons: readonly {
    readonly code: UnfulfillableReason['code'];
    readonly lines: number;
  }[];
}

function increment<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

const byKey =
  <T extends Record<K, string>, K extends keyof T>(key: K) =>
  (a: T, b: T) =>
    a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0;

/**
 * The daily routing report from a day's decisions: totals, counts per status, per rule and per
 * warehouse and carrier, splits and why, unfulfillable lines and why. Pure; rows are sorted by id.
 */
export function dailyRoutingReport(date: string, decisions: readonly RoutingDecision[]): DailyRoutingReport {
  const byStatus: Record<RoutingStatus, number> = {
    routed: 0,
    partially_routed: 0,
    unfulfillable: 0,
    hold: 0,
  };
  const rules = new Map<
    string,
    { orders: number; parcels: number; splitOrders: number; totalCost: number }
  >();
  const warehouses = new Map<
    string,
    { orders: Set<string>; parcels: number; units: number; transferredIn: number; cost: number }
  >();
  const carriers = new Map<string, { parcels: number; cost: number }>();
  const splits = new Map<SplitReason, number>();
  const unfulfillable = new Map<UnfulfillableReason['code'], number>();
  for (const decision of decisions) {
    byStatus[decision.status] += 1;
    const ruleId = decision.explanation.ruleId ?? 'fallback';
    const rule = rules.get(ruleId) ?? { orders: 0, parcels: 0, splitOrders: 0, totalCost: 0 };
    rule.orders += 1;
    rule.parcels += decision.parcels.length;
    rule.totalCost += decision.totalCost;
    if (decision.parcels.length > 1) rule.splitOrders += 1;
    rules.set(ruleId, rule);
    for (const parcel of decision.parcels) {
      const row = warehouses.get(parcel.warehouseId) ?? {
        orders: new Set(),
        parcels: 0,
        units: 0,
        transferredIn: 0,
        cost: 0,
      };
      row.orders.add(decision.orderId);
      row.parcels += 1;
      row.cost += parcel.cost;
      if (parcel.stockWarehouseId !== undefined) row.transferredIn += 1;
      for (const line of parcel.lines) row.units += line.quantity;
      warehouses.set(parcel.warehouseId, row);
      const carrier = carriers.get(parcel.carrierCode) ?? { parcels: 0, cost: 0 };
      carrier.parcels += 1;
      carrier.cost += parcel.cost;
      carriers.set(parcel.carrierCode, carrier);
    }
    if (decision.explanation.split !== undefined) increment(splits, decision.explanation.split.reason);
    for (const line of decision.unfulfillable) increment(unfulfillable, line.reason.code);
  }
  return {
    date,
    totals: routingMetrics(decisions),
    byStatus,
    byRule: [...rules].map(([ruleId, row]) => ({ ruleId, ...row })).sort(byKey('ruleId')),
    byWarehouse: [...warehouses]
      .map(([warehouseId, row]) => ({
        warehouseId,
        orders: row.orders.size,
        parcels: row.parcels,
        units: row.units,
        transferredIn: row.transferredIn,
        cost: row.cost,
      }))
      .sort(byKey('warehouseId')),
    byCarrier: [...carriers]
      .map(([carrierCode, row]) => ({ carrierCode, ...row }))
      .sort(byKey('carrierCode')),
    splitReasons: [...splits].map(([reason, orders]) => ({ reason, orders })).sort(byKey('reason')),
    unfulfillableReasons: [...unfulfillable].map(([code, lines]) => ({ code, lines })).sort(byKey('code')),
  };
}
