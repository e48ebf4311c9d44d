/**
 * Pulls one day of JD orders from the mock JD platform and prints a summary: how an ERP would
 * poll JD (which has no documented push) through `@omskit/adapters-jd`.
 *
 * Run: `npx -y pnpm@12.4.2 exec tsx examples/jd/pull-a-day.ts`
 *
 * Everything runs in-process: msw intercepts `fetch` and answers as JOS would (signatures,
 * timestamps, paging limits, throttling), so no JD account is needed.
 */
import { createJdAdapter } from '@omskit/adapters-jd';
import { createJdMockPlatform } from '@omskit/adapters-jd/testing';
import { type ChannelOrderItem, formatYuan, type Order, type TimeWindow } from '@omskit/core';
import { setupServer } from 'msw/node';

const shopId = 'jd-flagship';
// A small page limit on both sides, so the 1,500 orders of the day exceed what one query can page
// (5 x 100) and the adapter has to split the window, as it would on a peak day on JOS.
const jd = createJdMockPlatform({ maxPages: 5, startAt: '2026-11-12T02:00:00.000Z' });
const server = setupServer(...jd.handlers);
server.listen({ onUnhandledFrame: 'error' });

let token = jd.issueToken(shopId);
const adapter = createJdAdapter({
  appKey: jd.appKey,
  appSecret: jd.appSecret,
  clock: jd.clock,
  maxPages: 5,
  retry: { minTimeoutMs: 10, maxTimeoutMs: 50 },
  accessToken: () => token,
  refreshAccessToken: () => {
    token = jd.issueToken(shopId);
    return token;
  },
});

// 11 November 2026, Shanghai time (UTC+8).
const day: TimeWindow = { from: '2026-11-10T16:00:00.000Z', to: '2026-11-11T16:00:00.000Z' };
jd.controls.seedOrders(shopId, 1_500, day);
jd.controls.injectFaults('throttle', 2);
jd.controls.expireToken(shopId);

/** Splits a range into windows the adapter accepts. */
function windowsOf(range: TimeWindow, widthMs: number): TimeWindow[] {
  const windows: TimeWindow[] = [];
  for (let from = Date.parse(range.from); from < Date.parse(range.to); from += widthMs) {
    const to = Math.min(from + widthMs, Date.parse(range.to));
    windows.push({ from: new Date(from).toISOString(), to: new Date(to).toISOString() });
  }
  return windows;
}

const items: ChannelOrderItem[] = [];
let pages = 0;
for (const window of windowsOf(day, adapter.capabilities.maxOrderWindowMs)) {
  let pageToken: string | undefined;
  do {
    const page = await adapter.listOrders({ shopId, window, ...(pageToken ? { pageToken } : {}) });
    items.push(...page.items);
    pageToken = page.nextPageToken;
    pages += 1;
  } while (pageToken !== undefined);
}

const orders: Order[] = items.flatMap((item) => (item.ok ? [item.order] : []));
const count = <K extends string>(keys: K[]) =>
  [...keys.reduce((map, key) => map.set(key, (map.get(key) ?? 0) + 1), new Map<K, number>())].sort(
    (a, b) => b[1] - a[1],
  );
const paid = orders.reduce((sum, order) => sum + order.totals.paid.amount, 0);
const lines = orders.reduce((sum, order) => sum + order.lines.length, 0);
const warnings = items.reduce((sum, item) => sum + (item.ok ? item.warnings.length : 0), 0);
const calls = jd.controls.calls();

console.log(`JD shop ${shopId}, orders modified on 2026-11-11 (Asia/Shanghai)`);
console.log(`  orders:   ${orders.length} mapped, ${items.length - orders.length} kept raw for a person`);
console.log(
  `  pages:    ${pages} pages, ${calls.length} gateway calls (${calls.filter((call) => !call.ok).length} refused and retried)`,
);
console.log(`  lines:    ${lines} (${(lines / Math.max(orders.length, 1)).toFixed(2)} per order)`);
console.log(`  paid:     ¥${formatYuan({ amount: paid, currency: 'CNY' })}`);
console.log(`  warnings: ${warnings} (e.g. lines without a seller SKU code)`);
console.log(
  `  status:   ${count(orders.map((order) => order.status))
    .map(([key, n]) => `${key} ${n}`)
    .join(', ')}`,
);
console.log(
  `  top provinces: ${count(orders.map((order) => order.receiver.provinceCode ?? '?'))
    .slice(0, 5)
    .map(([code, n]) => `${code} ${n}`)
    .join(', ')}`,
);
if (new Set(orders.map((order) => order.platformOrderId)).size !== 1_500) {
  throw new Error('expected every seeded order exactly once');
}
server.close();
