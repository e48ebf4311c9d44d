/**
 * Pulls one day of Taobao orders from the mock TOP platform, the way a host's sync would: in
 * windows no wider than the adapter allows (30 minutes, as TOP advises), each paged to the end,
 * then prints a summary. Runs offline: msw answers the gateway.
 *
 * Run: npx -y pnpm@12.4.2 exec tsx examples/taobao/pull-a-day.ts
 */
import { createTaobaoAdapter } from '@omskit/adapters-taobao';
import { createTaobaoMockPlatform } from '@omskit/adapters-taobao/testing';
import { formatYuan, type Order, type TimeWindow } from '@omskit/core';
import { setupServer } from 'msw/node';

const shopId = 'demo-shop';
const day = 24 * 60 * 60 * 1000;
const windowMs = 30 * 60 * 1000;

const mock = createTaobaoMockPlatform({ now: '2026-11-12T00:00:00.000Z', seed: 2026 });
const server = setupServer(...mock.handlers);
server.listen({ onUnhandledFrame: 'error' });

let token = mock.addShop(shopId);
const end = Date.parse(mock.controls.now()) - 60_000;
const start = end - day;
// A busy day: orders modified all through it, plus one token expiry and a throttle on the way.
mock.controls.seedOrders(shopId, 480, {
  from: new Date(start).toISOString(),
  to: new Date(end).toISOString(),
});
mock.controls.injectFaults('throttle', 1);

const adapter = createTaobaoAdapter({
  appKey: mock.appKey,
  appSecret: mock.appSecret,
  clock: mock.clock,
  accessToken: () => token,
  refreshAccessToken: (shop) => {
    token = mock.issueToken(shop);
    return token;
  },
  retry: { minTimeoutMs: 10, maxTimeoutMs: 100 },
});

async function pullWindow(
  window: TimeWindow,
): Promise<{ orders: Order[]; quarantined: number; warnings: number }> {
  const orders: Order[] = [];
  let quarantined = 0;
  let warnings = 0;
  let pageToken: string | undefined;
  do {
    const page = await adapter.listOrders({
      shopId,
      window,
      ...(pageToken === undefined ? {} : { pageToken }),
    });
    for (const item of page.items) {
      if (item.ok) {
        orders.push(item.order);
        warnings += item.warnings.length;
      } else quarantined += 1;
    }
    pageToken = page.nextPageToken;
  } while (pageToken !== undefined);
  return { orders, quarantined, warnings };
}

try {
  const startedAt = performance.now();
  const orders = new Map<string, Order>();
  let quarantined = 0;
  let warnings = 0;
  let windows = 0;
  for (let from = start; from < end; from += windowMs) {
    if (windows === 20) mock.controls.expireToken(shopId);
    const result = await pullWindow({
      from: new Date(from).toISOString(),
      to: new Date(Math.min(from + windowMs, end)).toISOString(),
    });
    for (const order of result.orders) orders.set(order.platformOrderId, order);
    quarantined += result.quarantined;
    warnings += result.warnings;
    windows += 1;
  }
  const all = [...orders.values()];
  const paid = all.reduce((sum, order) => sum + order.totals.paid.amount, 0);
  const lines = all.reduce((sum, order) => sum + order.lines.length, 0);
  const byProvince = new Map<string, number>();
  for (const order of all) {
    const key = order.receiver.provinceCode ?? order.receiver.province;
    byProvince.set(key, (byProvince.get(key) ?? 0) + 1);
  }
  const calls = mock.controls.calls();
  console.log(
    `Pulled ${all.length} orders (${lines} lines) from ${windows} windows of 30 min in ${(performance.now() - startedAt).toFixed(0)} ms`,
  );
  console.log(`Paid in total: ${formatYuan({ amount: paid, currency: 'CNY' })} CNY`);
  console.log(`Quarantined: ${quarantined}; mapping warnings: ${warnings}`);
  console.log(
    `Gateway calls: ${calls.length} (${calls.filter((call) => !call.ok).length} refused and retried or refreshed)`,
  );
  console.log(
    `Orders by province code: ${[...byProvince].map(([code, count]) => `${code} ${count}`).join(', ')}`,
  );
  const sample = all[0];
  if (sample !== undefined) {
    console.log(
      `Example: ${sample.platformOrderId} ${sample.status}, ${sample.lines.length} lines, ` +
        `paid ${formatYuan(sample.totals.paid)}, to ${sample.receiver.province} ${sample.receiver.city} (${sample.receiver.nameMasked ?? ''})`,
    );
  }
  if (all.length !== 480) throw new Error(`expected 480 orders, got ${all.length}`);
} finally {
  server.close();
}
