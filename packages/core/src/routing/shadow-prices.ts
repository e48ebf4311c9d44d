import type { OrderAnalysis } from './order-analysis';
import type { PreparedRouting } from './prepare-routing';
import type { OrderPlan } from './solve-plan';
import { newPlanSlot, type PlanSlot, solvePlanInto } from './solve-plan';

/** Shadow prices per stock cell and per warehouse's capacity, in fen per unit or parcel. */
export interface ShadowPrices {
  readonly stockPrice: Float64Array;
  readonly capacityPrice: Float64Array;
}

/** Whether the plan draws on a resource flagged in `flags` (stock cells, then capacities). */
function planTouches(
  analysis: OrderAnalysis,
  plan: OrderPlan,
  flags: Uint8Array,
  cells: number,
  W: number,
): boolean {
  for (let p = 0; p < plan.parcelCandidates.length; p++) {
    const candidate = analysis.candidates[plan.parcelCandidates[p] ?? 0];
    if (candidate === undefined) continue;
    if (flags[cells + candidate.shipIndex] === 1) return true;
    const mask = plan.parcelMasks[p] ?? 0;
    for (let l = 0; l < analysis.lineCount; l++) {
      if ((mask & (1 << l)) !== 0 && flags[(analysis.lineSku[l] ?? 0) * W + (plan.lineSources[l] ?? 0)] === 1)
        return true;
    }
  }
  return false;
}

/**
 * Every resource an order could draw on, as flag indices (stock cells, then `cells + w` for a
 * warehouse's capacity), without repeats: computed once, read every round.
 */
function reachOf(analysis: OrderAnalysis, cells: number, W: number, seen: Uint8Array): Int32Array {
  const found = new Int32Array(analysis.candidates.length * (1 + 2 * analysis.lineCount));
  let count = 0;
  const add = (index: number): void => {
    if (seen[index] === 1) return;
    seen[index] = 1;
    found[count++] = index;
  };
  for (const candidate of analysis.candidates) {
    add(cells + candidate.shipIndex);
    for (let l = 0; l < analysis.lineCount; l++) {
      const sku = analysis.lineSku[l] ?? -1;
      if (sku < 0) continue;
      add(sku * W + candidate.shipIndex);
      add(sku * W + candidate.stockIndex);
    }
  }
  // Clear the marks for the next order; keep the distinct indices in first-seen order.
  for (let i = 0; i < count; i++) seen[found[i] as number] = 0;
  return found.slice(0, count);
}

/** Whether the order could draw on a resource flagged in `flags`. */
function reachTouches(reach: Int32Array, flags: Uint8Array): boolean {
  for (let i = 0; i < reach.length; i++) if (flags[reach[i] as number] === 1) return true;
  return false;
}

/**
 * Prices scarce stock and capacity by subgradient steps on the batch's relaxation: every order
 * plans alone against the full snapshot plus the current prices; resources asked for beyond
 * supply get dearer, idle priced ones cheaper, with a shrinking step. The prices then steer
 * the greedy pass, so orders with good alternatives leave scarce stock to those without.
 * An order is re-planned only when a price it pays rose or a price it could pay fell, since
 * otherwise its plan stays the best one.
 */
export function shadowPrices(
  prepared: PreparedRouting,
  analyses: readonly OrderAnalysis[],
  iterations: number,
  initialStepFen: number,
): ShadowPrices {
  const W = prepared.warehouses.length;
  const cells = prepared.stock.length;
  const stockPrice = new Float64Array(cells);
  const capacityPrice = new Float64Array(W);
  const usage = new Float64Array(cells);
  const parcels = new Float64Array(W);
  const changed = new Uint8Array(cells + W);
  const fell = new Uint8Array(cells + W);
  const view = { stock: prepared.stock, capacity: prepared.capacity, stockPrice, capacityPrice };
  // One slot per order, overwritten when the order is re-planned: rounds leave no plans behind.
  const plans: PlanSlot[] = analyses.map(() => newPlanSlot());
  for (let order = 0; order < analyses.length; order++)
    solvePlanInto(prepared, analyses[order] as OrderAnalysis, view, plans[order] as PlanSlot);
  const seen = new Uint8Array(cells + W);
  const reaches = analyses.map((analysis) => reachOf(analysis, cells, W, seen));
  let step = initialStepFen;
  for (let round = 0; round < iterations; round++) {
    usage.fill(0);
    parcels.fill(0);
    for (let order = 0; order < analyses.length; order++) {
      const analysis = analyses[order] as OrderAnalysis;
      const plan = plans[order] as PlanSlot;
      if (
        round > 0 &&
        (planTouches(analysis, plan, changed, cells, W) || reachTouches(reaches[order] as Int32Array, fell))
      )
        solvePlanInto(prepared, analysis, view, plan);
      for (let p = 0; p < plan.parcelCandidates.length; p++) {
        const candidate = analysis.candidates[plan.parcelCandidates[p] ?? 0];
        if (candidate === undefined) continue;
        parcels[candidate.shipIndex] = (parcels[candidate.shipIndex] ?? 0) + 1;
        const mask = plan.parcelMasks[p] ?? 0;
        for (let l = 0; l < analysis.lineCount; l++) {
          if ((mask & (1 << l)) === 0) continue;
          const at = (analysis.lineSku[l] ?? 0) * W + (plan.lineSources[l] ?? candidate.stockIndex);
          usage[at] = (usage[at] ?? 0) + (analysis.lineQuantity[l] ?? 0);
        }
      }
    }
    changed.fill(0);
    fell.fill(0);
    let crowded = false;
    const adjust = (prices: Float64Array, index: number, flag: number, excess: number): void => {
      const price = prices[index] ?? 0;
      if (excess > 0) {
        crowded = true;
        prices[index] = price + step * Math.sqrt(excess);
        changed[flag] = 1;
      } else if (excess < 0 && price > 0) {
        prices[index] = Math.max(0, price - step);
        changed[flag] = 1;
        fell[flag] = 1;
      }
    };
    for (let at = 0; at < cells; at++)
      adjust(stockPrice, at, at, (usage[at] ?? 0) - (prepared.stock[at] ?? 0));
    for (let w = 0; w < W; w++)
      adjust(capacityPrice, w, cells + w, (parcels[w] ?? 0) - (prepared.capacity[w] ?? 0));
    if (!crowded && round > 0) break;
    step *= 0.9;
  }
  return { stockPrice, capacityPrice };
}
