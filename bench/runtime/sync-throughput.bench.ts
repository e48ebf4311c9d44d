/**
 * Sync throughput benchmark: `oms.sync()` against the Douyin mock platform (msw) with the
 * adapter's rate limit as the bottleneck, and the heap over a 100,000-order sync.
 *
 * 1. Calibration: the same sync without a rate limit, to show how fast one serial sync can call
 *    the mock here (the limit below must sit well under it for the limiter to be the bottleneck).
 * 2. Rate: orders pre-seeded into the mock, the adapter limited to `--rate` requests/s; requests
 *    counted from the gateway's `request` events (and checked against the mock's own call log)
 *    over the sync's wall time. Target: at least 90% of the allowed rate.
 * 3. Memory: `--orders` orders (default 100,000) synced through createOms with an order store
 *    that counts and discards, so what grows is the runtime's own retention. The mock seeds each
 *    one-day window when the runtime starts it and drops it when the window completes, so the
 *    mock's own data stays one window big. Heap (after a full GC) at every tenth of the orders,
 *    twice: with the adapter's fetch handed straight to the msw handlers (`in-process`, the
 *    runtime's own retention) and through msw's `setupServer` interception (`msw-server`).
 *
 * Run: npx -y pnpm@12.4.2 exec tsx bench/runtime/sync-throughput.bench.ts
 *      [--rate=10] [--rate-orders=25000] [--orders=100000] [--page-size=100]
 */
import os from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createDouyinAdapter } from '@omskit/adapters-douyin';
import { createDouyinMockPlatform, type DouyinMockPlatform } from '@omskit/adapters-douyin/testing';
import { createMemoryStores, type OrderStore } from '@omskit/core';
import { createOms, type OmsProgressEvent } from '@omskit/core/runtime';
import { getResponse } from 'msw';
import { setupServer } from 'msw/node';

function option(name: string, fallback: number): number {
  const prefix = `--${name}=`;
  const raw = process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
  const value = raw === undefined ? fallback : Number(raw);
  if (!(value > 0)) throw new Error(`--${name} must be a positive number`);
  return value;
}

const rate = option('rate', 10);
const rateOrders = option('rate-orders', 25_000);
const memoryOrders = option('orders', 100_000);
const pageSize = option('page-size', 100);
const calibrationOrders = 10_000;
const day = 86_400_000;
const ordersPerWindow = 1_000;

// A full GC before each heap sample; without --expose-gc, turn the flag on at run time.
setFlagsFromString('--expose-gc');
const gc: () => void = (globalThis as { gc?: () => void }).gc ?? (runInNewContext('gc') as () => void);

/** An order store that counts and discards: get finds nothing, put always succeeds. */
function countingOrderStore(): OrderStore & { puts(): number } {
  let puts = 0;
  return {
    specificationVersion: 'v1',
    get: () => undefined,
    put: () => {
      puts += 1;
      return { ok: true, revision: 1 };
    },
    list: () => [],
    puts: () => puts,
  };
}

interface RunResult {
  orders: number;
  requests: number;
  mockCalls: number;
  wallMs: number;
  /** Requests per second over the whole sync (first request to the end). */
  overallRate: number;
  /** Requests per second between the 10th and the 90th percentile request. */
  sustainedRate: number;
  heap: { share: number; orders: number; heapUsed: number }[];
  heapBefore: number;
  heapAfter: number;
  windows: number;
  /** Milliseconds per page: request sent to page mapped (msw + mock + parse + map), then storing it. */
  fetchMs: number;
  storeMs: number;
  /** Of `fetchMs`: msw and the mock platform answering (request:start to response:mocked). */
  mockMs: number;
}

/**
 * Syncs `orders` orders of one shop spread over one-day windows ending at the mock's now.
 * `lazy`: seed each window when the runtime starts it and drop it once completed.
 */
async function runSync(options: {
  orders: number;
  rateLimit?: number;
  lazy: boolean;
  sampleHeap: boolean;
  /**
   * `msw-server`: msw's `setupServer` intercepts the adapter's real fetch (the default).
   * `in-process`: the adapter's injected fetch hands each request to the same msw handlers
   * (`getResponse`), with no interception layer, to tell the runtime's retention from msw's.
   */
  transport: 'msw-server' | 'in-process';
}): Promise<RunResult> {
  const platform: DouyinMockPlatform = createDouyinMockPlatform({
    baseUrl: 'https://douyin.bench.test',
    maxPages: 100_000,
  });
  const shopId = '4463798';
  const token = platform.issueToken(shopId);
  const windows = Math.ceil(options.orders / ordersPerWindow);
  const now = Date.parse(platform.controls.now());
  const syncFrom = now - windows * day;
  const perWindow = (index: number) => Math.min(ordersPerWindow, options.orders - index * ordersPerWindow);
  if (!options.lazy) {
    for (let index = 0; index < windows; index += 1) {
      platform.controls.seedOrders(shopId, perWindow(index), {
        from: new Date(syncFrom + index * day).toISOString(),
        to: new Date(syncFrom + (index + 1) * day).toISOString(),
      });
    }
  }
  const requestTimes: number[] = [];
  const adapter = createDouyinAdapter({
    appKey: platform.appKey,
    appSecret: platform.appSecret,
    baseUrl: platform.baseUrl,
    accessToken: () => token,
    clock: { now: () => Date.parse(platform.controls.now()) },
    pageSize,
    ...(options.transport === 'in-process'
      ? {
          fetch: async (input: string | URL | Request, init?: RequestInit) => {
            const response = await getResponse([...platform.handlers], new Request(input, init));
            if (response === undefined) throw new TypeError(`no mock handler for ${String(input)}`);
            return response;
          },
        }
      : {}),
    ...(options.rateLimit === undefined ? {} : { rateLimit: { requestsPerSecond: options.rateLimit } }),
    onEvent: (event) => {
      if (event.type === 'request') requestTimes.push(performance.now());
    },
  });
  const orderStore = countingOrderStore();
  const stores = { ...createMemoryStores(), orders: orderStore };
  let stored = 0;
  let windowIndex = 0;
  const heap: RunResult['heap'] = [];
  let nextDecile = 1;
  let fetchMs = 0;
  let storeMs = 0;
  let pageFetchedAt = 0;
  const onProgress = (event: OmsProgressEvent) => {
    if (event.type === 'page-fetched') {
      pageFetchedAt = performance.now();
      fetchMs += pageFetchedAt - (requestTimes[requestTimes.length - 1] ?? pageFetchedAt);
    }
    if (event.type === 'orders-stored') storeMs += performance.now() - pageFetchedAt;
    if (event.type === 'window-started' && options.lazy) {
      platform.controls.seedOrders(shopId, perWindow(windowIndex), event.window);
    } else if (event.type === 'window-completed') {
      windowIndex += 1;
      if (options.lazy) {
        platform.world.shops.get(shopId)?.orders.clear();
        platform.world.plaintexts.clear();
      }
    } else if (event.type === 'orders-stored') {
      stored += event.created + event.updated + event.unchanged + event.stale;
      while (options.sampleHeap && nextDecile <= 10 && stored >= (options.orders * nextDecile) / 10) {
        gc();
        heap.push({ share: nextDecile / 10, orders: stored, heapUsed: process.memoryUsage().heapUsed });
        nextDecile += 1;
      }
    }
  };
  const oms = createOms({
    channels: [adapter],
    shops: [{ channel: adapter.channel, shopId, syncFrom: new Date(syncFrom).toISOString() }],
    stores,
    clock: { now: () => Date.parse(platform.controls.now()) },
    onProgress,
  });
  const server = setupServer(...(options.transport === 'msw-server' ? platform.handlers : []));
  server.listen({ onUnhandledFrame: 'error' });
  const mockStarted = new Map<string, number>();
  let mockMs = 0;
  server.events.on('request:start', (event) => {
    mockStarted.set(event.requestId, performance.now());
  });
  server.events.on('response:mocked', (event) => {
    const at = mockStarted.get(event.requestId);
    if (at !== undefined) mockMs += performance.now() - at;
    mockStarted.delete(event.requestId);
  });
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  try {
    const [report] = await oms.sync();
    if (report?.status !== 'synced') throw new Error(`sync ended ${report?.status}`);
  } finally {
    server.close();
  }
  const ended = performance.now();
  gc();
  const heapAfter = process.memoryUsage().heapUsed;
  if (orderStore.puts() !== options.orders || stored !== options.orders) {
    throw new Error(
      `expected ${options.orders} orders stored, got ${orderStore.puts()} puts, ${stored} counted`,
    );
  }
  const first = requestTimes[0] ?? started;
  const p10 = Math.floor(requestTimes.length * 0.1);
  const p90 = Math.floor(requestTimes.length * 0.9);
  const sustainedRate =
    (p90 - p10) / (((requestTimes[p90] ?? ended) - (requestTimes[p10] ?? started)) / 1000);
  return {
    orders: options.orders,
    requests: requestTimes.length,
    mockCalls: platform.controls.calls().length,
    wallMs: ended - started,
    overallRate: requestTimes.length / ((ended - first) / 1000),
    sustainedRate,
    heap,
    heapBefore,
    heapAfter,
    windows,
    fetchMs: fetchMs / requestTimes.length,
    storeMs: storeMs / requestTimes.length,
    mockMs: mockMs / requestTimes.length,
  };
}

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(
  `machine: ${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB; node ${process.version}; ${new Date().toISOString()}; load ${os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(' ')}`,
);
console.log(
  `mock: Douyin (msw), ${ordersPerWindow} orders per one-day window, page size ${pageSize}; one shop, one serial sync`,
);
console.log('');

// 1. Calibration: no rate limit.
const calibration = await runSync({
  orders: calibrationOrders,
  lazy: false,
  sampleHeap: false,
  transport: 'msw-server',
});
console.log('## Calibration (no rate limit)');
console.log('');
console.log(
  '| orders | requests | wall | requests/s | orders/s | ms per page: request to mapped page | of which msw + mock answering | ms per page: storing it |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
console.log(
  `| ${calibration.orders} | ${calibration.requests} | ${(calibration.wallMs / 1000).toFixed(2)} s | ${calibration.overallRate.toFixed(1)} | ${Math.round(calibration.orders / (calibration.wallMs / 1000))} | ${calibration.fetchMs.toFixed(1)} | ${calibration.mockMs.toFixed(1)} | ${calibration.storeMs.toFixed(1)} |`,
);
console.log('');

// 2. Rate: the limiter is the bottleneck.
const limited = await runSync({
  orders: rateOrders,
  rateLimit: rate,
  lazy: false,
  sampleHeap: false,
  transport: 'msw-server',
});
const ratio = limited.overallRate / rate;
const sustainedRatio = limited.sustainedRate / rate;
console.log(`## Rate (limit ${rate} requests/s)`);
console.log('');
console.log(
  '| orders | requests (gateway) | calls (mock) | wall | requests/s overall | vs limit | requests/s p10-p90 | vs limit |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
console.log(
  `| ${limited.orders} | ${limited.requests} | ${limited.mockCalls} | ${(limited.wallMs / 1000).toFixed(1)} s | ${limited.overallRate.toFixed(2)} | **${(ratio * 100).toFixed(1)}%** | ${limited.sustainedRate.toFixed(2)} | ${(sustainedRatio * 100).toFixed(1)}% |`,
);
console.log('');
console.log(
  `reaches ${(ratio * 100).toFixed(1)}% of the allowed rate (target at least 90%): ${ratio >= 0.9 ? 'met' : 'NOT met'}`,
);
console.log('');

// 3. Memory: a large sync streamed through a counting store, over both transports.
function slopeOf(samples: RunResult['heap']): number {
  const xs = samples.map((sample) => sample.orders);
  const ys = samples.map((sample) => sample.heapUsed);
  const meanX = xs.reduce((a, b) => a + b, 0) / xs.length;
  const meanY = ys.reduce((a, b) => a + b, 0) / ys.length;
  let covariance = 0;
  let variance = 0;
  for (const [index, x] of xs.entries()) {
    covariance += (x - meanX) * ((ys[index] ?? 0) - meanY);
    variance += (x - meanX) ** 2;
  }
  return variance === 0 ? 0 : covariance / variance;
}

const runs: { transport: 'in-process' | 'msw-server'; result: RunResult }[] = [];
for (const transport of ['in-process', 'msw-server'] as const) {
  runs.push({
    transport,
    result: await runSync({ orders: memoryOrders, lazy: true, sampleHeap: true, transport }),
  });
}
console.log(`## Memory (${memoryOrders} orders, ${runs[0]?.result.windows} one-day windows, no rate limit)`);
console.log('');
console.log('| transport | sync wall | requests | orders/s | heap before sync | heap after sync |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const { transport, result } of runs) {
  console.log(
    `| ${transport} | ${(result.wallMs / 1000).toFixed(1)} s | ${result.requests} | ${Math.round(result.orders / (result.wallMs / 1000))} | ${mb(result.heapBefore)} MiB | ${mb(result.heapAfter)} MiB |`,
  );
}
console.log('');
console.log(
  `| progress | orders stored | ${runs.map(({ transport }) => `heapUsed MiB (${transport})`).join(' | ')} |`,
);
console.log(`| --- | --- | ${runs.map(() => '---').join(' | ')} |`);
for (let decile = 0; decile < 10; decile += 1) {
  const cells = runs.map(({ result }) => {
    const sample = result.heap[decile];
    const base = result.heap[0]?.heapUsed ?? 0;
    if (sample === undefined) return '—';
    const delta = (sample.heapUsed - base) / 2 ** 20;
    return `${mb(sample.heapUsed)} (${delta >= 0 ? '+' : ''}${delta.toFixed(1)})`;
  });
  console.log(
    `| ${(decile + 1) * 10}% | ${runs[0]?.result.heap[decile]?.orders ?? '—'} | ${cells.join(' | ')} |`,
  );
}
console.log('');
let flat = true;
for (const { transport, result } of runs) {
  const slope = slopeOf(result.heap);
  const perRequest = (slope * result.orders) / result.requests;
  console.log(
    `slope (${transport}): ${slope.toFixed(1)} bytes of heap per order stored, ${Math.round(perRequest)} bytes per request (${((slope * result.orders) / 2 ** 20).toFixed(1)} MiB over ${result.orders} orders)`,
  );
  if (transport === 'in-process') flat = Math.abs(slope) < 100;
}
console.log('');
console.log(
  `runtime memory flat (in-process transport, under 100 bytes per order; a store keeping orders needs KiBs each): ${flat ? 'met' : 'NOT met'}`,
);
process.exit(ratio >= 0.9 && flat ? 0 : 1);
