/**
 * Douyin mapping benchmark: `mapDouyinOrder` on a realistic multi-line order from the mock
 * platform, against `JSON.parse` of the same payload text, measured in the same run. Reports
 * map-only (input already parsed) and parse+map (`parseJsonExact` + map) against `JSON.parse`.
 *
 * Run: npx -y pnpm@12.4.2 exec tsx bench/adapters/douyin.bench.ts
 */
import os from 'node:os';
import { mapDouyinOrder } from '@omskit/adapters-douyin';
import { createRandom, generateShopOrder, mockJson } from '@omskit/adapters-douyin/testing';
import { parseJsonExact } from '@omskit/core/gateway';

function pickOrderWithLines(minimum: number): string {
  const random = createRandom(7);
  for (let attempt = 0; attempt < 1000; attempt += 1) {
    const order = generateShopOrder(
      random,
      { orderId: '6921841377339523401', shopId: '4463798' },
      1_762_830_000,
    );
    const lines = order['sku_order_list'];
    if (Array.isArray(lines) && lines.length >= minimum) return mockJson(order);
  }
  throw new Error('no order with enough lines');
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Median nanoseconds per call over `rounds` rounds of `iterations` calls. */
function measure(run: () => unknown, iterations: number, rounds: number): number {
  let sink = 0;
  for (let index = 0; index < iterations; index += 1) sink += run() === undefined ? 0 : 1;
  const perCall: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const start = process.hrtime.bigint();
    for (let index = 0; index < iterations; index += 1) sink += run() === undefined ? 0 : 1;
    perCall.push(Number(process.hrtime.bigint() - start) / iterations);
  }
  if (sink < 0) console.log(sink);
  return median(perCall);
}

const text = pickOrderWithLines(4);
const parsed = parseJsonExact(text);
const lines = (parsed as { sku_order_list: unknown[] }).sku_order_list.length;
const { warnings } = mapDouyinOrder(parsed, { shopId: '4463798' });
if (warnings.length > 0) throw new Error(`the bench order should map cleanly: ${JSON.stringify(warnings)}`);

const iterations = 5_000;
const rounds = 15;
// Interleave so drift in CPU frequency hits every subject alike.
const jsonParse: number[] = [];
const mapOnly: number[] = [];
const exactParse: number[] = [];
const parseAndMap: number[] = [];
for (let repeat = 0; repeat < 3; repeat += 1) {
  jsonParse.push(measure(() => JSON.parse(text), iterations, rounds));
  mapOnly.push(measure(() => mapDouyinOrder(parsed, { shopId: '4463798' }), iterations, rounds));
  exactParse.push(measure(() => parseJsonExact(text), iterations, rounds));
  parseAndMap.push(
    measure(() => mapDouyinOrder(parseJsonExact(text), { shopId: '4463798' }), iterations, rounds),
  );
}
const baseline = median(jsonParse);
const row = (name: string, values: number[]) => {
  const ns = median(values);
  return `| ${name} | ${(ns / 1000).toFixed(2)} | ${(ns / baseline).toFixed(2)}x |`;
};

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(
  `machine: ${cpu}, ${os.cpus().length} cores; node ${process.version}; ${new Date().toISOString()}`,
);
console.log(`payload: one shop order, ${lines} SKU orders, ${text.length} characters of JSON`);
console.log('');
console.log('| subject | µs per order (median) | vs JSON.parse |');
console.log('| --- | --- | --- |');
console.log(row('JSON.parse(text)', jsonParse));
console.log(row('mapDouyinOrder(parsed) — map only', mapOnly));
console.log(row('parseJsonExact(text)', exactParse));
console.log(row('mapDouyinOrder(parseJsonExact(text)) — parse+map', parseAndMap));
const ratio = median(mapOnly) / baseline;
console.log('');
console.log(
  `map-only / JSON.parse = ${ratio.toFixed(2)} (target at most 3): ${ratio <= 3 ? 'met' : 'NOT met'}`,
);
