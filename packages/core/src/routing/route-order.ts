import { buildDecision } from './build-decision';
import { analyseOrder } from './order-analysis';
import type { PreparedRouting } from './prepare-routing';
import { prepareRouting } from './prepare-routing';
import type { RoutableOrder, RoutingContext } from './routing-context';
import type { RoutingDecision } from './routing-decision';
import { solvePlan } from './solve-plan';

/**
 * Routes one order (the streaming case): matches the first rule, finds the best plan among its
 * candidates by the rule set's strategy against the context's stock snapshot, and explains it.
 * Pure and deterministic; the context is compiled once per context object (or pass the result
 * of `prepareRouting`). Use `withAllocations` to route the next order against what is left.
 *
 * @throws OmsError `invalid_input` when the context or its rule set is invalid.
 */
export function routeOrder(order: RoutableOrder, context: RoutingContext | PreparedRouting): RoutingDecision {
  const prepared = prepareRouting(context);
  const analysis = analyseOrder(prepared, order);
  const plan = solvePlan(prepared, analysis, prepared);
  return buildDecision(prepared, analysis, plan, prepared);
}
