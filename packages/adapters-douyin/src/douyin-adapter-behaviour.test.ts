import { OmsError } from '@omskit/core';
import { collectOrderWindow } from '@omskit/core/testing';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDouyinAdapter } from './douyin-adapter';
import type { DouyinAdapterSettings } from './douyin-settings';
import { signDouyinRequest } from './douyin-sign';
import { createDouyinMockPlatform } from './testing';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const shopId = '4463798';

function setup(overrides: Partial<DouyinAdapterSettings> = {}) {
  const platform = createDouyinMockPlatform({ baseUrl: 'https://douyin.mock.test' });
  server.use(...platform.handlers);
  let token = platform.issueToken(shopId);
  const sent: Request[] = [];
  const logged: string[] = [];
  const log = (message: string, fields?: unknown) =>
    logged.push(`${message} ${JSON.stringify(fields ?? {})}`);
  const settings: DouyinAdapterSettings = {
    appKey: platform.appKey,
    appSecret: platform.appSecret,
    baseUrl: platform.baseUrl,
    accessToken: () => token,
    refreshAccessToken: (shop) => {
      token = platform.issueToken(shop);
      return token;
    },
    clock: { now: () => Date.parse(platform.controls.now()) },
    retry: { retries: 2, minTimeoutMs: 1, maxTimeoutMs: 2 },
    fetch: async (input, init) => {
      const request = new Request(input, init);
      sent.push(request.clone());
      return globalThis.fetch(request);
    },
    logger: { debug: log, info: log, warn: log, error: log },
    ...overrides,
  };
  const hour = 3_600_000;
  const to = Date.parse(platform.controls.now()) - hour;
  const window = { from: new Date(to - 30 * 60_000).toISOString(), to: new Date(to).toISOString() };
  return { platform, adapter: createDouyinAdapter(settings), sent, logged, window, token: () => token };
}

describe('createDouyinAdapter against the mock platform', () => {
  it('sends a signed POST with the system parameters in the query and param_json as the body', async () => {
    const { adapter, platform, sent, window, token } = setup();
    platform.controls.seedOrders(shopId, 2, window);
    await adapter.listOrders({ shopId, window });
    const request = sent[0] as Request;
    const url = new URL(request.url);
    expect(request.method).toBe('POST');
    expect(url.pathname).toBe('/order/searchList');
    const query = Object.fromEntries(url.searchParams);
    expect(query).toMatchObject({
      app_key: platform.appKey,
      method: 'order.searchList',
      v: '2',
      sign_method: 'hmac-sha256',
    });
    expect(query['access_token']).toBe(token());
    const body = await request.text();
    expect(JSON.parse(body)).toMatchObject({ order_by: 'update_time', order_asc: true, page: 0, size: 100 });
    expect(query['sign']).toBe(
      signDouyinRequest(
        {
          appKey: platform.appKey,
          method: 'order.searchList',
          paramJson: body,
          timestamp: query['timestamp'] ?? '',
        },
        platform.appSecret,
      ),
    );
  });

  it('never logs bodies, tokens or receivers', async () => {
    const { adapter, platform, logged, window, token } = setup();
    platform.controls.seedOrders(shopId, 3, window);
    platform.controls.injectFaults('throttle', 1);
    await collectOrderWindow(adapter, shopId, window);
    const text = logged.join('\n');
    expect(text).not.toContain(token());
    expect(text).not.toContain('param_json');
    expect(text).not.toContain('**');
  });

  it('works with md5 signing and wall-clock timestamps', async () => {
    const { adapter, platform, window, sent } = setup({
      signMethod: 'md5',
      timestampFormat: 'shanghai-wall-time',
    });
    const ids = platform.controls.seedOrders(shopId, 3, window);
    const { items } = await collectOrderWindow(adapter, shopId, window);
    expect(items.map((item) => item.ok && item.order.platformOrderId).sort()).toEqual([...ids].sort());
    expect(new URL((sent[0] as Request).url).searchParams.get('timestamp')).toMatch(
      /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/,
    );
  });

  it('pages through more than a page of orders that share one second', async () => {
    const { adapter, platform, window } = setup({ pageSize: 20 });
    const second = { from: window.from, to: new Date(Date.parse(window.from) + 1500).toISOString() };
    const crowded = platform.controls.seedOrders(shopId, 45, second);
    const spread = platform.controls.seedOrders(shopId, 30, window);
    const { items, pages } = await collectOrderWindow(adapter, shopId, window);
    const ids = items.map((item) => (item.ok ? item.order.platformOrderId : ''));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...crowded, ...spread].sort());
    expect(pages).toBeGreaterThan(3);
  });

  it('reports the total on the first page and refuses a token from another window', async () => {
    const { adapter, platform, window } = setup({ pageSize: 10 });
    platform.controls.seedOrders(shopId, 25, window);
    const first = await adapter.listOrders({ shopId, window });
    expect(first.total).toBe(25);
    expect(first.nextPageToken).toBeDefined();
    const other = { from: window.from, to: new Date(Date.parse(window.to) - 60_000).toISOString() };
    await expect(
      adapter.listOrders({ shopId, window: other, pageToken: first.nextPageToken }),
    ).rejects.toSatisfy((error: unknown) => OmsError.isCode(error, 'invalid_input'));
    await expect(adapter.listOrders({ shopId, window, pageToken: 'garbage' })).rejects.toSatisfy(
      (error: unknown) => OmsError.isCode(error, 'invalid_input'),
    );
  });

  it('gives up with auth_expired when the refreshed token is refused too', async () => {
    let refreshes = 0;
    const { adapter, platform, window } = setup({
      accessToken: () => 'revoked',
      refreshAccessToken: () => {
        refreshes += 1;
        return 'still-revoked';
      },
    });
    platform.controls.seedOrders(shopId, 1, window);
    await expect(adapter.listOrders({ shopId, window })).rejects.toSatisfy((error: unknown) =>
      OmsError.isCode(error, 'auth_expired'),
    );
    expect(refreshes).toBe(1);
  });

  it('ships split parcels through the multi-pack API and refuses an unknown carrier', async () => {
    const { adapter, platform, window, sent } = setup();
    const [id] = platform.controls.seedOrders(shopId, 1, window) as [string];
    const raw = platform.rawOrder(shopId, id);
    const lines = ((raw?.['sku_order_list'] ?? []) as { order_id: string }[]).map((line) => line.order_id);
    await expect(
      adapter.ship({ shopId, platformOrderId: id, parcels: [{ carrierCode: 'NOPE', trackingNumber: '1' }] }),
    ).rejects.toSatisfy(
      (error: unknown) => OmsError.isCode(error, 'invalid_input') && error.path?.[2] === 'carrierCode',
    );
    await adapter.ship({
      shopId,
      platformOrderId: id,
      parcels: [
        {
          carrierCode: 'ZTO',
          trackingNumber: '7300000000001',
          lines: [{ lineId: lines[0] as string, quantity: 1 }],
        },
        { carrierCode: 'YTO', trackingNumber: 'YT0000000000002' },
      ],
    });
    expect(platform.controls.shippedTrackingNumbers(shopId, id)).toEqual([
      '7300000000001',
      'YT0000000000002',
    ]);
    const last = sent[sent.length - 1] as Request;
    expect(new URL(last.url).pathname).toBe('/order/logisticsAddMultiPack');
    expect(JSON.parse(await last.text())).toMatchObject({
      pack_list: [
        { company_code: 'zhongtong', shipped_order_info: [{ shipped_order_id: lines[0], shipped_num: 1 }] },
        { company_code: 'yuantong' },
      ],
    });
    const shipped = await adapter.getOrder({ shopId, platformOrderId: id });
    expect(shipped.ok && shipped.order.status).toBe('shipped');
  });

  it('decrypts receivers on request', async () => {
    const { adapter, platform, window } = setup();
    const [id] = platform.controls.seedOrders(shopId, 1, window) as [string];
    const item = await adapter.getOrder({ shopId, platformOrderId: id });
    if (!item.ok) throw item.error;
    const [receiver] = await adapter.decryptReceivers({
      shopId,
      orders: [item.order],
      purpose: 'print waybill',
    });
    expect(receiver).toEqual({ platformOrderId: id, name: '测试收件人', phone: '13800000000' });
  });

  it('lists after-sales modified in a window', async () => {
    const { adapter, platform, window } = setup({ pageSize: 1 });
    const second = Math.floor(Date.parse(window.from) / 1000) + 60;
    for (const [index, type] of [0, 2].entries()) {
      platform.putAfterSale(shopId, {
        aftersale_info: {
          aftersale_id: `714000000000000000${index}`,
          aftersale_type: type,
          aftersale_status: 6,
          refund_amount: 1000,
          apply_time: second,
          update_time: second + index,
        },
        order_info: {
          shop_order_id: '6921841377339523401',
          related_order_info: [{ sku_order_id: '6921841377339523402', item_num: 1 }],
        },
      });
    }
    const first = await adapter.listAfterSales({ shopId, window });
    const second_ = await adapter.listAfterSales({ shopId, window, pageToken: first.nextPageToken });
    expect([...first.items, ...second_.items].map((item) => item.ok && item.afterSale.type)).toEqual([
      'return_refund',
      'refund_only_unshipped',
    ]);
    expect(second_.nextPageToken).toBeUndefined();
  });

  it('refuses malformed settings naming them', () => {
    const base = { appKey: 'k', appSecret: 's', accessToken: () => 't' };
    expect(() => createDouyinAdapter({ ...base, pageSize: 101 })).toThrow(
      expect.objectContaining({ path: ['pageSize'] }),
    );
    expect(() => createDouyinAdapter({ ...base, appSecret: '' })).toThrow(
      expect.objectContaining({ path: ['appSecret'] }),
    );
    expect(() => createDouyinAdapter({ ...base, typo: true } as DouyinAdapterSettings)).toThrow(
      expect.objectContaining({ path: ['typo'] }),
    );
  });
});
