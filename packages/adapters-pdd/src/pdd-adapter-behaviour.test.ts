import type { LogFields, TimeWindow } from '@omskit/core';
import { OmsError } from '@omskit/core';
import { collectOrderWindow } from '@omskit/core/testing';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createPddAdapter } from './pdd-adapter';
import type { PddAdapterSettings } from './pdd-settings';
import { signPddRequest } from './pdd-sign';
import { createPddMockPlatform } from './testing';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const shopId = 'shop-1';
const minute = 60_000;

function setup(
  mock: Parameters<typeof createPddMockPlatform>[0] = {},
  settings: Partial<PddAdapterSettings> = {},
) {
  const platform = createPddMockPlatform(mock);
  server.use(...platform.handlers);
  let token = platform.issueToken(shopId);
  const bodies: { [key: string]: string }[] = [];
  const logs: { message: string; fields?: LogFields }[] = [];
  const log = (message: string, fields?: LogFields) => logs.push({ message, ...(fields ? { fields } : {}) });
  const adapter = createPddAdapter({
    clientId: platform.clientId,
    clientSecret: platform.clientSecret,
    clock: platform.clock,
    retry: { minTimeoutMs: 1, maxTimeoutMs: 5 },
    accessToken: () => token,
    refreshAccessToken: () => {
      token = platform.issueToken(shopId);
      return token;
    },
    logger: { debug: log, info: log, warn: log, error: log },
    fetch: async (input, init) => {
      if (typeof init?.body === 'string') bodies.push(JSON.parse(init.body));
      else if (input instanceof Request) bodies.push(JSON.parse(await input.clone().text()));
      return fetch(input, init);
    },
    ...settings,
  });
  const window = (spanMs: number, endsAgoMs = 60 * minute): TimeWindow => {
    const to = Date.parse(platform.controls.now()) - endsAgoMs;
    return { from: new Date(to - spanMs).toISOString(), to: new Date(to).toISOString() };
  };
  return { platform, adapter, bodies, logs, window, token: () => token };
}

const listCalls = (bodies: { [key: string]: string }[]) =>
  bodies.filter((body) => body['type'] === 'pdd.order.number.list.increment.get');

describe('createPddAdapter requests', () => {
  it('sends a signed JSON body with the common parameters and never the secret', async () => {
    const { platform, adapter, bodies, window } = setup();
    const span = window(10 * minute);
    platform.controls.seedOrders(shopId, 3, span);
    await adapter.listOrders({ shopId, window: span });
    const [body] = bodies;
    expect(body).toMatchObject({
      type: 'pdd.order.number.list.increment.get',
      client_id: platform.clientId,
      data_type: 'JSON',
      version: 'V1',
      timestamp: String(Math.floor(platform.clock.now() / 1000)),
      page: '1',
      page_size: '100',
      order_status: '5',
      refund_status: '5',
    });
    const { sign, ...rest } = body ?? {};
    expect(sign).toBe(signPddRequest(rest, platform.clientSecret));
    expect(JSON.stringify(bodies)).not.toContain(platform.clientSecret);
  });

  it('asks for whole seconds covering exactly the half-open window', async () => {
    const { adapter, bodies } = setup({ now: '2026-11-11T04:00:00.000Z' });
    await adapter.listOrders({
      shopId,
      window: { from: '2026-11-11T02:00:00.500Z', to: '2026-11-11T02:10:00.000Z' },
    });
    const start = Date.parse('2026-11-11T02:00:01.000Z') / 1000;
    expect(listCalls(bodies)[0]).toMatchObject({
      start_updated_at: String(start),
      end_updated_at: String(start + 598),
    });
  });

  it('cuts a wide window into PDD ranges of at most 30 minutes', async () => {
    const { platform, adapter, bodies, window } = setup();
    const span = window(95 * minute);
    const seeded = platform.controls.seedOrders(shopId, 40, span);
    const { items } = await collectOrderWindow(adapter, shopId, span);
    expect(items.map((item) => item.ok && item.order.platformOrderId).sort()).toEqual([...seeded].sort());
    for (const body of listCalls(bodies)) {
      expect(Number(body['end_updated_at']) - Number(body['start_updated_at'])).toBeLessThanOrEqual(1800);
    }
    expect(listCalls(bodies).length).toBe(4);
  });

  it('pages from the last page backwards', async () => {
    const { platform, adapter, bodies, window } = setup();
    const span = window(20 * minute);
    platform.controls.seedOrders(shopId, 250, span);
    const { items, pages } = await collectOrderWindow(adapter, shopId, span);
    expect(items.length).toBe(250);
    expect(pages).toBe(3);
    expect(listCalls(bodies).map((body) => body['page'])).toEqual(['1', '3', '2', '1']);
  });

  it('neither misses nor repeats when orders change after the last page was served', async () => {
    const { platform, adapter, window } = setup();
    const span = window(20 * minute);
    const seeded = platform.controls.seedOrders(shopId, 250, span);
    // Probe of page 1, then page 3 served, then 9 unserved orders leave the window.
    platform.controls.modifyDuringPaging(shopId, 9, 2);
    const first = (await collectOrderWindow(adapter, shopId, span)).items.map(
      (item) => item.ok && item.order.platformOrderId,
    );
    expect(new Set(first).size).toBe(first.length);
    const later = { from: span.to, to: new Date(platform.clock.now() + 1000).toISOString() };
    const second = (await collectOrderWindow(adapter, shopId, later)).items.map(
      (item) => item.ok && item.order.platformOrderId,
    );
    expect(second.length).toBe(9);
    expect(new Set([...first, ...second])).toEqual(new Set(seeded));
  });

  it('splits a window holding more than pageSize x maxPages', async () => {
    const { platform, adapter, window } = setup({ maxPages: 1 }, { maxPages: 1, pageSize: 50 });
    const span = window(20 * minute);
    const seeded = platform.controls.seedOrders(shopId, 180, span);
    const { items } = await collectOrderWindow(adapter, shopId, span);
    const ids = items.map((item) => item.ok && item.order.platformOrderId);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...seeded].sort());
  });

  it('splits and chunks the same with an exclusive end_updated_at', async () => {
    const { platform, adapter, window } = setup(
      { maxPages: 1, endInclusive: false },
      { maxPages: 1, pageSize: 40, endUpdatedAtInclusive: false },
    );
    const span = window(50 * minute);
    const seeded = platform.controls.seedOrders(shopId, 300, span);
    const { items } = await collectOrderWindow(adapter, shopId, span);
    const ids = items.map((item) => item.ok && item.order.platformOrderId);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...seeded].sort());
  });

  it('refuses a page token of another window', async () => {
    const { platform, adapter, window } = setup();
    const span = window(20 * minute);
    platform.controls.seedOrders(shopId, 150, span);
    const page = await adapter.listOrders({ shopId, window: span });
    const other = window(10 * minute);
    await expect(
      adapter.listOrders({ shopId, window: other, pageToken: page.nextPageToken as string }),
    ).rejects.toSatisfy((error: unknown) => OmsError.isCode(error, 'invalid_input'));
    await expect(adapter.listOrders({ shopId, window: span, pageToken: 'garbage' })).rejects.toSatisfy(
      (error: unknown) => OmsError.isCode(error, 'invalid_input'),
    );
  });

  it("retries the mock's own throttling", async () => {
    const { platform, adapter, window } = setup({ throttleEvery: 2 });
    const span = window(10 * minute);
    const seeded = platform.controls.seedOrders(shopId, 120, span);
    const { items } = await collectOrderWindow(adapter, shopId, span);
    expect(items.length).toBe(seeded.length);
    expect(platform.controls.calls().filter((call) => !call.ok).length).toBeGreaterThan(0);
  });

  it('does not refresh twice when the fresh token is refused too', async () => {
    let refreshes = 0;
    const { platform, adapter, window } = setup(
      {},
      {
        refreshAccessToken: () => {
          refreshes += 1;
          return 'still-bad';
        },
      },
    );
    platform.controls.expireToken(shopId);
    await expect(adapter.listOrders({ shopId, window: window(minute) })).rejects.toSatisfy((error: unknown) =>
      OmsError.isCode(error, 'auth_expired'),
    );
    expect(refreshes).toBe(1);
  });

  it('logs no token, secret, ciphertext or receiver data', async () => {
    const { platform, adapter, logs, window, token } = setup();
    const span = window(minute);
    const [id] = platform.controls.seedOrders(shopId, 1, span);
    platform.controls.injectFaults('server_error', 1);
    const { items } = await collectOrderWindow(adapter, shopId, span);
    const orders = items.flatMap((item) => (item.ok ? [item.order] : []));
    const decrypted = await adapter.decryptReceivers?.({ shopId, orders, purpose: 'print waybill' });
    expect(decrypted?.[0]).toMatchObject({ platformOrderId: id });
    expect(decrypted?.[0]?.name).toMatch(/某某$/);
    const text = JSON.stringify(logs);
    expect(logs.length).toBeGreaterThan(0);
    for (const secret of [
      token(),
      platform.clientSecret,
      orders[0]?.receiver.tokens.encryptedName ?? '~',
      decrypted?.[0]?.name ?? '?',
    ]) {
      expect(text).not.toContain(secret);
    }
  });
});

describe('createPddAdapter operations', () => {
  it('gets an order by id and keeps its big sku ids exact', async () => {
    const { platform, adapter, window } = setup();
    const ids = platform.controls.seedOrders(shopId, 3, window(minute));
    const items = await Promise.all(
      ids.map((platformOrderId) => adapter.getOrder({ shopId, platformOrderId })),
    );
    const skuIds = items.flatMap((item) => (item.ok ? item.order.lines.map((line) => line.skuId) : []));
    expect(
      skuIds.some((skuId) => skuId !== undefined && BigInt(skuId) > BigInt(Number.MAX_SAFE_INTEGER)),
    ).toBe(true);
  });

  it('ships with the logistics_id from the company list, or refuses an unknown carrier', async () => {
    const { platform, adapter, bodies, window } = setup();
    const [id] = platform.controls.seedOrders(shopId, 1, window(minute));
    await adapter.ship({
      shopId,
      platformOrderId: id as string,
      parcels: [{ carrierCode: 'ZTO', trackingNumber: 'ZT1' }],
    });
    expect(bodies.find((body) => body['type'] === 'pdd.logistics.online.send')).toMatchObject({
      logistics_id: '115',
      tracking_number: 'ZT1',
    });
    await expect(
      adapter.ship({
        shopId,
        platformOrderId: id as string,
        parcels: [{ carrierCode: 'NOPE', trackingNumber: 'X' }],
      }),
    ).rejects.toSatisfy((error: unknown) => OmsError.isCode(error, 'invalid_input'));
    await expect(
      adapter.ship({
        shopId,
        platformOrderId: id as string,
        parcels: [
          { carrierCode: 'SF', trackingNumber: 'A' },
          { carrierCode: 'SF', trackingNumber: 'B' },
        ],
      }),
    ).rejects.toSatisfy((error: unknown) => OmsError.isCode(error, 'unsupported'));
    expect(bodies.filter((body) => body['type'] === 'pdd.logistics.companies.get').length).toBe(1);
  });

  it('lists after-sales in a window', async () => {
    const { platform, adapter, window } = setup();
    const span = window(10 * minute);
    const modified = new Date(Date.parse(span.from) + minute).toISOString();
    platform.putRefund(
      shopId,
      {
        id: 77,
        order_sn: '261111-1',
        after_sales_status: 4,
        after_sales_type: 2,
        refund_amount: '9.90',
        created_time: '2026-11-11 09:00:00',
        updated_time: '2026-11-11 09:01:00',
      },
      modified,
    );
    platform.putRefund(
      shopId,
      {
        id: 78,
        order_sn: '261111-2',
        after_sales_status: 99,
        after_sales_type: 2,
        refund_amount: '1.00',
        created_time: '2026-11-11 09:00:00',
      },
      modified,
    );
    const page = await adapter.listAfterSales?.({ shopId, window: span });
    expect(page?.items.length).toBe(2);
    const [good, bad] = page?.items ?? [];
    expect(good?.ok && good.afterSale).toMatchObject({
      platformAfterSaleId: '77',
      status: 'refund_pending',
      type: 'refund_only_unshipped',
    });
    expect(bad?.ok === false && bad.error.path).toEqual(['after_sales_status']);
    expect(bad?.ok === false && bad.platformAfterSaleId).toBe('78');
  });

  it('refuses unknown or mistyped settings', () => {
    const base = { clientId: 'c', clientSecret: 's', accessToken: () => 't' };
    expect(() => createPddAdapter({ ...base, pageSize: 101 })).toThrow(OmsError);
    expect(() => createPddAdapter({ ...base, clientSecrett: 'x' } as PddAdapterSettings)).toThrow(
      /clientSecrett/,
    );
    expect(() => createPddAdapter({ ...base, clientId: '' })).toThrow(/clientId/);
  });
});
