import type { PreparedRouting } from './prepare-routing';
import { prepareRouting, withAllocations } from './prepare-routing';
import { routeBatch } from './route-batch';
import { routeOrder } from './route-order';
import type { RoutableOrder, RoutingContext } from './routing-context';
import type { RoutingDecision } from './routing-decision';
import type { RoutingMetrics } from './routing-metrics';
import { metricsDelta, routingMetrics } from './routing-metrics';
import type { RuleSetInput } from './rule-set';

/** How the simulator replays orders: one after another drawing stock down, or as one batch. */
export type SimulationMode = 'stream' | 'batch';

/** One order whose outcome differs between the two rule sets. */
export interface ChangedOrder {
  readonly orderId: string;
  readonly baseline: OrderOutcome;
  readonly candidate: OrderOutcome;
}

/** The short form of a decision, for side-by-side comparison. */
export interface OrderOutcome {
  readonly status: RoutingDecision['status'];
  readonly ruleId?: string;
  /** Shipping warehouse (and carrier) of each parcel: `wh-gz/sf`. */
  readonly parcels: readonly string[];
  readonly totalCost: number;
  readonly unfulfillableLines: number;
}

/** The comparison of two rule sets on the same orders. */
export interface RuleSetComparison {
  readonly mode: SimulationMode;
  readonly baseline: { readonly version: string; readonly metrics: RoutingMetrics };
  readonly candidate: { readonly version: string; readonly metrics: RoutingMetrics };
  /** candidate - baseline. */
  readonly delta: RoutingMetrics;
  readonly changedOrders: readonly ChangedOrder[];
}

function replay(
  orders: readonly RoutableOrder[],
  context: RoutingContext,
  mode: SimulationMode,
): RoutingDecision[] {
  if (mode === 'batch') return [...routeBatch(orders, context).decisions];
  let prepared: PreparedRouting = prepareRouting(context);
  const decisions: RoutingDecision[] = [];
  for (const order of orders) {
    const decision = routeOrder(order, prepared);
    decisions.push(decision);
    prepared = withAllocations(prepared, decision.parcels);
  }
  return decisions;
}

function outcome(decision: RoutingDecision): OrderOutcome {
  return {
    status: decision.status,
    ...(decision.explanation.ruleId === undefined ? {} : { ruleId: decision.explanation.ruleId }),
    parcels: decision.parcels.map((parcel) => `${parcel.warehouseId}/${parcel.carrierCode}`),
    totalCost: decision.totalCost,
    unfulfillableLines: decision.unfulfillable.length,
  };
}

/**
 * Replays past orders against two rule sets on the same network and stock snapshot and
 * compares parcels, splits, cost, unfulfillable lines and promise misses, with the orders whose
 * outcome changed, so a rule change can be judged before it goes live. Pure.
 *
 * @throws OmsError `invalid_input` when the context or either rule set is invalid.
 */
export function simulateRuleSets(
  orders: readonly RoutableOrder[],
  context: RoutingContext,
  baseline: RuleSetInput,
  candidate: RuleSetInput,
  mode: SimulationMode = 'stream',
): RuleSetComparison {
  const before = replay(orders, { ...context, ruleSet: baseline }, mode);
  const after = replay(orders, { ...context, ruleSet: candidate }, mode);
  const changedOrders: ChangedOrder[] = [];
  for (const [index, decision] of before.entries()) {
    const other = after[index];
    if (other === undefined) continue;
    const was = outcome(decision);
    const now = outcome(other);
    if (JSON.stringify(was) !== JSON.stringify(now)) {
      changedOrders.push({ orderId: decision.orderId, baseline: was, candidate: now });
    }
  }
  const beforeMetrics = routingMetrics(before);
  const afterMetrics = routingMetrics(after);
  return {
    mode,
    baseline: { version: baseline.version, metrics: beforeMetrics },
    candidate: { version: candidate.version, metrics: afterMetrics },
    delta: metricsDelta(beforeMetrics, afterMetrics),
    changedOrders,
  };
}
