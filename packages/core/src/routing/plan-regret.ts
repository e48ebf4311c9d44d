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
  for (let p = 0; p < best.parcelCandidates.length; p++) {
    const c = best.parcelCandidates[p] as number;
    const ship = analysis.candidates[c]?.shipIndex;
    let mask = 0;
    const limit = Math.min(analysis.candidates.length, 31);
    for (let d = 0; d < limit; d++) if (analysis.candidates[d]?.shipIndex === ship) mask |= 1 << d;
    regret = Math.max(regret, solveObjective(prepared, analysis, view, mask) - best.objective);
  }
  return regret;
}
