/**
 * Taobao mapping benchmark: mapping a realistic multi-line TOP trade (the adapter's 3-line
 * split-shipped fixture, about 3 KB) against `JSON.parse` of the same payload, in the same run.
 *
 * It measures four things per round, interleaved so drift hits all alike, and reports medians:
 * `JSON.parse(text)`, `parseJsonExact(text)` (the bigint-safe parser the adapter really uses),
 * map-only (`mapTaobaoOrder` on an already parsed trade) and parse+map (`parseJsonExact` then
 * `mapTaobaoOrder`). The target is map-only <= 3x JSON.parse.
 *
 * Run: npx -y pnpm@12.4.2 exec tsx bench/adapters/taobao.bench.ts [--quick]
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { mapTaobaoOrder } from '@omskit/adapters-taobao';
import { parseJsonExact } from '@omskit/core/gateway';

const quick = process.argv.includes('--quick');
const roundMs = quick ? 150 : 600;
const rounds = quick ? 3 : 7;

const response = readFileSync(
  new URL(
    '../../packages/adapters-taobao/src/__fixtures__/trade-fullinfo-split-shipped.json',
    import.meta.url,
  ),
  'utf8',
);
// The payload a mapper sees: the trade object alone, as text.
const start = response.indexOf('{"tid"');
const end = response.lastIndexOf(',"request_id"');
const text = response.slice(start, end);
const parsedExact = parseJsonExact(text);
mapTaobaoOrder(parsedExact, { shopId: 'bench' });

let sink = 0;
function measure(run: () => unknown): number {
  let iterations = 0;
  const started = process.hrtime.bigint();
  const deadline = started + BigInt(roundMs) * 1_000_000n;
  let now = started;
  while (now < deadline) {
    for (let index = 0; index < 200; index += 1) {
      const value = run();
      if (value === undefined) sink += 1;
    }
    iterations += 200;
    now = process.hrtime.bigint();
  }
  return Number(now - started) / iterations;
}

const cases: Record<string, () => unknown> = {
  'JSON.parse': () => JSON.parse(text),
  parseJsonExact: () => parseJsonExact(text),
  'map only': () => mapTaobaoOrder(parsedExact, { shopId: 'bench' }),
  'parse + map': () => mapTaobaoOrder(parseJsonExact(text), { shopId: 'bench' }),
};
for (const run of Object.values(cases)) measure(run);

const samples: Record<string, number[]> = {};
for (let round = 0; round < rounds; round += 1) {
  for (const [name, run] of Object.entries(cases)) {
    samples[name] = [...(samples[name] ?? []), measure(run)];
  }
}
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const results = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
const base = results['JSON.parse'] ?? Number.NaN;

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(`# Taobao mapping benchmark`);
console.log(
  `machine: ${cpu}, ${os.cpus().length} cores; node ${process.version}; ${new Date().toISOString()}`,
);
console.log(
  `payload: one trade, ${Buffer.byteLength(text)} bytes, 3 lines; ${rounds} rounds of ${roundMs} ms, medians\n`,
);
console.log('| case | ns/op | x JSON.parse |');
console.log('| --- | ---: | ---: |');
for (const [name, ns] of Object.entries(results)) {
  console.log(`| ${name} | ${ns.toFixed(0)} | ${(ns / base).toFixed(2)} |`);
}
const mapOnly = (results['map only'] ?? Number.NaN) / base;
console.log(
  `\nmap only = ${mapOnly.toFixed(2)}x JSON.parse (target <= 3x): ${mapOnly <= 3 ? 'met' : 'NOT met'}`,
);
if (sink < 0) console.log(sink);
