/**
 * The pick-path benchmark: on generated warehouses and order streams, cut into waves by
 * planWaves, compares the walking length of omskit's pick path (serpentine, and serpentine
 * refined by 2-opt, the default) with picking in order-line order and with bins sorted by code,
 * and times path planning per wave. Prints a markdown table with the machine, Node version and
 * date.
 *
 * Run: npx -y pnpm@12.4.2 exec tsx bench/fulfillment/pick-path.bench.ts [--quick]
 */
import os from 'node:os';
import type { PickTask } from '@omskit/core';
import { createPickTasks, planPickPath, planWaves, tourLength } from '@omskit/core';
import { generateRequests, generateWarehouse, mulberry32, type WarehouseShape } from './generate-warehouse';

const quick = process.argv.includes('--quick');
const seeds = quick ? [1] : [1, 2, 3, 4, 5];
const ordersPerRun = quick ? 400 : 2000;
const shapes: WarehouseShape[] = [
  { name: 'small-10x20', aisles: 10, baysPerAisle: 20, levels: 4, skus: 600, slotting: 'random' },
  { name: 'medium-24x30', aisles: 24, baysPerAisle: 30, levels: 5, skus: 3000, slotting: 'random' },
  { name: 'large-40x40', aisles: 40, baysPerAisle: 40, levels: 5, skus: 6000, slotting: 'random' },
  { name: 'medium-abc', aisles: 24, baysPerAisle: 30, levels: 5, skus: 3000, slotting: 'abc' },
];
const waveSizes = [10, 20, 40];
const timingRepeats = quick ? 3 : 10;

// The naive improvement: visit bins sorted by code (aisle, then bay), always walking up the aisle.
const byBinCode = (tasks: readonly PickTask[]) =>
  [...tasks]
    .sort((a, b) => a.location.aisle - b.location.aisle || a.location.bay - b.location.bay)
    .map((task) => task.location);

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

let counter = 0;
const env = {
  clock: { now: () => Date.parse('2026-11-24T08:00:00.000Z') },
  ids: { next: (prefix = 'id') => `${prefix}-${++counter}` },
};

console.log('# omskit pick-path benchmark');
console.log(
  `machine: ${os.cpus()[0]?.model ?? 'unknown'}, ${os.cpus().length} cores; node ${process.version}; ${new Date().toISOString()}`,
);
console.log(
  `seeds ${seeds.join(',')}; ${ordersPerRun} orders per warehouse and seed; waves by cut-off, at most N orders each\n`,
);
console.log(
  '| warehouse | orders/wave | waves | tasks/wave | line order m/wave | sorted by bin m/wave | serpentine m/wave | serpentine+2-opt m/wave | saving vs line order | median wave saving | p10..p90 | µs/wave |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const shape of shapes) {
  for (const waveSize of waveSizes) {
    let lineTotal = 0;
    let sortedTotal = 0;
    let pathTotal = 0;
    let snakeTotal = 0;
    let taskTotal = 0;
    let elapsedMs = 0;
    const savings: number[] = [];
    for (const seed of seeds) {
      const random = mulberry32(seed * 7919 + shape.aisles);
      const warehouse = generateWarehouse(shape, random);
      const { tasks } = createPickTasks(generateRequests(warehouse, ordersPerRun, random), env);
      const waves = planWaves(tasks, env, { maxOrdersPerWave: waveSize, maxTasksPerWave: waveSize * 4 });
      for (const wave of waves) {
        const path = planPickPath(wave.tasks, warehouse.layout);
        lineTotal += path.lineOrderLengthM;
        sortedTotal += tourLength(byBinCode(wave.tasks), warehouse.layout);
        pathTotal += path.lengthM;
        snakeTotal += planPickPath(wave.tasks, warehouse.layout, 'serpentine').lengthM;
        taskTotal += wave.tasks.length;
        savings.push(path.saving);
      }
      // Timed separately, after the warm-up above, over several repeats of every wave.
      const started = performance.now();
      for (let repeat = 0; repeat < timingRepeats; repeat++)
        for (const wave of waves) planPickPath(wave.tasks, warehouse.layout);
      elapsedMs += (performance.now() - started) / timingRepeats;
    }
    const waves = savings.length;
    const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
    console.log(
      `| ${shape.name} | ${waveSize} | ${waves} | ${(taskTotal / waves).toFixed(1)} | ${(lineTotal / waves).toFixed(0)} | ${(sortedTotal / waves).toFixed(0)} | ${(snakeTotal / waves).toFixed(0)} | ${(pathTotal / waves).toFixed(0)} | ${pct(1 - pathTotal / lineTotal)} | ${pct(percentile(savings, 0.5))} | ${pct(percentile(savings, 0.1))}..${pct(percentile(savings, 0.9))} | ${((elapsedMs / waves) * 1000).toFixed(0)} |`,
    );
  }
}
