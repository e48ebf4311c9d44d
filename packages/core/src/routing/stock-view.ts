import type { OrderAnalysis } from './order-analysis';
import type { PreparedRouting } from './prepare-routing';
import type { OrderPlan } from './solve-plan';

/**
 * Mutable views of remaining stock and capacity (shared by a batch), with optional shadow
 * prices per stock cell and per warehouse's capacity that batch routing adds to plan costs to
 * steer orders away from scarce resources.
 */
export interface StockView {
  readonly stock: Int32Array;
  readonly capacity: Float64Array;
  readonly stockPrice?: Float64Array | undefined;
  readonly capacityPrice?: Float64Array | undefined;
}

/**
 * Takes stock for the lines in `mask` of candidate `c`, line by line: from the shipping
 * warehouse when it has the units, else from the transfer source. Writes each line's source
 * into `sources` (when given) and returns false when a line finds neither. Works on a private
 * tally, so `view` is left as it is.
 */
function drawLines(
  prepared: PreparedRouting,
  analysis: OrderAnalysis,
  c: number,
  mask: number,
  view: StockView,
  sources: number[] | Int32Array | undefined,
): boolean {
  const candidate = analysis.candidates[c];
  if (candidate === undefined) return false;
  const W = prepared.warehouses.length;
  const ship = candidate.shipIndex;
  const source = candidate.stockIndex;
  for (let l = 0; l < analysis.lineCount; l++) {
    if ((mask & (1 << l)) === 0) continue;
    const sku = analysis.lineSku[l] ?? 0;
    // Units of this SKU already drawn by earlier lines of the same parcel, per cell.
    let drawnShip = 0;
    let drawnSource = 0;
    for (let m = 0; m < l; m++) {
      if ((mask & (1 << m)) === 0 || analysis.lineSku[m] !== sku) continue;
      if (sources?.[m] === source && source !== ship) drawnSource += analysis.lineQuantity[m] ?? 0;
      else drawnShip += analysis.lineQuantity[m] ?? 0;
    }
    const quantity = analysis.lineQuantity[l] ?? 0;
    if ((view.stock[sku * W + ship] ?? 0) - drawnShip >= quantity) {
      if (sources !== undefined) sources[l] = ship;
    } else if (source !== ship && (view.stock[sku * W + source] ?? 0) - drawnSource >= quantity) {
      if (sources !== undefined) sources[l] = source;
    } else {
      return false;
    }
  }
  return true;
}

let tally = new Int32Array(8);

/** Whether candidate `c` can ship the lines in `mask` from `view`'s stock (summing shared SKUs). */
export function fitsStock(
  prepared: PreparedRouting,
  analysis: OrderAnalysis,
  c: number,
  mask: number,
  view: StockView,
): boolean {
  if (tally.length < analysis.lineCount) tally = new Int32Array(analysis.lineCount);
  tally.fill(-1);
  return drawLines(prepared, analysis, c, mask, view, tally);
}

/** Lines candidate `c` may ship now: capability and ownership, stock for each line, capacity. */
export function availableMask(
  prepared: PreparedRouting,
  analysis: OrderAnalysis,
  c: number,
  view: StockView,
): number {
  const candidate = analysis.candidates[c];
  if (candidate === undefined || (view.capacity[candidate.shipIndex] ?? 0) < 1) return 0;
  const W = prepared.warehouses.length;
  const allowed = analysis.staticMask[c] ?? 0;
  const ship = candidate.shipIndex;
  const source = candidate.stockIndex;
  let mask = 0;
  for (let l = 0; l < analysis.lineCount; l++) {
    if ((allowed & (1 << l)) === 0) continue;
    const sku = analysis.lineSku[l] ?? 0;
    const quantity = analysis.lineQuantity[l] ?? 0;
    if ((view.stock[sku * W + ship] ?? 0) >= quantity || (view.stock[sku * W + source] ?? 0) >= quantity) {
      mask |= 1 << l;
    }
  }
  return mask;
}

/** The stock source of every line of a plan (see {@link OrderPlan.lineSources}). */
export function sourcesOf(
  prepared: PreparedRouting,
  analysis: OrderAnalysis,
  parcelCandidates: readonly number[],
  parcelMasks: readonly number[],
  view: StockView,
): number[] {
  const sources: number[] = new Array<number>(analysis.lineCount).fill(-1);
  sourcesInto(prepared, analysis, parcelCandidates, parcelMasks, view, sources);
  return sources;
}

/** {@link sourcesOf} written into `sources` (resized to the order's lines), without allocating. */
export function sourcesInto(
  prepared: PreparedRouting,
  analysis: OrderAnalysis,
  parcelCandidates: readonly number[],
  parcelMasks: readonly number[],
  view: StockView,
  sources: number[],
): void {
  sources.length = analysis.lineCount;
  sources.fill(-1);
  for (let p = 0; p < parcelCandidates.length; p++) {
    drawLines(prepared, analysis, parcelCandidates[p] ?? 0, parcelMasks[p] ?? 0, view, sources);
  }
}

/** Takes a plan's stock and capacity out of `view` (sign 1) or puts them back (sign -1). */
export function applyPlan(
  prepared: PreparedRouting,
  analysis: OrderAnalysis,
  plan: OrderPlan,
  view: StockView,
  sign: 1 | -1,
): void {
  const W = prepared.warehouses.length;
  for (let p = 0; p < plan.parcelCandidates.length; p++) {
    const candidate = analysis.candidates[plan.parcelCandidates[p] ?? 0];
    const mask = plan.parcelMasks[p] ?? 0;
    if (candidate === undefined) continue;
    view.capacity[candidate.shipIndex] = (view.capacity[candidate.shipIndex] ?? 0) - sign;
    for (let l = 0; l < analysis.lineCount; l++) {
      if ((mask & (1 << l)) === 0) continue;
      const at = (analysis.lineSku[l] ?? 0) * W + (plan.lineSources[l] ?? candidate.stockIndex);
      view.stock[at] = (view.stock[at] ?? 0) - sign * (analysis.lineQuantity[l] ?? 0);
    }
  }
}
