/**
 * Sync a day of orders from one shop with a progress bar: the runtime reports every window,
 * page, batch of stored orders and throttling retry through `onProgress`, and this script draws
 * them. It runs against the Taobao mock platform (a throttle and an expired token included), so
 * it needs no credentials.
 *
 * Run: npx -y pnpm@12.4.2 exec tsx examples/sync-progress/main.ts
 */
import { createTaobaoAdapter } from '@omskit/adapters-taobao';
import { createTaobaoMockPlatform } from '@omskit/adapters-taobao/testing';
import { createOms, type OmsProgressEvent } from '@omskit/core/runtime';
import { setupServer } from 'msw/node';

const dayStart = '2026-11-10T16:00:00.000Z';
const mock = createTaobaoMockPlatform({ now: dayStart, seed: 5 });
let token = mock.addShop('tb-flagship');
const server = setupServer(...mock.handlers);
server.listen({ onUnhandledFrame: 'error' });

// A day of orders, then the platform's clock moves to the end of the day.
mock.controls.seedOrders('tb-flagship', 600, { from: dayStart, to: '2026-11-11T16:00:00.000Z' });
mock.controls.advance(24 * 3_600_000);
mock.controls.injectFaults('throttle', 2);
mock.controls.expireToken('tb-flagship');

const counts = {
  windows: 0,
  pages: 0,
  created: 0,
  updated: 0,
  quarantined: 0,
  windowTotal: 0,
  windowStored: 0,
};
const tty = process.stdout.isTTY === true;

function draw(final = false): void {
  const width = 30;
  const window = `window ${counts.windows + (final ? 0 : 1)}`;
  // A bar when the platform tells the window's total; a counter when it does not.
  const progress =
    counts.windowTotal > 0
      ? `[${'#'.repeat(Math.round(Math.min(1, counts.windowStored / counts.windowTotal) * width)).padEnd(width, '.')}] ${window}: ${counts.windowStored}/${counts.windowTotal} orders`
      : `${window}: ${counts.windowStored} orders`;
  const line = `${progress}, ${counts.pages} pages, ${counts.created} stored in all`;
  if (tty) process.stdout.write(`\r${line}${final ? '\n' : ''}`);
  else if (final || counts.pages % 2 === 0) console.log(line);
}

const onProgress = (event: OmsProgressEvent): void => {
  if (event.type === 'window-started') {
    counts.windowStored = 0;
    counts.windowTotal = 0;
  }
  if (event.type === 'page-fetched') {
    counts.pages += 1;
    counts.windowTotal = event.total ?? counts.windowTotal;
  }
  if (event.type === 'orders-stored') {
    counts.created += event.created;
    counts.updated += event.updated;
    counts.windowStored += event.created + event.updated + event.unchanged + event.stale;
    draw();
  }
  if (event.type === 'payload-quarantined') counts.quarantined += 1;
  if (event.type === 'window-completed') counts.windows += 1;
};

const oms = createOms({
  channels: [
    createTaobaoAdapter({
      appKey: mock.appKey,
      appSecret: mock.appSecret,
      clock: mock.clock,
      accessToken: () => token,
      refreshAccessToken: (shopId) => {
        token = mock.issueToken(shopId);
        return token;
      },
      retry: { minTimeoutMs: 5, maxTimeoutMs: 50 },
    }),
  ],
  shops: [{ channel: 'taobao', shopId: 'tb-flagship', syncFrom: dayStart }],
  clock: mock.clock,
  onProgress,
});

const started = Date.now();
const [report] = await oms.sync();
draw(true);
server.close();
console.log(
  `synced until ${report?.syncedUntil}: ${report?.created} created, ${report?.updated} updated, ` +
    `${report?.quarantined} quarantined, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
if (report?.created !== 600) process.exitCode = 1;
