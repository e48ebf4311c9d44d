import type { ParcelEvaluation } from './evaluate-parcel';
import { evaluateParcel, newParcelEvaluation } from './evaluate-parcel';
import { greedyPlan } from './greedy-plan';
import type { OrderAnalysis } from './order-analysis';
import type { PreparedRouting } from './prepare-routing';
import type { StockView } from './stock-view';
import { availableMask, fitsStock, sourcesInto } from './stock-view';

/** A plan for one order: parcels as (candidate, line mask) pairs, and the lines left unserved. */
export interface OrderPlan {
  /** What the strategy minimises (fen plus strategy weights). */
  readonly objective: number;
  readonly parcelCandidates: readonly number[];
  readonly parcelMasks: readonly number[];
  readonly unserved: number;
  /**
   * The warehouse each line takes stock from (-1 when unserved): the shipping warehouse, or for
   * a transfer candidate the transfer source when the shipping warehouse lacks the line.
   */
  readonly lineSources: readonly number[];
}

let best = new Float64Array(1 << 8);
let bestChoice = new Int32Array(1 << 8);
let single = new Float64Array(1 << 8);
let singleCandidate = new Int32Array(1 << 8);
let dynamicMask = new Int32Array(64);
let subsetPrice = new Float64Array(1 << 8);
const scratch: ParcelEvaluation = newParcelEvaluation();

function ensure(masks: number, candidates: number): void {
  if (best.length < masks) {
    best = new Float64Array(masks);
    bestChoice = new Int32Array(masks);
    single = new Float64Array(masks);
    singleCandidate = new Int32Array(masks);
    subsetPrice = new Float64Array(masks);
  }
  if (dynamicMask.length < candidates) dynamicMask = new Int32Array(candidates);
}

/**
 * Whether `mask` takes some but not all lines of one SKU: lines of the same SKU always travel
 * together, so that one parcel's stock check covers their sum.
 */
function splitsSameSku(analysis: OrderAnalysis, mask: number): boolean {
  for (let l = 0; l < analysis.lineCount; l++) {
    if ((mask & (1 << l)) === 0) continue;
    for (let m = 0; m < analysis.lineCount; m++) {
      if ((mask & (1 << m)) === 0 && analysis.lineSku[m] === analysis.lineSku[l]) return true;
    }
  }
  return false;
}

let singleChosen = -1;
let singleSource = -1;

/** The one-line case of {@link exactPlanInto} (most orders): the best candidate or nothing. */
function singleLineValue(
  prepared: PreparedRouting,
  analysis: OrderAnalysis,
  view: StockView,
  disabled: number,
): number {
  const cost = analysis.table?.cost;
  const W = prepared.warehouses.length;
  const sku = analysis.lineSku[0] ?? 0;
  const quantity = analysis.lineQuantity[0] ?? 0;
  let chosen = -1;
  let chosenSource = -1;
  let value = analysis.unservedWeight;
  for (let c = 0; c < analysis.candidates.length; c++) {
    const candidate = analysis.candidates[c];
    if (candidate === undefined || (disabled & (1 << c)) !== 0 || ((analysis.staticMask[c] ?? 0) & 1) === 0)
      continue;
    if ((view.capacity[candidate.shipIndex] ?? 0) < 1) continue;
    const source =
      (view.stock[sku * W + candidate.shipIndex] ?? 0) >= quantity
        ? candidate.shipIndex
        : (view.stock[sku * W + candidate.stockIndex] ?? 0) >= quantity
          ? candidate.stockIndex
          : -1;
    if (source < 0) continue;
    let option = (cost?.[c * 2 + 1] ?? Number.POSITIVE_INFINITY) + (analysis.offset[c] ?? 0);
    if (view.capacityPrice !== undefined) option += view.capacityPrice[candidate.shipIndex] ?? 0;
    if (view.stockPrice !== undefined) option += (view.stockPrice[sku * W + source] ?? 0) * quantity;
    if (option < value) {
      value = option;
      chosen = c;
      chosenSource = source;
    }
  }
  singleChosen = chosen;
  singleSource = chosenSource;
  return value;
}

/**
 * A plan that {@link solvePlanInto} overwrites in place, its arrays reused: for loops that re-plan
 * the same orders many times (shadow pricing) without leaving a plan behind each time.
 */
export interface PlanSlot {
  objective: number;
  parcelCandidates: number[];
  parcelMasks: number[];
  unserved: number;
  lineSources: number[];
}

/** An empty {@link PlanSlot}. */
export function newPlanSlot(): PlanSlot {
  return { objective: 0, parcelCandidates: [], parcelMasks: [], unserved: 0, lineSources: [] };
}

function singleLineInto(
  prepared: PreparedRouting,
  analysis: OrderAnalysis,
  view: StockView,
  disabled: number,
  slot: PlanSlot,
): void {
  slot.objective = singleLineValue(prepared, analysis, view, disabled);
  slot.lineSources.length = 1;
  if (singleChosen < 0) {
    slot.parcelCandidates.length = 0;
    slot.parcelMasks.length = 0;
    slot.unserved = 1;
    slot.lineSources[0] = -1;
  } else {
    slot.parcelCandidates.length = 1;
    slot.parcelCandidates[0] = singleChosen;
    slot.parcelMasks.length = 1;
    slot.parcelMasks[0] = 1;
    slot.unserved = 0;
    slot.lineSources[0] = singleSource;
  }
}

/** Fills the subset DP scratch (`best`, `bestChoice`, `singleCandidate`) for an order of 2+ lines. */
function runDp(prepared: PreparedRouting, analysis: OrderAnalysis, view: StockView, disabled: number): void {
  const table = analysis.table;
  const n = analysis.lineCount;
  const C = analysis.candidates.length;
  const masks = 1 << n;
  ensure(masks, C);
  for (let c = 0; c < C; c++)
    dynamicMask[c] = (disabled & (1 << c)) !== 0 ? 0 : availableMask(prepared, analysis, c, view);
  single.fill(Number.POSITIVE_INFINITY, 0, masks);
  const W = prepared.warehouses.length;
  const stockPrice = view.stockPrice;
  for (let c = 0; c < C; c++) {
    const allowed = dynamicMask[c] ?? 0;
    const candidate = analysis.candidates[c];
    let offset = (analysis.offset[c] ?? 0) + analysis.extraParcel;
    if (view.capacityPrice !== undefined && candidate !== undefined)
      offset += view.capacityPrice[candidate.shipIndex] ?? 0;
    if (stockPrice !== undefined && candidate !== undefined) {
      // Shadow price of each subset's stock, built from its lowest line and the rest.
      subsetPrice[0] = 0;
      for (let s = 1; s < masks; s++) {
        const l = 31 - Math.clz32(s & -s);
        const line =
          (stockPrice[(analysis.lineSku[l] ?? 0) * W + candidate.stockIndex] ?? 0) *
          (analysis.lineQuantity[l] ?? 0);
        subsetPrice[s] = (subsetPrice[s & (s - 1)] ?? 0) + line;
      }
    }
    for (let s = allowed; s > 0; s = (s - 1) & allowed) {
      let cost = (table?.cost[c * masks + s] ?? Number.POSITIVE_INFINITY) + offset;
      if (stockPrice !== undefined) cost += subsetPrice[s] ?? 0;
      if (cost < (single[s] ?? 0)) {
        if (
          analysis.duplicateSkus &&
          (splitsSameSku(analysis, s) || !fitsStock(prepared, analysis, c, s, view))
        )
          continue;
        single[s] = cost;
        singleCandidate[s] = c;
      }
    }
  }
  best[0] = 0;
  for (let mask = 1; mask < masks; mask++) {
    const low = mask & -mask;
    const rest = mask ^ low;
    let value = (best[rest] ?? 0) + analysis.unservedWeight;
    let choice = 0;
    for (let sub = rest; ; sub = (sub - 1) & rest) {
      const s = sub | low;
      const option = (single[s] ?? 0) + (best[mask ^ s] ?? 0);
      if (option < value) {
        value = option;
        choice = s;
      }
      if (sub === 0) break;
    }
    best[mask] = value;
    bestChoice[mask] = choice;
  }
}

/** The objective of the DP's best plan, without building the plan. */
function dpObjective(analysis: OrderAnalysis): number {
  const masks = 1 << analysis.lineCount;
  let parcels = 0;
  for (let mask = masks - 1; mask > 0; ) {
    const choice = bestChoice[mask] ?? 0;
    if (choice === 0) mask ^= mask & -mask;
    else {
      parcels += 1;
      mask ^= choice;
    }
  }
  return (best[masks - 1] ?? 0) - (parcels > 0 ? analysis.extraParcel : 0);
}

function exactPlanInto(
  prepared: PreparedRouting,
  analysis: OrderAnalysis,
  view: StockView,
  disabled: number,
  slot: PlanSlot,
): void {
  if (analysis.lineCount === 1) {
    singleLineInto(prepared, analysis, view, disabled, slot);
    return;
  }
  runDp(prepared, analysis, view, disabled);
  const masks = 1 << analysis.lineCount;
  // Count first, then write by index: emptying an array with `length = 0` drops its storage,
  // and re-planning the same slot thousands of times would allocate it again each time.
  let count = 0;
  let unserved = 0;
  for (let mask = masks - 1; mask > 0; ) {
    const choice = bestChoice[mask] ?? 0;
    if (choice === 0) {
      const low = mask & -mask;
      unserved |= low;
      mask ^= low;
    } else {
      count++;
      mask ^= choice;
    }
  }
  const parcelCandidates = slot.parcelCandidates;
  const parcelMasks = slot.parcelMasks;
  if (parcelCandidates.length !== count) parcelCandidates.length = count;
  if (parcelMasks.length !== count) parcelMasks.length = count;
  let p = 0;
  for (let mask = masks - 1; mask > 0; ) {
    const choice = bestChoice[mask] ?? 0;
    if (choice === 0) mask ^= mask & -mask;
    else {
      parcelCandidates[p] = singleCandidate[choice] ?? 0;
      parcelMasks[p] = choice;
      p++;
      mask ^= choice;
    }
  }
  slot.objective = (best[masks - 1] ?? 0) - (parcelMasks.length > 0 ? analysis.extraParcel : 0);
  slot.unserved = unserved;
  sourcesInto(prepared, analysis, parcelCandidates, parcelMasks, view, slot.lineSources);
}

/**
 * The best plan for an analysed order against the remaining stock and capacity in `view`, by
 * the rule set's strategy: exact (dynamic programming over subsets of lines) up to
 * `maxExactLines` lines, greedy beyond. `disabledCandidates` is a bit mask of candidates not to
 * use. Deterministic; reads `view` without changing it.
 */
export function solvePlan(
  prepared: PreparedRouting,
  analysis: OrderAnalysis,
  view: StockView,
  disabledCandidates = 0,
): OrderPlan {
  const slot = newPlanSlot();
  solvePlanInto(prepared, analysis, view, slot, disabledCandidates);
  return slot;
}

/** {@link solvePlan} written into `slot` (its arrays reused). */
export function solvePlanInto(
  prepared: PreparedRouting,
  analysis: OrderAnalysis,
  view: StockView,
  slot: PlanSlot,
  disabledCandidates = 0,
): void {
  let disabled = disabledCandidates;
  for (;;) {
    if (analysis.table === undefined) {
      const plan = greedyPlan(prepared, analysis, view, disabled);
      slot.objective = plan.objective;
      slot.parcelCandidates = [...plan.parcelCandidates];
      slot.parcelMasks = [...plan.parcelMasks];
      slot.unserved = plan.unserved;
      slot.lineSources = [...plan.lineSources];
    } else exactPlanInto(prepared, analysis, view, disabled, slot);
    // Two candidates may ship from one warehouse (direct and by transfer); capacity counts parcels.
    const conflict = overCapacityCandidate(analysis, slot, view);
    if (conflict < 0) return;
    disabled |= 1 << conflict;
  }
}

function overCapacityCandidate(analysis: OrderAnalysis, plan: OrderPlan, view: StockView): number {
  if (plan.parcelCandidates.length < 2) return -1;
  for (let i = 1; i < plan.parcelCandidates.length; i++) {
    const ship = analysis.candidates[plan.parcelCandidates[i] ?? 0]?.shipIndex ?? -1;
    let used = 0;
    for (let j = 0; j <= i; j++) {
      if (analysis.candidates[plan.parcelCandidates[j] ?? 0]?.shipIndex === ship) used++;
    }
    if (used > (view.capacity[ship] ?? 0)) return plan.parcelCandidates[i] ?? -1;
  }
  return -1;
}

/**
 * The objective of {@link solvePlan}'s plan without building it (for regret and move pricing,
 * where only the number matters). Skips the capacity re-check for two parcels from one
 * warehouse, so it can be optimistic in that rare case.
 */
export function solveObjective(
  prepared: PreparedRouting,
  analysis: OrderAnalysis,
  view: StockView,
  disabledCandidates = 0,
): number {
  if (analysis.table === undefined) return solvePlan(prepared, analysis, view, disabledCandidates).objective;
  if (analysis.lineCount === 1) return singleLineValue(prepared, analysis, view, disabledCandidates);
  runDp(prepared, analysis, view, disabledCandidates);
  return dpObjective(analysis);
}

/** A plan's objective without shadow prices (what the strategy truly minimises). */
export function planObjective(prepared: PreparedRouting, analysis: OrderAnalysis, plan: OrderPlan): number {
  let objective = 0;
  const table = analysis.table;
  for (let p = 0; p < plan.parcelCandidates.length; p++) {
    const c = plan.parcelCandidates[p] ?? 0;
    const mask = plan.parcelMasks[p] ?? 0;
    let cost = Number.POSITIVE_INFINITY;
    if (table !== undefined) cost = table.cost[c * table.masks + mask] ?? cost;
    else if (evaluateParcel(prepared, analysis, c, mask, scratch)) cost = scratch.cost;
    objective += cost + (analysis.offset[c] ?? 0) + (p > 0 ? analysis.extraParcel : 0);
  }
  for (let l = 0; l < analysis.lineCount; l++)
    if ((plan.unserved & (1 << l)) !== 0) objective += analysis.unservedWeight;
  return objective;
}
