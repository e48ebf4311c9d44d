/**
 * In-memory reservations per second: omskit's in-memory InventoryStore against a bare
 * Map-update loop, measured alternately in the same run. Target: at least half the bare loop.
 *
 * The bare loop does less than the store must, on purpose (it is the floor, not a rival): it
 * checks the row, holds the units and records `{ key, quantity }` under `key#0`. The store also
 * validates the plan, checks the idempotency key and the channel's quota, remembers the whole
 * request (order, channel, line, SKU, warehouse, quantity, time) so that a repeat replays it and
 * a different request under the same key is refused, and hands back a fresh 13-field record the
 * caller may keep and change.
 *
 * The store answers synchronously (its methods return `MaybePromise`), so the main row consumes
 * the result as a hot loop would, awaiting only a promise; the second row awaits every call, as
 * most hosts write it, and so adds the cost of suspending the caller to each reservation. Plans
 * and results are written to a module-level sink so the compiler cannot elide them: a host's
 * plans come from elsewhere and its results are kept.
 *
 * Each timed loop starts after a full garbage collection (with --expose-gc, which `pnpm bench`
 * passes), so neither side pays for the garbage the other left; the ratio is the median of the
 * per-round ratios of adjacent runs.
 *
 * Run: npx -y pnpm@12.4.2 exec tsx --expose-gc bench/inventory/memory-reserve.bench.ts [--ops=200000] [--rounds=5]
 */
import type { InventoryItem, MemoryInventoryStore, ReservationPlan, ReservationResult } from '@omskit/core';
import { createMemoryInventoryStore } from '@omskit/core';
import { argument, describeMachine, median } from './bench-environment';

const operations = Number(argument('ops') ?? 200_000);
const rounds = Number(argument('rounds') ?? 5);
const skus = 1000;
const now = Date.parse('2026-11-11T00:00:00.000Z');

/** A full collection before a timed loop, when the runtime exposes it. */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});

/** Where plans and results escape to, so neither can be optimised away. */
const sink: { plan?: ReservationPlan; result?: ReservationResult } = {};

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

/** A store with the SKUs in stock, and the plan of reservation `index` under `offset`. */
function setUp() {
  const store = createMemoryInventoryStore();
  for (let index = 0; index < skus; index += 1)
    store.setStock({ sku: `SKU-${index}`, warehouseId: 'wh', onHand: 1e12 });
  return store;
}

function planOf(offset: string, index: number): ReservationPlan {
  const key = `k-${offset}-${index}`;
  return {
    key,
    orderId: key,
    channel: 'taobao',
    lines: [{ lineId: 'l1', sku: `SKU-${index % skus}`, warehouseId: 'wh', quantity: 1 }],
  };
}

/** Checks that every reservation was granted and held (a broken store must not look fast). */
function checkHeld(store: MemoryInventoryStore, count: number, ok: number): void {
  const reserved = (store.listItems() as readonly InventoryItem[]).reduce(
    (sum, item) => sum + item.reserved,
    0,
  );
  if (ok !== count || reserved !== count)
    throw new Error(`expected ${count} reservations, got ${ok} (${reserved} held)`);
}

/**
 * omskit's in-memory store, one-line plans under fresh keys, results used as they come back
 * (the in-memory store answers synchronously; a promise here fails the run).
 */
function storeLoop(count: number, offset: string): number {
  const store = setUp();
  let ok = 0;
  collect();
  const started = performance.now();
  for (let index = 0; index < count; index += 1) {
    const plan = planOf(offset, index);
    sink.plan = plan;
    const result = store.reserve(plan, now);
    if (result instanceof Promise) throw new Error('the in-memory store answered with a promise');
    sink.result = result;
    if (result.ok) ok += 1;
  }
  const rate = count / ((performance.now() - started) / 1000);
  checkHeld(store, count, ok);
  return rate;
}

/** The same with `await` on every call, as most hosts write it. */
async function awaitedStoreLoop(count: number, offset: string): Promise<number> {
  const store = setUp();
  let ok = 0;
  collect();
  const started = performance.now();
  for (let index = 0; index < count; index += 1) {
    const plan = planOf(offset, index);
    sink.plan = plan;
    const result = await store.reserve(plan, now);
    sink.result = result;
    if (result.ok) ok += 1;
  }
  const rate = count / ((performance.now() - started) / 1000);
  checkHeld(store, count, ok);
  return rate;
}

console.log(describeMachine());
bareLoop(operations, -1);
storeLoop(Math.min(operations, 20_000), 'warm');
await awaitedStoreLoop(Math.min(operations, 20_000), 'warm-await');
const bare: number[] = [];
const direct: number[] = [];
const awaited: number[] = [];
for (let round = 0; round < rounds; round += 1) {
  bare.push(bareLoop(operations, round));
  direct.push(storeLoop(operations, `${round}`));
  awaited.push(await awaitedStoreLoop(operations, `${round}-await`));
}
const ratioOf = (rates: readonly number[]) =>
  median(rates.map((rate, round) => rate / (bare[round] ?? rate)));
const ratio = ratioOf(direct);
const rate = (values: readonly number[]) => Math.round(median(values)).toLocaleString('en');
console.log(`\n| in-memory, ${operations} ops x ${rounds} rounds (median) | reservations/s | vs bare loop |`);
console.log('| --- | ---: | ---: |');
console.log(`| bare Map-update loop (baseline) | ${rate(bare)} | 1.00 |`);
console.log(`| omskit createMemoryInventoryStore().reserve | ${rate(direct)} | ${ratio.toFixed(3)} |`);
console.log(`| the same, \`await\` on every call | ${rate(awaited)} | ${ratioOf(awaited).toFixed(3)} |`);
console.log(
  `\nratio = median of per-round ratios; gc between loops: ${collect.name === 'gc' ? 'yes' : 'no'}`,
);
console.log(`target >= 0.50: ${ratio >= 0.5 ? 'met' : 'NOT met'}`);
