/**
 * PDD mapping benchmark: mapping a realistic multi-line PDD order (four lines, discounts, postage,
 * masked receiver with ciphertext, a sku_id above 2^53; produced by the adapter's mock platform)
 * against `JSON.parse` of the same payload, measured in the same run.
 *
 * Four measurements per round, interleaved so machine drift hits all alike; medians reported:
 * `JSON.parse(text)`, `parseJsonExact(text)` (the bigint-safe parser the adapter uses),
 * map-only (`mapPddOrder` on an already parsed order) and parse+map (`parseJsonExact` then
 * `mapPddOrder`). Target: map-only at most 3x `JSON.parse`.
 *
 * Run: npx -y pnpm@12.4.2 exec tsx bench/adapters/pdd.bench.ts [--quick]
 */
import os from 'node:os';
import { mapPddOrder } from '@omskit/adapters-pdd';
import { buildMockOrder, createMockRandom, toPddJson } from '@omskit/adapters-pdd/testing';
import { parseJsonExact } from '@omskit/core/gateway';

const quick = process.argv.includes('--quick');
const roundMs = quick ? 150 : 600;
const rounds = quick ? 3 : 7;

function fourLineOrderText(): string {
  const random = createMockRandom(7);
  for (let index = 0; index < 1000; index += 1) {
    const order = buildMockOrder({
      orderSn: `261111-${String(100000000000000 + index)}`,
      modifiedMs: Date.parse('2026-11-11T04:00:00.000Z'),
      random,
      index: index * 3 + 1,
    });
    if (Array.isArray(order['item_list']) && order['item_list'].length === 4) return toPddJson(order);
  }
  throw new Error('no four-line order generated');
}

const text = fourLineOrderText();
const parsed = parseJsonExact(text);
const mapped = mapPddOrder(parsed, { shopId: 'bench' });
if (mapped.order.lines.length !== 4) throw new Error('expected four lines');

let sink = 0;
function opsPerSecond(run: () => unknown): number {
  let count = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < roundMs) {
    for (let i = 0; i < 100; i += 1) {
      const result = run();
      if (result === undefined) sink += 1;
    }
    count += 100;
    elapsed = performance.now() - started;
  }
  return (count / elapsed) * 1000;
}

const cases = {
  'JSON.parse': () => JSON.parse(text),
  parseJsonExact: () => parseJsonExact(text),
  'map only (mapPddOrder)': () => mapPddOrder(parsed, { shopId: 'bench' }),
  'parse+map (parseJsonExact + mapPddOrder)': () => mapPddOrder(parseJsonExact(text), { shopId: 'bench' }),
} as const;
type CaseName = keyof typeof cases;

// Warm up every case before measuring.
for (const run of Object.values(cases)) for (let i = 0; i < 2000; i += 1) run();
const samples = new Map<CaseName, number[]>();
for (let round = 0; round < rounds; round += 1) {
  for (const [name, run] of Object.entries(cases) as [CaseName, () => unknown][]) {
    samples.set(name, [...(samples.get(name) ?? []), opsPerSecond(run)]);
  }
}
const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const perSecond = new Map([...samples].map(([name, values]) => [name, median(values)]));
const baseline = perSecond.get('JSON.parse') ?? Number.NaN;

const cpu = os.cpus()[0]?.model ?? 'unknown cpu';
console.log('# PDD mapping benchmark');
console.log(
  `machine: ${cpu}, ${os.cpus().length} cores; node ${process.version}; ${new Date().toISOString()}`,
);
console.log(
  `payload: one PDD order, ${mapped.order.lines.length} lines, ${Buffer.byteLength(text)} bytes; ${rounds} rounds of ${roundMs} ms, medians`,
);
console.log('');
console.log('| case | ops/s | µs/op | x JSON.parse |');
console.log('| --- | ---: | ---: | ---: |');
for (const [name, ops] of perSecond) {
  console.log(
    `| ${name} | ${Math.round(ops).toLocaleString('en-US')} | ${(1e6 / ops).toFixed(2)} | ${(baseline / ops).toFixed(2)} |`,
  );
}
const mapOnly = baseline / (perSecond.get('map only (mapPddOrder)') ?? Number.NaN);
console.log('');
console.log(
  `map-only cost = ${mapOnly.toFixed(2)}x JSON.parse (target <= 3x): ${mapOnly <= 3 ? 'met' : 'NOT met'}`,
);
if (sink < 0) console.log(sink);
