/**
 * Pulls one day of Douyin orders from the mock platform, window by window and page by page, and
 * prints a summary: orders, lines, money, provinces and what did not map.
 *
 * Run: npx -y pnpm@12.4.2 exec tsx examples/douyin/pull-a-day.ts
 */
import { createDouyinAdapter } from '@omskit/adapters-douyin';
import { createDouyinMockPlatform } from '@omskit/adapters-douyin/testing';
import { formatYuan, type Order } from '@omskit/core';
import { setupServer } from 'msw/node';

const shopId = '4463798';
const platform = createDouyinMockPlatform({ now: '2026-11-12T01:00:00.000Z' });
const server = setupServer(...platform.handlers);
server.listen({ onUnhandledFrame: 'error' });

let token = platform.issueToken(shopId);
const douyin = createDouyinAdapter({
  appKey: platform.appKey,
  appSecret: platform.appSecret,
  accessToken: () => token,
  refreshAccessToken: (shop) => {
    token = platform.issueToken(shop);
    return token;
  },
  clock: { now: () => Date.parse(platform.controls.now()) },
  retry: { minTimeoutMs: 10, maxTimeoutMs: 50 },
});

// Yesterday in Beijing time: 2026-11-11 00:00 to 24:00 (UTC+8).
const dayStart = Date.parse('2026-11-10T16:00:00.000Z');
const dayEnd = dayStart + 24 * 3_600_000;
platform.controls.seedOrders(shopId, 1500, {
  from: new Date(dayStart).toISOString(),
  to: new Date(dayEnd).toISOString(),
});
// A bad afternoon: the platform throttles once and the token expires mid-day.
platform.controls.injectFaults('throttle', 1);

const windowMs = 2 * 3_600_000;
const orders: Order[] = [];
let unmapped = 0;
let pages = 0;
for (let from = dayStart; from < dayEnd; from += windowMs) {
  const window = {
    from: new Date(from).toISOString(),
    to: new Date(Math.min(from + windowMs, dayEnd)).toISOString(),
  };
  if (from === dayStart + 12 * 3_600_000) platform.controls.expireToken(shopId);
  let pageToken: string | undefined;
  do {
    const page = await douyin.listOrders({
      shopId,
      window,
      ...(pageToken === undefined ? {} : { pageToken }),
    });
    pages += 1;
    for (const item of page.items) {
      if (item.ok) orders.push(item.order);
      else unmapped += 1;
    }
    pageToken = page.nextPageToken;
  } while (pageToken !== undefined);
}
server.close();

const lines = orders.reduce((sum, order) => sum + order.lines.length, 0);
const paid = orders.reduce((sum, order) => sum + order.totals.paid.amount, 0);
const discount = orders.reduce((sum, order) => sum + order.totals.discount.amount, 0);
const provinces = new Map<string, number>();
for (const order of orders) {
  const key = order.receiver.provinceCode ?? `? ${order.receiver.province}`;
  provinces.set(key, (provinces.get(key) ?? 0) + 1);
}
console.log(`Douyin shop ${shopId}, 2026-11-11 (Asia/Shanghai)`);
console.log(`  orders: ${orders.length} in ${pages} pages (${unmapped} did not map)`);
console.log(
  `  lines: ${lines}; paid: ¥${formatYuan({ amount: paid, currency: 'CNY' })}; discounts: ¥${formatYuan({ amount: discount, currency: 'CNY' })}`,
);
console.log(
  `  by province code: ${[...provinces]
    .sort((a, b) => b[1] - a[1])
    .map(([code, count]) => `${code} ${count}`)
    .join(', ')}`,
);
console.log(
  `  gateway calls: ${platform.controls.calls().length} (${platform.controls.calls().filter((call) => !call.ok).length} refused and retried)`,
);
if (orders.length !== 1500 || unmapped !== 0) process.exitCode = 1;
