import { type LogFields, OmsError } from '@omskit/core';
import { collectOrderWindow } from '@omskit/core/testing';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createJdAdapter } from './jd-adapter';
import type { JdAdapterSettings } from './jd-settings';
import { createJdMockPlatform, type JdMockPlatformOptions } from './testing';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const shopId = 'jd-shop-1';
const hour = 60 * 60 * 1000;

function setup(mock: JdMockPlatformOptions = {}, settings: Partial<JdAdapterSettings> = {}) {
  const platform = createJdMockPlatform(mock);
  server.use(...platform.handlers);
  const token = platform.issueToken(shopId);
  const sent: URLSearchParams[] = [];
  const logs: { message: string; fields?: LogFields }[] = [];
  const log = (message: string, fields?: LogFields) =>
    void logs.push({ message, ...(fields ? { fields } : {}) });
  const adapter = createJdAdapter({
    appKey: platform.appKey,
    appSecret: platform.appSecret,
    clock: platform.clock,
    retry: { minTimeoutMs: 1, maxTimeoutMs: 5 },
    logger: { debug: log, info: log, warn: log, error: log },
    fetch: async (input, init) => {
      if (init?.body instanceof URLSearchParams) sent.push(new URLSearchParams(init.body));
      else if (input instanceof Request) sent.push(new URLSearchParams(await input.clone().text()));
      return fetch(input, init);
    },
    accessToken: () => token,
    ...settings,
  });
  const window = (spanMs: number) => {
    const to = Date.parse(platform.controls.now()) - hour;
    return { from: new Date(to - spanMs).toISOString(), to: new Date(to).toISOString() };
  };
  return { platform, adapter, sent, logs, token, window };
}

describe('createJdAdapter against the mock platform', () => {
  it('sends signed, documented parameters and never logs tokens, secrets or bodies', async () => {
    const { adapter, platform, sent, logs, token, window } = setup();
    const range = window(30 * 60 * 1000);
    platform.controls.seedOrders(shopId, 3, range);
    await collectOrderWindow(adapter, shopId, range);
    const first = sent[0];
    expect(first?.get('method')).toBe('jingdong.pop.order.search');
    expect(first?.get('v')).toBe('2.0');
    expect(first?.get('app_key')).toBe(platform.appKey);
    expect(first?.get('sign')).toMatch(/^[0-9A-F]{32}$/);
    expect(first?.get('timestamp')).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    const business = JSON.parse(first?.get('360buy_param_json') ?? '{}');
    expect(business).toMatchObject({ dateType: 0, page: '1', page_size: '100' });
    expect(business.start_date).toBe('2026-11-11 10:30:00');
    expect(business.end_date).toBe('2026-11-11 10:59:59');
    expect(business.optional_fields).toContain('consigneeInfo');
    const logged = JSON.stringify(logs);
    expect(logged).not.toContain(token);
    expect(logged).not.toContain(platform.appSecret);
    expect(logged).not.toContain('王*');
  });

  it('bisects a window holding more orders than JOS pages, without losing or repeating any', async () => {
    const { adapter, platform, window } = setup({ maxPages: 2 }, { pageSize: 10, maxPages: 2 });
    const range = window(60 * 60 * 1000);
    const seeded = platform.controls.seedOrders(shopId, 75, range);
    expect(adapter.capabilities.maxOrdersPerWindow).toBe(20);
    const { items } = await collectOrderWindow(adapter, shopId, range);
    const ids = items.map((item) => (item.ok ? item.order.platformOrderId : 'failed'));
    expect(ids.length).toBe(75);
    expect(new Set(ids)).toEqual(new Set(seeded));
    expect(platform.controls.calls().every((call) => call.ok)).toBe(true);
  });

  it('misses no order when one already served changes while later pages are read', async () => {
    // Paging by page number would lose one: the changed order leaves the window, every row
    // behind it moves up one place, and the first row of the next page slips onto a page
    // already read. Paging restarts from the last second served instead.
    const { adapter, platform, window } = setup({}, { pageSize: 10 });
    const range = window(60 * 60 * 1000);
    const seeded = platform.controls.seedOrders(shopId, 35, range);
    const served: string[] = [];
    let pageToken: string | undefined;
    let pages = 0;
    do {
      const page = await adapter.listOrders({ shopId, window: range, ...(pageToken ? { pageToken } : {}) });
      for (const item of page.items) if (item.ok) served.push(item.order.platformOrderId);
      // After each of the first two pages, an order from it changes on the platform.
      if (pages < 2) platform.controls.touchOrder(shopId, served[served.length - 3] as string);
      pageToken = page.nextPageToken;
      pages += 1;
    } while (pageToken !== undefined);
    expect(new Set(served)).toEqual(new Set(seeded));
    expect(served.length).toBe(seeded.length);
  });

  it('pages through more orders in one second than a page holds', async () => {
    const { adapter, platform, window } = setup({}, { pageSize: 10 });
    const range = window(60 * 60 * 1000);
    const second = new Date(Date.parse(range.from) + 5 * 60_000).toISOString();
    const dense = Array.from({ length: 25 }, () => platform.addOrder(shopId, second));
    const spread = platform.controls.seedOrders(shopId, 12, range);
    const { items } = await collectOrderWindow(adapter, shopId, range);
    const ids = items.map((item) => (item.ok ? item.order.platformOrderId : 'failed'));
    expect(ids.length).toBe(37);
    expect(new Set(ids)).toEqual(new Set([...dense, ...spread]));
  });

  it('wraps the search parameters in a container when configured', async () => {
    const { adapter, platform, sent, window } = setup(
      {},
      { orderSearchContainer: 'paramOrderJSFQuery', orderSearchExtraParams: { source_id: 'omskit' } },
    );
    const range = window(60_000);
    const seeded = platform.controls.seedOrders(shopId, 2, range);
    const { items } = await collectOrderWindow(adapter, shopId, range);
    expect(items.length).toBe(seeded.length);
    const business = JSON.parse(sent[0]?.get('360buy_param_json') ?? '{}');
    expect(Object.keys(business)).toEqual(['paramOrderJSFQuery']);
    expect(business.paramOrderJSFQuery).toMatchObject({ source_id: 'omskit', page: '1' });
  });

  it('refuses a page token from another window or not its own', async () => {
    const { adapter, platform, window } = setup({}, { pageSize: 10 });
    const range = window(30 * 60 * 1000);
    platform.controls.seedOrders(shopId, 25, range);
    const page = await adapter.listOrders({ shopId, window: range });
    expect(page.total).toBe(25);
    expect(page.items.length).toBe(10);
    const other = window(10 * 60 * 1000);
    await expect(
      adapter.listOrders({ shopId, window: other, pageToken: page.nextPageToken ?? '' }),
    ).rejects.toSatisfy((error: unknown) => OmsError.isCode(error, 'invalid_input'));
    await expect(adapter.listOrders({ shopId, window: range, pageToken: 'garbage' })).rejects.toSatisfy(
      (error: unknown) => OmsError.isCode(error, 'invalid_input'),
    );
  });

  it('retries a call that timed out', async () => {
    const { adapter, platform, window } = setup({}, { timeoutMs: 200 });
    const range = window(60_000);
    const seeded = platform.controls.seedOrders(shopId, 2, range);
    platform.controls.injectFaults('timeout', 1);
    const { items } = await collectOrderWindow(adapter, shopId, range);
    expect(items.map((item) => (item.ok ? item.order.platformOrderId : '')).sort()).toEqual(
      [...seeded].sort(),
    );
  });

  it('fails with auth_expired when the token expires and the host has no refresh hook', async () => {
    const { adapter, platform, window } = setup();
    platform.controls.expireToken(shopId);
    await expect(adapter.listOrders({ shopId, window: window(60_000) })).rejects.toSatisfy((error: unknown) =>
      OmsError.isCode(error, 'auth_expired'),
    );
  });

  it('surfaces a clock JOS refuses as a typed, non-retryable error', async () => {
    const { platform, window } = setup();
    platform.controls.advance(11 * 60 * 1000);
    const skewed = createJdAdapter({
      appKey: platform.appKey,
      appSecret: platform.appSecret,
      clock: { now: () => Date.parse(platform.controls.now()) - 11 * 60 * 1000 },
      accessToken: () => platform.issueToken(shopId),
    });
    await expect(skewed.listOrders({ shopId, window: window(60_000) })).rejects.toSatisfy(
      (error: unknown) => OmsError.is(error) && error.platformCode === '8' && !error.retryable,
    );
  });

  it('ships with the legacy parameter names when configured', async () => {
    const { adapter, platform, sent, window } = setup(
      { shipmentParameterNames: 'legacy' },
      { shipmentParameterNames: 'legacy' },
    );
    const [id] = platform.controls.seedOrders(shopId, 1, window(60_000));
    await adapter.ship({
      shopId,
      platformOrderId: id ?? '',
      parcels: [
        { carrierCode: 'ZTO', trackingNumber: '73100000000001' },
        { carrierCode: 'ZTO', trackingNumber: '73100000000002' },
      ],
    });
    expect(JSON.parse(sent.at(-1)?.get('360buy_param_json') ?? '{}')).toEqual({
      logistics_id: '1499',
      order_id: id,
      waybill: '73100000000001,73100000000002',
    });
    expect(platform.controls.shippedTrackingNumbers(shopId, id ?? '')).toEqual([
      '73100000000001',
      '73100000000002',
    ]);
    const shipped = await adapter.getOrder({ shopId, platformOrderId: id ?? '' });
    expect(shipped.ok && shipped.order.status).toBe('shipped');
  });

  it('refuses split shipments, unknown carriers, and a second shipment', async () => {
    const { adapter, platform, window } = setup();
    const [id = ''] = platform.controls.seedOrders(shopId, 1, window(60_000));
    await expect(
      adapter.ship({
        shopId,
        platformOrderId: id,
        parcels: [
          { carrierCode: 'SF', trackingNumber: 'SF1234567890123' },
          { carrierCode: 'ZTO', trackingNumber: '73100000000001' },
        ],
      }),
    ).rejects.toSatisfy((error: unknown) => OmsError.isCode(error, 'unsupported'));
    await expect(
      adapter.ship({
        shopId,
        platformOrderId: id,
        parcels: [{ carrierCode: 'UNKNOWN', trackingNumber: 'X12345' }],
      }),
    ).rejects.toSatisfy((error: unknown) => OmsError.isCode(error, 'invalid_input'));
    await adapter.ship({
      shopId,
      platformOrderId: id,
      parcels: [{ carrierCode: 'SF', trackingNumber: 'SF1234567890123' }],
    });
    await expect(
      adapter.ship({
        shopId,
        platformOrderId: id,
        parcels: [{ carrierCode: 'SF', trackingNumber: 'SF1234567890124' }],
      }),
    ).rejects.toSatisfy((error: unknown) => OmsError.isCode(error, 'platform_rejected'));
  });

  it('keeps an order that does not map as raw with the bad field, and still returns the others', async () => {
    const { adapter, platform, window } = setup();
    const range = window(60_000);
    const [good] = platform.controls.seedOrders(shopId, 1, range);
    const bad = platform.addOrder(shopId, new Date(Date.parse(range.from) + 5_000).toISOString(), {
      orderPayment: '12.345',
    });
    const { items } = await collectOrderWindow(adapter, shopId, range);
    const failed = items.find((item) => !item.ok);
    expect(items.filter((item) => item.ok).map((item) => item.ok && item.order.platformOrderId)).toEqual([
      good,
    ]);
    expect(failed?.ok).toBe(false);
    if (failed === undefined || failed.ok) return;
    expect(failed.platformOrderId).toBe(bad);
    expect(failed.error.path).toEqual(['orderPayment']);
    expect(failed.raw).toMatchObject({ orderId: bad, orderPayment: '12.345' });
  });

  it('maps the mock orders with balanced money and known provinces', async () => {
    const { adapter, platform, window } = setup();
    const range = window(30 * 60 * 1000);
    platform.controls.seedOrders(shopId, 40, range);
    const { items } = await collectOrderWindow(adapter, shopId, range);
    for (const item of items) {
      if (!item.ok) throw item.error;
      const { order } = item;
      const linesPaid = order.lines.reduce((sum, line) => sum + line.paid.amount, 0);
      expect(linesPaid).toBe(order.totals.paid.amount - order.totals.shipping.amount);
      expect(order.receiver.provinceCode).toMatch(/^\d{6}$/);
      expect(order.receiver.nameMasked).toContain('*');
    }
    expect(items.some((item) => item.ok && item.order.lines.length > 1)).toBe(true);
  });
});

describe('createJdAdapter settings', () => {
  it('refuses unknown and mistyped settings, naming them', () => {
    const base = { appKey: 'k', appSecret: 's', accessToken: () => 't' };
    const unknown = { ...base, pagesize: 10 } as unknown as JdAdapterSettings;
    expect(() => createJdAdapter(unknown)).toThrow(/settings\.pagesize/);
    expect(() => createJdAdapter({ ...base, pageSize: 500 })).toThrow(/settings\.pageSize/);
    expect(() => createJdAdapter({ ...base, appSecret: '' })).toThrow(/settings\.appSecret/);
    expect(createJdAdapter(base).capabilities.push).toBe(false);
  });

  it('refuses a window that is empty or reversed', async () => {
    const adapter = createJdAdapter({ appKey: 'k', appSecret: 's', accessToken: () => 't' });
    const window = { from: '2026-11-11T01:00:00.000Z', to: '2026-11-11T00:00:00.000Z' };
    await expect(adapter.listOrders({ shopId, window })).rejects.toSatisfy((error: unknown) =>
      OmsError.isCode(error, 'invalid_input'),
    );
  });
});
