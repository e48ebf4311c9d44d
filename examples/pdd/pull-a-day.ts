/**
 * Pulls one day of Pinduoduo orders from the mock platform, 30-minute window by 30-minute window
 * as a sync would, through throttling, a server fault and an expired token, and prints a summary.
 *
 * Run: npx -y pnpm@12.4.2 exec tsx examples/pdd/pull-a-day.ts
 */

import { createPddAdapter } from '@omskit/adapters-pdd';
import { createPddMockPlatform } from '@omskit/adapters-pdd/testing';
import type { Order } from '@omskit/core';
import { formatYuan, sumMoney } from '@omskit/core';
import { setupServer } from 'msw/node';

const shopId = 'demo-shop';
const halfHour = 30 * 60 * 1000;
const day = 24 * 60 * 60 * 1000;

const platform = createPddMockPlatform({ now: '2026-11-12T00:30:00.000Z', throttleEvery: 25 });
const server = setupServer(...platform.handlers);
server.listen({ onUnhandledFrame: 'error' });

let token = platform.issueToken(shopId);
let refreshes = 0;
const adapter = createPddAdapter({
  clientId: platform.clientId,
  clientSecret: platform.clientSecret,
  clock: platform.clock,
  retry: { minTimeoutMs: 5, maxTimeoutMs: 20 },
  accessToken: () => token,
  refreshAccessToken: () => {
    refreshes += 1;
    token = platform.issueToken(shopId);
    return token;
  },
});

// One day in Asia/Shanghai: 2026-11-11 00:00 to 24:00 (+08:00), with a busy evening.
const dayStart = Date.parse('2026-11-10T16:00:00.000Z');
for (let hour = 0; hour < 24; hour += 1) {
  const from = dayStart + hour * 3_600_000;
  const count = hour >= 12 && hour <= 14 ? 420 : 20 + hour * 3;
  platform.controls.seedOrders(shopId, count, {
    from: new Date(from).toISOString(),
    to: new Date(from + 3_600_000).toISOString(),
  });
}
platform.controls.injectFaults('server_error', 1);

const orders: Order[] = [];
let pages = 0;
let warnings = 0;
let failed = 0;
for (let from = dayStart; from < dayStart + day; from += halfHour) {
  const window = { from: new Date(from).toISOString(), to: new Date(from + halfHour).toISOString() };
  if (from === dayStart + 10 * halfHour) platform.controls.expireToken(shopId);
  let pageToken: string | undefined;
  do {
    const page = await adapter.listOrders({
      shopId,
      window,
      ...(pageToken === undefined ? {} : { pageToken }),
    });
    pages += 1;
    for (const item of page.items) {
      if (item.ok) {
        orders.push(item.order);
        warnings += item.warnings.length;
      } else failed += 1;
    }
    pageToken = page.nextPageToken;
  } while (pageToken !== undefined);
}

const byStatus = new Map<string, number>();
const byProvince = new Map<string, number>();
for (const order of orders) {
  byStatus.set(order.status, (byStatus.get(order.status) ?? 0) + 1);
  const province = order.receiver.provinceCode ?? `? ${order.receiver.province}`;
  byProvince.set(province, (byProvince.get(province) ?? 0) + 1);
}
const calls = platform.controls.calls();
const lines = orders.reduce((sum, order) => sum + order.lines.length, 0);
const unique = new Set(orders.map((order) => order.platformOrderId)).size;

console.log('PDD: one day of orders from the mock platform (2026-11-11, Asia/Shanghai)');
console.log(`  orders: ${orders.length} (${unique} distinct, ${failed} unmappable), lines: ${lines}`);
console.log(`  paid: ¥${formatYuan(sumMoney(orders.map((order) => order.totals.paid)))}`);
console.log(`  statuses: ${[...byStatus].map(([status, count]) => `${status} ${count}`).join(', ')}`);
console.log(
  `  provinces: ${[...byProvince]
    .sort((a, b) => b[1] - a[1])
    .map(([code, count]) => `${code} ${count}`)
    .join(', ')}`,
);
console.log(`  mapping warnings: ${warnings}`);
console.log(
  `  pages: ${pages}, gateway calls: ${calls.length} (${calls.filter((call) => !call.ok).length} refused and retried)`,
);
console.log(`  token refreshes: ${refreshes}`);

server.close();
if (unique !== platform.controls.orders(shopId).length) {
  console.error('some orders were not pulled');
  process.exitCode = 1;
}
