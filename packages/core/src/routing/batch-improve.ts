import type { OrderAnalysis } from './order-analysis';
import { planRegret } from './plan-regret';
import type { PreparedRouting } from './prepare-routing';
import type { OrderPlan } from './solve-plan';
import { solveObjective, solvePlan } from './solve-plan';
import type { StockView } from './stock-view';
import { applyPlan } from './stock-view';

const epsilon = 1e-6;
/** The share of the batch (worst-off orders first) that group moves are tried for per round. */
const hurtShare = 0.12;

/** Who holds what in a batch: orders per stock cell and per shipping warehouse. */
interface Holdings {
  readonly stock: Map<number, Set<number>>;
  readonly capacity: Map<number, Set<number>>;
}

function touch(map: Map<number, Set<number>>, key: number, order: number, add: boolean): void {
  let set = map.get(key);
  if (set === undefined) {
    set = new Set();
    map.set(key, set);
  }
  if (add) set.add(order);
  else set.delete(order);
}

function record(
  prepared: PreparedRouting,
  analysis: OrderAnalysis,
  plan: OrderPlan,
  order: number,
  holdings: Holdings,
  add: boolean,
): void {
  const W = prepared.warehouses.length;
  for (let p = 0; p < plan.parcelCandidates.length; p++) {
    const candidate = analysis.candidates[plan.parcelCandidates[p] ?? 0];
    if (candidate === undefined) continue;
    touch(holdings.capacity, candidate.shipIndex, order, add);
    const mask = plan.parcelMasks[p] ?? 0;
    for (let l = 0; l < analysis.lineCount; l++) {
      if ((mask & (1 << l)) !== 0)
        touch(
          holdings.stock,
          (analysis.lineSku[l] ?? 0) * W + (plan.lineSources[l] ?? candidate.stockIndex),
          order,
          add,
        );
    }
  }
}

/** A blocking order and the resource it holds that the hurt order wants. */
interface Blocker {
  readonly order: number;
  /** Ship-warehouse index whose capacity is wanted, or -1. */
  readonly ship: number;
  /** Stock warehouse index whose stock is wanted, or -1. */
  readonly stock: number;
}

/**
 * Orders holding the stock or capacity that keeps `order` from its ideal plan: the cells of
 * its ideal parcels that are short, and for lines it leaves unserved or ships apart from the
 * ideal, every candidate cell of that line that is short.
 */
function blockersOf(
  prepared: PreparedRouting,
  analysis: OrderAnalysis,
  ideal: OrderPlan,
  current: OrderPlan,
  order: number,
  view: StockView,
  holdings: Holdings,
): Blocker[] {
  const W = prepared.warehouses.length;
  const found = new Map<number, Blocker>();
  const addCell = (c: number, l: number): void => {
    const candidate = analysis.candidates[c];
    if (candidate === undefined || ((analysis.staticMask[c] ?? 0) & (1 << l)) === 0) return;
    if ((view.capacity[candidate.shipIndex] ?? 0) < 1) {
      for (const holder of holdings.capacity.get(candidate.shipIndex) ?? []) {
        if (!found.has(holder)) found.set(holder, { order: holder, ship: candidate.shipIndex, stock: -1 });
      }
    }
    const key = (analysis.lineSku[l] ?? 0) * W + candidate.stockIndex;
    if ((view.stock[key] ?? 0) >= (analysis.lineQuantity[l] ?? 0)) return;
    for (const holder of holdings.stock.get(key) ?? []) {
      if (!found.has(holder)) found.set(holder, { order: holder, ship: -1, stock: candidate.stockIndex });
    }
  };
  for (let p = 0; p < ideal.parcelCandidates.length; p++) {
    const mask = ideal.parcelMasks[p] ?? 0;
    for (let l = 0; l < analysis.lineCount; l++)
      if ((mask & (1 << l)) !== 0) addCell(ideal.parcelCandidates[p] ?? 0, l);
  }
  if (current.unserved !== 0 || current.parcelCandidates.length > ideal.parcelCandidates.length) {
    for (let l = 0; l < analysis.lineCount; l++) {
      for (let c = 0; c < analysis.candidates.length; c++) addCell(c, l);
    }
  }
  found.delete(order);
  return [...found.values()].sort((a, b) => a.order - b.order);
}

/** Candidates of `analysis` that use the blocked resource. */
function resourceMask(analysis: OrderAnalysis, blocker: Blocker): number {
  let mask = 0;
  const limit = Math.min(analysis.candidates.length, 31);
  for (let c = 0; c < limit; c++) {
    const candidate = analysis.candidates[c];
    if (
      candidate !== undefined &&
      (candidate.shipIndex === blocker.ship || candidate.stockIndex === blocker.stock)
    )
      mask |= 1 << c;
  }
  return mask;
}

/**
 * The blockers cheapest to move first: shortlisted by regret (what each would pay to leave its
 * best warehouse, measured once against the full snapshot), then ranked by what each would pay
 * now to re-plan without the resource it holds.
 */
function cheapestBlockers(
  prepared: PreparedRouting,
  analyses: readonly OrderAnalysis[],
  plans: readonly OrderPlan[],
  blockers: readonly Blocker[],
  regret: readonly number[],
  view: StockView,
  tried: number,
): Blocker[] {
  const shortlist = [...blockers]
    .sort((a, b) => (regret[a.order] ?? 0) - (regret[b.order] ?? 0) || a.order - b.order)
    .slice(0, tried * 4);
  const priced = shortlist.map((blocker) => {
    const analysis = analyses[blocker.order] as OrderAnalysis;
    const plan = plans[blocker.order] as OrderPlan;
    applyPlan(prepared, analysis, plan, view, -1);
    const moved = solveObjective(prepared, analysis, view, resourceMask(analysis, blocker));
    applyPlan(prepared, analysis, plan, view, 1);
    return { blocker, delta: moved - plan.objective };
  });
  priced.sort((a, b) => a.delta - b.delta || a.blocker.order - b.blocker.order);
  return priced.slice(0, tried).map((entry) => entry.blocker);
}

/**
 * Ruin and recreate: takes a group of competing orders out and puts them back one at a time,
 * each time the order that would lose most if it went later (highest regret). Keeps the result
 * when the group's objective falls, else restores the group.
 */
function reinsert(
  prepared: PreparedRouting,
  analyses: readonly OrderAnalysis[],
  plans: OrderPlan[],
  group: readonly number[],
  view: StockView,
  replace: (index: number, next: OrderPlan) => void,
  inGivenOrder = false,
): boolean {
  let before = 0;
  for (const index of group) {
    before += (plans[index] as OrderPlan).objective;
    applyPlan(prepared, analyses[index] as OrderAnalysis, plans[index] as OrderPlan, view, -1);
  }
  const pending = [...group];
  const placed: [number, OrderPlan][] = [];
  let after = 0;
  while (pending.length > 0) {
    let pick = 0;
    let pickPlan: OrderPlan | undefined;
    let pickRegret = Number.NEGATIVE_INFINITY;
    for (let position = 0; position < pending.length; position++) {
      const index = pending[position] as number;
      const analysis = analyses[index] as OrderAnalysis;
      const best = solvePlan(prepared, analysis, view);
      const regret = pending.length === 1 || inGivenOrder ? 0 : planRegret(prepared, analysis, best, view);
      if (regret > pickRegret) {
        pick = position;
        pickPlan = best;
        pickRegret = regret;
      }
      if (inGivenOrder) break;
    }
    const index = pending.splice(pick, 1)[0] as number;
    const plan = pickPlan as OrderPlan;
    applyPlan(prepared, analyses[index] as OrderAnalysis, plan, view, 1);
    placed.push([index, plan]);
    after += plan.objective;
  }
  if (after < before - epsilon) {
    for (const [index, plan] of placed) replace(index, plan);
    return true;
  }
  for (const [index, plan] of placed) applyPlan(prepared, analyses[index] as OrderAnalysis, plan, view, -1);
  for (const index of group)
    applyPlan(prepared, analyses[index] as OrderAnalysis, plans[index] as OrderPlan, view, 1);
  return false;
}

/** The warehouses whose stock of line `line` the order could draw on (shipping or transfer source). */
function stockSourcesOf(analysis: OrderAnalysis, line: number): number[] {
  const sources: number[] = [];
  for (const [c, candidate] of analysis.candidates.entries()) {
    if (((analysis.staticMask[c] ?? 0) & (1 << line)) === 0) continue;
    if (!sources.includes(candidate.shipIndex)) sources.push(candidate.shipIndex);
    if (!sources.includes(candidate.stockIndex)) sources.push(candidate.stockIndex);
  }
  return sources;
}

/** Orders tried, cheapest first, to make room at a full warehouse for an unserved line. */
const capacityTries = 3;
/** Rounds of two-for-one swaps per improvement round, while they still help. */
const swapPasses = 6;
/** An unserved line: its order, index, SKU, quantity and the warehouses it could draw on. */
interface UnservedLine {
  readonly order: number;
  readonly line: number;
  readonly sku: number;
  readonly quantity: number;
  readonly sources: readonly number[];
}

/**
 * Two-for-one swaps: a line served from a stock cell gives its units up so that two unserved
 * lines of the same SKU, which each need fewer, are served from that cell instead (every line
 * counts one unserved penalty, whatever its quantity). Returns groups in the order to re-place
 * them: the two unserved orders first, then the order giving up its units (which may still find
 * stock elsewhere).
 */
function swapGroups(
  prepared: PreparedRouting,
  analyses: readonly OrderAnalysis[],
  plans: readonly OrderPlan[],
  view: StockView,
  holdings: Holdings,
): number[][] {
  const W = prepared.warehouses.length;
  const bySku = new Map<number, UnservedLine[]>();
  for (const [order, plan] of plans.entries()) {
    if (plan.unserved === 0) continue;
    const analysis = analyses[order] as OrderAnalysis;
    for (let line = 0; line < analysis.lineCount; line++) {
      if ((plan.unserved & (1 << line)) === 0) continue;
      const sku = analysis.lineSku[line] ?? 0;
      const entry = {
        order,
        line,
        sku,
        quantity: analysis.lineQuantity[line] ?? 0,
        sources: stockSourcesOf(analysis, line),
      };
      const list = bySku.get(sku);
      if (list === undefined) bySku.set(sku, [entry]);
      else list.push(entry);
    }
  }
  const groups: number[][] = [];
  for (const [sku, lines] of bySku) {
    if (lines.length < 2) continue;
    const used = new Set<number>();
    for (let w = 0; w < W; w++) {
      const wanting = lines
        .filter((line) => !used.has(line.order) && line.sources.includes(w))
        .sort((a, b) => a.quantity - b.quantity || a.order - b.order);
      const [first, second] = wanting;
      if (first === undefined || second === undefined || first.order === second.order) continue;
      const need = first.quantity + second.quantity - (view.stock[sku * W + w] ?? 0);
      let giver: number | undefined;
      let given = Number.POSITIVE_INFINITY;
      for (const holder of holdings.stock.get(sku * W + w) ?? []) {
        const held = analyses[holder] as OrderAnalysis;
        const plan = plans[holder] as OrderPlan;
        for (let j = 0; j < held.lineCount; j++) {
          const quantity = held.lineQuantity[j] ?? 0;
          if (held.lineSku[j] !== sku || plan.lineSources[j] !== w || quantity < need) continue;
          if (quantity < given) {
            giver = holder;
            given = quantity;
          }
        }
      }
      if (giver === undefined || giver === first.order || giver === second.order) continue;
      used.add(first.order);
      used.add(second.order);
      groups.push([first.order, second.order, giver]);
    }
  }
  return groups;
}

/**
 * For an order with unserved lines: the ship warehouses that have stock for one of those lines but
 * no capacity left, each with the orders shipping from there (the capacity it would need).
 */
function capacityBlockers(
  prepared: PreparedRouting,
  analysis: OrderAnalysis,
  plan: OrderPlan,
  order: number,
  view: StockView,
  holdings: Holdings,
): Blocker[] {
  const W = prepared.warehouses.length;
  const found = new Map<number, Blocker>();
  for (const [c, candidate] of analysis.candidates.entries()) {
    if ((view.capacity[candidate.shipIndex] ?? 0) >= 1) continue;
    for (let l = 0; l < analysis.lineCount; l++) {
      if ((plan.unserved & (1 << l)) === 0 || ((analysis.staticMask[c] ?? 0) & (1 << l)) === 0) continue;
      const sku = analysis.lineSku[l] ?? 0;
      const quantity = analysis.lineQuantity[l] ?? 0;
      if (
        (view.stock[sku * W + candidate.shipIndex] ?? 0) < quantity &&
        (view.stock[sku * W + candidate.stockIndex] ?? 0) < quantity
      )
        continue;
      for (const holder of holdings.capacity.get(candidate.shipIndex) ?? []) {
        if (holder !== order && !found.has(holder))
          found.set(holder, { order: holder, ship: candidate.shipIndex, stock: -1 });
      }
    }
  }
  return [...found.values()].sort((a, b) => a.order - b.order);
}

/**
 * Local improvement of a batch assignment, in place on `plans` and `view` (both owned by the
 * caller's batch run): re-plans single orders against what is left; then for the orders worst
 * off against their ideal plan, takes them out together with the orders blocking them (those
 * cheapest to move) and puts the group back in regret order, keeping the result when the
 * group's objective falls; then tries two-for-one swaps where a line gives its units up so that
 * two smaller unserved lines of its SKU are served (see `swapGroups`). Stops after `rounds` or
 * when nothing improves.
 */
export function improveBatch(
  prepared: PreparedRouting,
  analyses: readonly OrderAnalysis[],
  ideals: readonly OrderPlan[],
  regret: readonly number[],
  plans: OrderPlan[],
  view: StockView,
  rounds: number,
  groupSize: number,
): void {
  const holdings: Holdings = { stock: new Map(), capacity: new Map() };
  // Plans change version when replaced; a move that failed is not retried until one of the
  // orders it involved has changed.
  const version = new Int32Array(analyses.length);
  const failed = new Map<number, string>();
  const signature = (group: readonly number[]): string =>
    group.map((order) => `${order}:${version[order]}`).join(',');
  for (const [index, analysis] of analyses.entries()) {
    record(prepared, analysis, plans[index] as OrderPlan, index, holdings, true);
  }
  const replace = (index: number, next: OrderPlan): void => {
    version[index] = (version[index] ?? 0) + 1;
    const analysis = analyses[index] as OrderAnalysis;
    record(prepared, analysis, plans[index] as OrderPlan, index, holdings, false);
    record(prepared, analysis, next, index, holdings, true);
    plans[index] = next;
  };
  for (let round = 0; round < rounds; round++) {
    let improved = false;
    for (let index = 0; index < analyses.length; index++) {
      const analysis = analyses[index] as OrderAnalysis;
      const current = plans[index] as OrderPlan;
      applyPlan(prepared, analysis, current, view, -1);
      const next = solvePlan(prepared, analysis, view);
      if (next.objective < current.objective - epsilon) {
        applyPlan(prepared, analysis, next, view, 1);
        replace(index, next);
        improved = true;
      } else {
        applyPlan(prepared, analysis, current, view, 1);
      }
    }
    const hurt = analyses
      .map((_, index) => index)
      .filter((index) => (plans[index]?.objective ?? 0) > (ideals[index]?.objective ?? 0) + epsilon)
      .sort(
        (a, b) =>
          (plans[b]?.objective ?? 0) -
            (ideals[b]?.objective ?? 0) -
            ((plans[a]?.objective ?? 0) - (ideals[a]?.objective ?? 0)) || a - b,
      );
    // The worst-off orders first; the long tail of small gaps rarely pays for its moves.
    for (const index of hurt.slice(0, Math.max(64, Math.ceil(analyses.length * hurtShare)))) {
      const analysis = analyses[index] as OrderAnalysis;
      const ideal = ideals[index] as OrderPlan;
      if ((plans[index] as OrderPlan).objective <= ideal.objective + epsilon) continue;
      const blockers = blockersOf(
        prepared,
        analysis,
        ideal,
        plans[index] as OrderPlan,
        index,
        view,
        holdings,
      );
      const group = [
        index,
        ...cheapestBlockers(prepared, analyses, plans, blockers, regret, view, groupSize - 1).map(
          (b) => b.order,
        ),
      ];
      if (group.length < 2 || failed.get(index) === signature(group)) continue;
      if (reinsert(prepared, analyses, plans, group, view, replace)) improved = true;
      else failed.set(index, signature(group));
    }
    // Lines left unserved because the warehouse holding their stock is full: move the order
    // cheapest to ship elsewhere out of the way, this order first, then the one moved.
    for (let index = 0; index < analyses.length; index++) {
      const plan = plans[index] as OrderPlan;
      if (plan.unserved === 0) continue;
      const analysis = analyses[index] as OrderAnalysis;
      const blockers = capacityBlockers(prepared, analysis, plan, index, view, holdings);
      if (blockers.length === 0) continue;
      for (const blocker of cheapestBlockers(
        prepared,
        analyses,
        plans,
        blockers,
        regret,
        view,
        capacityTries,
      )) {
        const group = [index, blocker.order];
        const key = -1 - index;
        if (failed.get(key) === signature(group)) continue;
        if (reinsert(prepared, analyses, plans, group, view, replace, true)) {
          improved = true;
          break;
        }
        failed.set(key, signature(group));
      }
    }
    for (let pass = 0; pass < swapPasses; pass++) {
      let swapped = false;
      for (const group of swapGroups(prepared, analyses, plans, view, holdings)) {
        if (reinsert(prepared, analyses, plans, group, view, replace, true)) swapped = true;
      }
      if (!swapped) break;
      improved = true;
    }
    if (!improved) break;
  }
}
