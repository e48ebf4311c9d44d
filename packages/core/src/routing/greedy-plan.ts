import type { ParcelEvaluation } from './evaluate-parcel';
import { evaluateParcel, newParcelEvaluation } from './evaluate-parcel';
import type { OrderAnalysis } from './order-analysis';
import type { PreparedRouting } from './prepare-routing';
import type { OrderPlan } from './solve-plan';
import type { StockView } from './stock-view';
import { availableMask, fitsStock, sourcesOf } from './stock-view';

const scratch: ParcelEvaluation = newParcelEvaluation();

/**
 * The plan for orders too long for the exact subset search: repeatedly the candidate that can
 * ship the most remaining lines (cheapest on ties), each candidate used once.
 */
export function greedyPlan(
  prepared: PreparedRouting,
  analysis: OrderAnalysis,
  view: StockView,
  disabled: number,
): OrderPlan {
  const n = analysis.lineCount;
  let remaining = n >= 31 ? -1 >>> 0 : (1 << n) - 1;
  const parcelCandidates: number[] = [];
  const parcelMasks: number[] = [];
  let objective = 0;
  for (;;) {
    let chosen = -1;
    let chosenMask = 0;
    let chosenCount = 0;
    let chosenValue = Number.POSITIVE_INFINITY;
    for (let c = 0; c < analysis.candidates.length; c++) {
      if ((disabled & (1 << c)) !== 0) continue;
      const mask = availableMask(prepared, analysis, c, view) & remaining;
      if (mask === 0 || !evaluateParcel(prepared, analysis, c, mask, scratch)) continue;
      if (analysis.duplicateSkus && !fitsStock(prepared, analysis, c, mask, view)) continue;
      let count = 0;
      for (let bits = mask; bits !== 0; bits &= bits - 1) count++;
      const value = scratch.cost + (analysis.offset[c] ?? 0);
      if (count > chosenCount || (count === chosenCount && value < chosenValue)) {
        chosen = c;
        chosenMask = mask;
        chosenCount = count;
        chosenValue = value;
      }
    }
    if (chosen < 0) break;
    parcelCandidates.push(chosen);
    parcelMasks.push(chosenMask);
    objective += chosenValue + (parcelMasks.length > 1 ? analysis.extraParcel : 0);
    remaining &= ~chosenMask;
    disabled |= 1 << chosen;
  }
  let unserved = 0;
  for (let l = 0; l < n; l++) {
    if ((remaining & (1 << l)) !== 0) {
      unserved |= 1 << l;
      objective += analysis.unservedWeight;
    }
  }
  const lineSources = sourcesOf(prepared, analysis, parcelCandidates, parcelMasks, view);
  return { objective, parcelCandidates, parcelMasks, unserved, lineSources };
}
