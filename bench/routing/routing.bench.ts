/**
 * The routing benchmark: on generated batches, the exact optimum from HiGHS (MILP), omskit's
 * routeBatch and a nearest-warehouse greedy, all priced by one independent cost model; and
 * routeOrder throughput with explanations. Prints a markdown table with the machine and date.
 *
 * Run: npx -y pnpm@12.4.2 exec tsx bench/routing/routing.bench.ts [--quick] [--sizes=1000] [--seeds=1,2,3]
 *   (--sizes=0 runs only the routeOrder throughput)
 *   [--stock=1.5,1.1] (stock/demand ratios; 1.1 is a scarce stress case)
 */
import os from 'node:os';
import { prepareRouting, routeBatch, routeOrder } from '@omskit/core';
import { createEvaluator, solutionOfDecisions } from './evaluate-solution';
import { generateInstance } from './generate-instance';
import { greedyNearest } from './greedy-baseline';
import { solveOptimum } from './highs-optimum';

const quick = process.argv.includes('--quick');
const argument = (name: string): string | undefined =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const batchSizes = (argument('sizes') ?? (quick ? '300' : '1000'))
  .split(',')
  .map(Number)
  .filter((size) => size > 0);
const seeds = (argument('seeds') ?? (quick ? '1' : '1,2,3,4,5')).split(',').map(Number);
const stockFactors = (argument('stock') ?? '1.5').split(',').map(Number);

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** CPU time of this process in ms since `since` (user + system, all threads). */
function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

/** A full collection when the process runs with --expose-gc (`pnpm bench` passes it), else nothing. */
const collect = (): void => (globalThis as { gc?: () => void }).gc?.();

// Wall time on a shared machine swings with other load; CPU time of this process swings less,
// so both are reported, each the median of `repeats` runs after one warm-up. Each timed run
// starts from a collected heap, as the solver's does, so neither side pays for the other's garbage.
function time<T>(run: () => T, repeats: number): { result: T; ms: number; cpu: number } {
  let result = run();
  const times: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < repeats; i++) {
    collect();
    const started = performance.now();
    const cpu = process.cpuUsage();
    result = run();
    times.push(performance.now() - started);
    cpus.push(cpuMs(cpu));
  }
  return { result, ms: median(times), cpu: median(cpus) };
}

const yuan = (fen: number): string => (fen / 100).toFixed(2);
const pct = (value: number, base: number): string => `${(((value - base) / base) * 100).toFixed(2)}%`;

const cpus = os.cpus();
console.log('## Routing benchmark\n');
console.log(
  `- machine: ${cpus[0]?.model ?? 'unknown'}, ${cpus.length} cores, ${os.platform()} ${os.release()}`,
);
console.log(`- node: ${process.version}`);
console.log(
  `- load average at start (1/5/15 min): ${os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(' / ')}`,
);
console.log(`- date: ${new Date().toISOString()}`);
console.log(
  '- cost = carrier prices + 2.50 per extra parcel + 200.00 per unserved line (yuan), priced by one independent model\n',
);
// Measured first, on a fresh heap, before the solver runs.
// routeOrder throughput with explanations: 8 warehouses, 3 carriers, a prepared context.
const stream = generateInstance(99, 20_000, 300, 3);
const prepared = prepareRouting(stream.context);
for (let i = 0; i < 20_000; i++)
  routeOrder(stream.orders[i % stream.orders.length] as (typeof stream.orders)[number], prepared);
const total = quick ? 50_000 : 200_000;
const started = performance.now();
const startedCpu = process.cpuUsage();
let parcels = 0;
for (let i = 0; i < total; i++) {
  parcels += routeOrder(stream.orders[i % stream.orders.length] as (typeof stream.orders)[number], prepared)
    .parcels.length;
}
const seconds = (performance.now() - started) / 1000;
const cpuSeconds = cpuMs(startedCpu) / 1000;
console.log(
  `routeOrder: ${total} orders in ${seconds.toFixed(2)} s = ${Math.round(total / seconds).toLocaleString('en-US')} orders/s wall, ${Math.round(total / cpuSeconds).toLocaleString('en-US')} orders/s of CPU time, with explanations (${parcels} parcels)\n`,
);

console.log(
  '| seed @stock/demand | orders | lines | unserved opt/omskit/greedy | optimum (yuan) | HiGHS solve wall (cpu) | routeBatch (yuan) | gap | routeBatch wall (cpu) | speed-up wall (cpu) | greedy (yuan) | greedy gap | greedy wall |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
const gaps: number[] = [];
const speedups: number[] = [];
const cpuSpeedups: number[] = [];
for (const size of batchSizes) {
  for (const stockFactor of stockFactors)
    for (const seed of seeds) {
      const { context, orders } = generateInstance(seed, size, 300, stockFactor);
      const evaluator = createEvaluator(context);
      collect();
      const optimum = await solveOptimum(
        orders,
        context.warehouses.map((w) => w.id),
        evaluator,
      );
      const optimal = evaluator.score(orders, optimum.solution);
      const batch = time(() => routeBatch(orders, context), 7);
      const ours = evaluator.score(orders, solutionOfDecisions(batch.result.decisions));
      const greedy = time(() => greedyNearest(orders, context, evaluator), 3);
      const baseline = evaluator.score(orders, greedy.result);
      const violations = [...optimal.violations, ...ours.violations, ...baseline.violations];
      if (violations.length > 0) console.error('VIOLATIONS', violations.slice(0, 10));
      if (optimum.status !== 'Optimal') console.error(`HiGHS status ${optimum.status}`);
      gaps.push((ours.objective - optimal.objective) / optimal.objective);
      speedups.push(optimum.solveMs / batch.ms);
      cpuSpeedups.push(optimum.solveCpuMs / batch.cpu);
      const lines = orders.reduce((sum, order) => sum + order.lines.length, 0);
      console.log(
        `| ${seed} @${stockFactor} | ${size} | ${lines} | ${optimal.unservedLines}/${ours.unservedLines}/${baseline.unservedLines} | ${yuan(optimal.objective)} | ${(optimum.solveMs / 1000).toFixed(2)} s (${(optimum.solveCpuMs / 1000).toFixed(2)} s) | ${yuan(ours.objective)} | ${pct(ours.objective, optimal.objective)} | ${batch.ms.toFixed(0)} ms (${batch.cpu.toFixed(0)} ms) | ${(optimum.solveMs / batch.ms).toFixed(0)}x (${(optimum.solveCpuMs / batch.cpu).toFixed(0)}x) | ${yuan(baseline.objective)} | ${pct(baseline.objective, optimal.objective)} | ${greedy.ms.toFixed(1)} ms |`,
      );
    }
}
if (gaps.length > 0)
  console.log(
    `\nworst routeBatch gap ${(Math.max(...gaps) * 100).toFixed(2)}%, mean ${((gaps.reduce((a, b) => a + b, 0) / gaps.length) * 100).toFixed(2)}%; smallest speed-up ${Math.min(...speedups).toFixed(0)}x wall, ${Math.min(...cpuSpeedups).toFixed(0)}x cpu`,
  );
