import type { OrderAnalysis } from './order-analysis';
import type { PreparedRouting } from './prepare-routing';
import type { OrderPlan } from './solve-plan';
import { solveObjective } from './solve-plan';
import type { StockView } from './stock-view';

/**
 * What an order would lose if it could not use the warehouse of one of its parcels (the worst
 * such loss): high for orders that need a scarce warehouse, low for those with good alternatives.
 */
export function planRegret(
  prepared: PreparedRouting,
  analysis: OrderAnalysis,
  best: OrderPlan,
  view: StockView,
): number {
  let regret = 0;
  for (const c of best.parcelCandidates) {
    const ship = analysis.candidates[c]?.shipIndex;
    let mask = 0;
    for (const [d, candidate] of analysis.candidates.entries())
      if (candidate.shipIndex === ship && d < 31) mask |= 1 << d;
    regret = Math.max(regret, solveObjective(prepared, analysis, view, mask) - best.objective);
  }
  return regret;
}
