/**
 * Benchmark: mapping a realistic multi-line JD order (`mapJdOrder`) against `JSON.parse` of the
 * same payload, in the same run. Run with
 * `npx -y pnpm@12.4.2 exec tsx bench/adapters/jd.bench.ts`.
 *
 * Measured: JSON.parse alone; parseJsonExact alone (what the adapter parses with); map only (the
 * parsed object in, the unified order out, zod validation included); JSON.parse + map; and
 * parseJsonExact + map (the adapter's real path). Target: map only <= 3x JSON.parse.
 */
import os from 'node:os';
import { mapJdOrder } from '@omskit/adapters-jd';
import { buildJdMockOrder } from '@omskit/adapters-jd/testing';
import { parseJsonExact } from '@omskit/core/gateway';

/** A four-line order with a SKU promotion, a shop coupon and a JD coupon. */
function realisticOrder(): Record<string, unknown> {
  for (let seed = 1; seed < 10_000; seed += 1) {
    const order = buildJdMockOrder('301234567890', '10086001', Date.parse('2026-11-11T02:00:00Z'), seed);
    const lines = order['itemInfoList'] as unknown[];
    const coupons = order['couponDetailList'] as unknown[];
    if (lines.length === 4 && coupons.length === 3) return order;
  }
  throw new Error('no seed gives a four-line order with three coupons');
}

const order = realisticOrder();
const text = JSON.stringify(order);
const parsed = parseJsonExact(text);
let sink = 0;

/**
 * Nanoseconds per call of each case. The cases run interleaved, round after round, so background
 * load hits them alike; each reports its fastest round (the least disturbed) and its median.
 */
function measure(cases: Readonly<Record<string, () => unknown>>, iterations = 2_000, rounds = 41) {
  const times = new Map<string, number[]>(Object.keys(cases).map((name) => [name, []]));
  for (const run of Object.values(cases)) for (let index = 0; index < iterations; index += 1) run();
  for (let round = 0; round < rounds; round += 1) {
    for (const [name, run] of Object.entries(cases)) {
      const start = process.hrtime.bigint();
      for (let index = 0; index < iterations; index += 1) if (run() !== undefined) sink += 1;
      times.get(name)?.push(Number(process.hrtime.bigint() - start) / iterations);
    }
  }
  const result = new Map<string, { best: number; median: number }>();
  for (const [name, list] of times) {
    list.sort((a, b) => a - b);
    result.set(name, {
      best: list[0] ?? Number.NaN,
      median: list[Math.floor(list.length / 2)] ?? Number.NaN,
    });
  }
  return result;
}

const cpus = os.cpus();
console.log(
  `machine: ${cpus[0]?.model ?? 'unknown'} x ${cpus.length} cores; node ${process.version}; ${new Date().toISOString()}; load ${os.loadavg()[0]?.toFixed(1)}`,
);
console.log(
  `payload: one JD order, ${(order['itemInfoList'] as unknown[]).length} lines, ${text.length} characters\n`,
);

const results = measure({
  'JSON.parse': () => JSON.parse(text),
  parseJsonExact: () => parseJsonExact(text),
  'map only': () => mapJdOrder(parsed, { shopId: 'bench' }),
  'JSON.parse + map': () => mapJdOrder(JSON.parse(text), { shopId: 'bench' }),
  'parseJsonExact + map': () => mapJdOrder(parseJsonExact(text), { shopId: 'bench' }),
});
const base = results.get('JSON.parse') ?? { best: Number.NaN, median: Number.NaN };
console.log(
  `${'case'.padEnd(22)} ${'best µs'.padStart(9)} ${'median µs'.padStart(10)} ${'x JSON.parse (best / median)'.padStart(30)}`,
);
for (const [name, { best, median }] of results) {
  const ratio = `${(best / base.best).toFixed(2)}x / ${(median / base.median).toFixed(2)}x`;
  console.log(
    `${name.padEnd(22)} ${(best / 1000).toFixed(2).padStart(9)} ${(median / 1000).toFixed(2).padStart(10)} ${ratio.padStart(30)}`,
  );
}
console.log('\ntarget: map only <= 3x JSON.parse of the same payload');
if (sink < 0) console.log(sink);
