/**
 * In-memory reservations per second: omskit's in-memory InventoryStore against a bare
 * Map-update loop doing the same bookkeeping (check the row, hold the units, record the
 * reservation), measured alternately in the same run. Target: at least half the bare loop.
 *
 * Each timed loop starts after a full garbage collection (with --expose-gc, which `pnpm bench`
 * passes), so neither side pays for the garbage the other left; the ratio is the median of the
 * per-round ratios of adjacent runs.
 *
 * Run: npx -y pnpm@12.4.2 exec tsx --expose-gc bench/inventory/memory-reserve.bench.ts [--ops=200000] [--rounds=5]
 */
import { createMemoryInventoryStore } from '@omskit/core';
import { argument, describeMachine, median } from './bench-environment';

const operations = Number(argument('ops') ?? 200_000);
const rounds = Number(argument('rounds') ?? 5);
const skus = 1000;
const now = Date.parse('2026-11-11T00:00:00.000Z');

/** A full collection before a timed loop, when the runtime exposes it. */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});

interface BareRow {
  onHand: number;
  reserved: number;
  safetyStock: number;
}

/** The baseline: a Map of rows updated in place, reservations in a second Map. */
function bareLoop(count: number, offset: number): number {
  const rows = new Map<string, BareRow>();
  for (let index = 0; index < skus; index += 1)
    rows.set(`SKU-${index}\u0000wh`, { onHand: 1e12, reserved: 0, safetyStock: 0 });
  const reservations = new Map<string, { key: string; quantity: number }>();
  collect();
  const started = performance.now();
  for (let index = 0; index < count; index += 1) {
    const row = rows.get(`SKU-${index % skus}\u0000wh`);
    if (row !== undefined && row.onHand - row.reserved - row.safetyStock >= 1) {
      row.reserved += 1;
      const key = `k-${offset}-${index}`;
      reservations.set(`${key}#0`, { key, quantity: 1 });
    }
  }
  return count / ((performance.now() - started) / 1000);
}

/** omskit's in-memory store: one-line plans under fresh keys. */
async function storeLoop(count: number, offset: number): Promise<number> {
  const store = createMemoryInventoryStore();
  for (let index = 0; index < skus; index += 1)
    store.setStock({ sku: `SKU-${index}`, warehouseId: 'wh', onHand: 1e12 });
  let ok = 0;
  collect();
  const started = performance.now();
  for (let index = 0; index < count; index += 1) {
    const key = `k-${offset}-${index}`;
    const result = await store.reserve(
      {
        key,
        orderId: key,
        channel: 'taobao',
        lines: [{ lineId: 'l1', sku: `SKU-${index % skus}`, warehouseId: 'wh', quantity: 1 }],
      },
      now,
    );
    if (result.ok) ok += 1;
  }
  const rate = count / ((performance.now() - started) / 1000);
  const reserved = (await store.listItems()).reduce((sum, item) => sum + item.reserved, 0);
  if (ok !== count || reserved !== count)
    throw new Error(`expected ${count} reservations, got ${ok} (${reserved} held)`);
  return rate;
}

console.log(describeMachine());
bareLoop(operations, -1);
await storeLoop(Math.min(operations, 20_000), -1);
const bare: number[] = [];
const store: number[] = [];
for (let round = 0; round < rounds; round += 1) {
  bare.push(bareLoop(operations, round));
  store.push(await storeLoop(operations, round));
}
const bareRate = median(bare);
const storeRate = median(store);
const ratio = median(store.map((rate, round) => rate / (bare[round] ?? rate)));
console.log(`\n| in-memory, ${operations} ops x ${rounds} rounds (median) | reservations/s | vs bare loop |`);
console.log('| --- | ---: | ---: |');
console.log(`| bare Map-update loop (baseline) | ${Math.round(bareRate).toLocaleString('en')} | 1.00 |`);
console.log(
  `| omskit createMemoryInventoryStore().reserve | ${Math.round(storeRate).toLocaleString('en')} | ${ratio.toFixed(3)} |`,
);
console.log(
  `\nratio = median of per-round ratios; gc between loops: ${collect.name === 'gc' ? 'yes' : 'no'}`,
);
console.log(`target >= 0.50: ${ratio >= 0.5 ? 'met' : 'NOT met'}`);
