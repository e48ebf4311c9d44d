import { improveBatch } from './batch-improve';
import { buildDecision } from './build-decision';
import type { OrderAnalysis } from './order-analysis';
import { analyseOrder } from './order-analysis';
import { planRegret } from './plan-regret';
import type { PreparedRouting } from './prepare-routing';
import { prepareRouting } from './prepare-routing';
import type { RoutableOrder, RoutingContext } from './routing-context';
import type { RoutingDecision } from './routing-decision';
import type { ShadowPrices } from './shadow-prices';
import { shadowPrices } from './shadow-prices';
import type { OrderPlan } from './solve-plan';
import { planObjective, solvePlan } from './solve-plan';
import type { StockView } from './stock-view';
import { applyPlan } from './stock-view';

/** Options of {@link routeBatch}. */
export interface RouteBatchOptions {
  /** Rounds of local improvement after the greedy pass; default 1. 0 gives the greedy result. */
  readonly improvementRounds?: number;
  /** Subgradient rounds pricing scarce stock and capacity; default 30. 0 skips the priced pass. */
  readonly priceIterations?: number;
  /** Orders re-planned together in one local-improvement move; default 9. */
  readonly groupSize?: number;
}

/** The result of routing a batch. Money in fen. */
export interface BatchRoutingResult {
  /** One decision per order, in the order given. */
  readonly decisions: readonly RoutingDecision[];
  readonly totalCost: number;
  readonly parcels: number;
  readonly unfulfillableLines: number;
}

/** A shallow copy of the prepared stock and capacity that a batch may draw down. */
function freshView(prepared: PreparedRouting): StockView {
  return { stock: prepared.stock.slice(), capacity: prepared.capacity.slice() };
}

/** Greedy placement in `sequence` (steered by shadow prices when given), then local improvement. */
function assignBatch(
  prepared: PreparedRouting,
  analyses: readonly OrderAnalysis[],
  ideals: readonly OrderPlan[],
  regret: readonly number[],
  sequence: readonly number[],
  prices: ShadowPrices | undefined,
  rounds: number,
  groupSize: number,
): { plans: OrderPlan[]; view: StockView; objective: number } {
  const view = freshView(prepared);
  const steered: StockView = prices === undefined ? view : { ...view, ...prices };
  const plans: OrderPlan[] = new Array(analyses.length);
  for (const index of sequence) {
    const analysis = analyses[index] as OrderAnalysis;
    const chosen = solvePlan(prepared, analysis, steered);
    applyPlan(prepared, analysis, chosen, view, 1);
    plans[index] =
      prices === undefined ? chosen : { ...chosen, objective: planObjective(prepared, analysis, chosen) };
  }
  improveBatch(prepared, analyses, ideals, regret, plans, view, rounds, groupSize);
  let objective = 0;
  for (const plan of plans) objective += plan.objective;
  return { plans, view, objective };
}

/**
 * Routes a batch of orders together: they share the stock and capacity snapshot, and the batch
 * is optimised as a whole. Scarce stock and capacity are first priced (subgradient shadow
 * prices), then orders are placed greedily against the remaining stock, those with most to lose
 * if pushed off their best warehouse first (regret order), steered by the prices; local
 * improvement then re-plans single orders and groups of orders competing for the same stock or
 * capacity (ruin and recreate) while the total objective falls. Pure and deterministic.
 *
 * @throws OmsError `invalid_input` when the context or its rule set is invalid.
 */
export function routeBatch(
  orders: readonly RoutableOrder[],
  context: RoutingContext | PreparedRouting,
  options: RouteBatchOptions = {},
): BatchRoutingResult {
  const prepared = prepareRouting(context);
  const analyses = orders.map((order) => analyseOrder(prepared, order));
  const ideals = analyses.map((analysis) => solvePlan(prepared, analysis, prepared));
  const regret = analyses.map((analysis, index) =>
    planRegret(prepared, analysis, ideals[index] as OrderPlan, prepared),
  );
  const sequence = analyses
    .map((_, index) => index)
    .sort((a, b) => (regret[b] ?? 0) - (regret[a] ?? 0) || a - b);
  const rounds = options.improvementRounds ?? 1;
  const iterations = options.priceIterations ?? 30;
  const prices = iterations > 0 ? shadowPrices(prepared, analyses, iterations, 400) : undefined;
  const { plans, view } = assignBatch(
    prepared,
    analyses,
    ideals,
    regret,
    sequence,
    prices,
    rounds,
    options.groupSize ?? 9,
  );
  const decisions = analyses.map((analysis, index) => {
    const plan = plans[index] as OrderPlan;
    // Explain against what this order could have drawn on: what is left plus its own share.
    applyPlan(prepared, analysis, plan, view, -1);
    const decision = buildDecision(prepared, analysis, plan, view);
    applyPlan(prepared, analysis, plan, view, 1);
    return decision;
  });
  let totalCost = 0;
  let parcels = 0;
  let unfulfillableLines = 0;
  for (const decision of decisions) {
    totalCost += decision.totalCost;
    parcels += decision.parcels.length;
    unfulfillableLines += decision.unfulfillable.length;
  }
  return { decisions, totalCost, parcels, unfulfillableLines };
}
