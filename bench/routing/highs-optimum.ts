/**
 * The exact optimum of a batch from the HiGHS MILP solver (a development dependency of the
 * benchmark only). Formulation over per-order parcel patterns: a binary y for every (order,
 * warehouse, subset of its lines) that warehouse could ship as one parcel, priced with the
 * cheapest allowed carrier; each line is in at most one chosen pattern or pays the unserved
 * penalty; stock per (SKU, warehouse) and parcels per warehouse are capped; each order pays the
 * extra-parcel cost for every parcel beyond its first (y's cost includes it, and a continuous
 * z <= min(1, sum y) refunds one).
 */
import type { RoutableOrder } from '@omskit/core';
import loadHighs from 'highs';
import type { Evaluator, Solution, SolutionParcel } from './evaluate-solution';

/** The MILP's answer. */
export interface OptimumResult {
  readonly solution: Solution;
  readonly objective: number;
  readonly status: string;
  readonly solveMs: number;
  /** CPU time of the solve (this process, user + system). */
  readonly solveCpuMs: number;
  readonly buildMs: number;
  readonly variables: number;
  readonly constraints: number;
}

interface Pattern {
  readonly order: RoutableOrder;
  readonly warehouseId: string;
  readonly lineIds: readonly string[];
}

/** Solves the batch to optimality with HiGHS. `warehouseIds` are the candidates for every order. */
export async function solveOptimum(
  orders: readonly RoutableOrder[],
  warehouseIds: readonly string[],
  evaluator: Evaluator,
  timeLimitSeconds = 300,
): Promise<OptimumResult> {
  const started = performance.now();
  const patterns: Pattern[] = [];
  const objective: string[] = [];
  const rows: string[] = [];
  const lineTerms = new Map<string, string[]>();
  const stockTerms = new Map<string, string[]>();
  const capacityTerms = new Map<string, string[]>();
  const continuous: string[] = [];
  const wrap = (terms: readonly string[]): string => {
    const chunks: string[] = [];
    for (let i = 0; i < terms.length; i += 16) chunks.push(terms.slice(i, i + 16).join(' '));
    return chunks.join('\n   ');
  };
  for (const [o, order] of orders.entries()) {
    const orderVars: string[] = [];
    const n = order.lines.length;
    for (const warehouseId of warehouseIds) {
      for (let mask = 1; mask < 1 << n; mask++) {
        const lines = order.lines.filter((_, l) => (mask & (1 << l)) !== 0);
        const ok = lines.every(
          (line) =>
            evaluator.capabilityOk(warehouseId, line.sellerSku) &&
            evaluator.available(warehouseId, line.sellerSku) >= line.quantity,
        );
        if (!ok || evaluator.capacity(warehouseId) < 1) continue;
        const lineIds = lines.map((line) => line.lineId);
        const price = evaluator.parcelPrice(order, warehouseId, lineIds);
        if (price === undefined) continue;
        const name = `y${patterns.length}`;
        patterns.push({ order, warehouseId, lineIds });
        orderVars.push(name);
        objective.push(`+ ${price + evaluator.extraParcelFen} ${name}`);
        for (const line of lines) {
          const key = `${o}_${line.lineId}`;
          lineTerms.set(key, [...(lineTerms.get(key) ?? []), `+ ${name}`]);
          const stockKey = `${warehouseId}|${line.sellerSku}`;
          stockTerms.set(stockKey, [...(stockTerms.get(stockKey) ?? []), `+ ${line.quantity} ${name}`]);
        }
        if (Number.isFinite(evaluator.capacity(warehouseId))) {
          capacityTerms.set(warehouseId, [...(capacityTerms.get(warehouseId) ?? []), `+ ${name}`]);
        }
      }
    }
    for (const line of order.lines) {
      const u = `u${o}_${line.lineId.replace(/[^A-Za-z0-9_]/g, '_')}`;
      continuous.push(u);
      objective.push(`+ ${evaluator.unservedPenaltyFen} ${u}`);
      const terms = lineTerms.get(`${o}_${line.lineId}`) ?? [];
      rows.push(` l${rows.length}: ${wrap([...terms, `+ ${u}`])} = 1`);
    }
    if (orderVars.length > 0) {
      const z = `z${o}`;
      continuous.push(z);
      objective.push(`- ${evaluator.extraParcelFen} ${z}`);
      rows.push(` c${rows.length}: ${wrap([`+ ${z}`, ...orderVars.map((v) => `- ${v}`)])} <= 0`);
    }
  }
  for (const [key, terms] of stockTerms) {
    const [warehouseId = '', sku = ''] = key.split('|');
    const available = evaluator.available(warehouseId, sku);
    rows.push(` s${rows.length}: ${wrap(terms)} <= ${available}`);
  }
  for (const [warehouseId, terms] of capacityTerms) {
    rows.push(` k${rows.length}: ${wrap(terms)} <= ${evaluator.capacity(warehouseId)}`);
  }
  const model = [
    'Minimize',
    ` obj: ${wrap(objective)}`,
    'Subject To',
    ...rows,
    'Bounds',
    ...continuous.map((name) => ` 0 <= ${name} <= 1`),
    'Binary',
    ...patterns.map((_, index) => ` y${index}`),
    'End',
  ].join('\n');
  const buildMs = performance.now() - started;
  const highs = await loadHighs();
  const solveStarted = performance.now();
  const cpuStarted = process.cpuUsage();
  const result = highs.solve(model, { output_flag: false, mip_rel_gap: 0, time_limit: timeLimitSeconds });
  const solveMs = performance.now() - solveStarted;
  const cpu = process.cpuUsage(cpuStarted);
  const solveCpuMs = (cpu.user + cpu.system) / 1000;
  const solution = new Map<string, SolutionParcel[]>();
  for (const [index, pattern] of patterns.entries()) {
    const column = result.Columns[`y${index}`];
    if (column === undefined || !('Primal' in column) || column.Primal < 0.5) continue;
    const parcels = solution.get(pattern.order.id) ?? [];
    parcels.push({ warehouseId: pattern.warehouseId, lineIds: pattern.lineIds });
    solution.set(pattern.order.id, parcels);
  }
  return {
    solution,
    objective: 'ObjectiveValue' in result ? result.ObjectiveValue : Number.NaN,
    status: result.Status,
    solveMs,
    solveCpuMs,
    buildMs,
    variables: patterns.length + continuous.length,
    constraints: rows.length,
  };
}
