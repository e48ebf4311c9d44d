import { parseJsonExact } from '@omskit/core/gateway';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeDouyinParamJson } from '../douyin-param-json';
import { signDouyinRequest } from '../douyin-sign';
import { mapDouyinOrder } from '../map-douyin-order';
import { createDouyinMockPlatform } from './douyin-mock-platform';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterAll(() => server.close());

const shopId = '4463798';

function setup() {
  const platform = createDouyinMockPlatform({ baseUrl: 'https://douyin-raw.mock.test', maxPages: 3 });
  server.resetHandlers(...platform.handlers);
  const token = platform.issueToken(shopId);
  const nowSeconds = Math.floor(Date.parse(platform.controls.now()) / 1000);
  const call = async (
    method: string,
    params: { [key: string]: string | number | boolean },
    tweak: { secret?: string; timestamp?: number; token?: string } = {},
  ) => {
    const paramJson = serializeDouyinParamJson(params);
    const timestamp = String(tweak.timestamp ?? nowSeconds);
    const sign = signDouyinRequest(
      { appKey: platform.appKey, method, paramJson, timestamp },
      tweak.secret ?? platform.appSecret,
    );
    const query = new URLSearchParams({
      app_key: platform.appKey,
      method,
      v: '2',
      timestamp,
      sign,
      sign_method: 'hmac-sha256',
      access_token: tweak.token ?? token,
    });
    const response = await fetch(`${platform.baseUrl}/${method.replace('.', '/')}?${query}`, {
      method: 'POST',
      body: paramJson,
    });
    const text = await response.text();
    return {
      text,
      body: parseJsonExact(text) as { code: number; sub_code: string; data: { [key: string]: unknown } },
    };
  };
  const window = {
    from: new Date((nowSeconds - 7200) * 1000).toISOString(),
    to: new Date((nowSeconds - 3600) * 1000).toISOString(),
  };
  return { platform, call, nowSeconds, window };
}

describe('the Douyin mock platform', () => {
  it('refuses a bad signature, a stale timestamp and an unknown token in the platform envelope', async () => {
    const { call, nowSeconds } = setup();
    expect((await call('order.searchList', { page: 0, size: 10 }, { secret: 'x' })).body).toMatchObject({
      code: 40003,
      sub_code: 'isv.signature-invalid',
    });
    expect(
      (await call('order.searchList', { page: 0, size: 10 }, { timestamp: nowSeconds - 601 })).body,
    ).toMatchObject({
      code: 40003,
      sub_code: 'isv.timestamp-invalid',
    });
    expect((await call('order.searchList', { page: 0, size: 10 }, { token: 'nope' })).body).toMatchObject({
      code: 40003,
      sub_code: 'isv.access-token-no-existed',
    });
  });

  it('pages from 0 with at most 100 a page, a page-depth limit and the total', async () => {
    const { platform, call, window } = setup();
    platform.controls.seedOrders(shopId, 25, window);
    expect((await call('order.searchList', { page: 0, size: 101 })).body.code).toBe(40004);
    expect((await call('order.searchList', { page: 3, size: 10 })).body.code).toBe(40004);
    const page = await call('order.searchList', {
      page: 2,
      size: 10,
      order_by: 'update_time',
      order_asc: true,
    });
    expect(page.body.data).toMatchObject({ page: 2, size: 10, total: 25 });
    expect(page.body.data['shop_order_list']).toHaveLength(5);
  });

  it('throttles and fails on request, recording the calls', async () => {
    const { platform, call } = setup();
    platform.controls.injectFaults('throttle', 1);
    platform.controls.injectFaults('timeout', 1);
    expect((await call('order.searchList', { page: 0, size: 10 })).body.code).toBe(60000);
    expect((await call('order.searchList', { page: 0, size: 10 })).body.code).toBe(20001);
    expect((await call('order.searchList', { page: 0, size: 10 })).body.code).toBe(10000);
    expect(platform.controls.calls().map((entry) => entry.ok)).toEqual([false, false, true]);
  });

  it('generates realistic orders: int64 product ids as bare integers, several lines, masked receivers', async () => {
    const { platform, call, window } = setup();
    platform.controls.seedOrders(shopId, 40, window);
    const { text, body } = await call('order.searchList', { page: 0, size: 100 });
    expect(text).toMatch(/"product_id":3473196049\d{9}[,}]/);
    const orders = body.data['shop_order_list'] as unknown[];
    const mapped = orders.map((raw) => mapDouyinOrder(raw, { shopId }));
    expect(mapped.every(({ warnings }) => warnings.length === 0)).toBe(true);
    expect(mapped.some(({ order }) => order.lines.length > 1)).toBe(true);
    expect(mapped.some(({ order }) => order.totals.discount.amount > 0)).toBe(true);
    expect(
      mapped.some(
        ({ order }) => !order.receiver.province.endsWith('省') && !order.receiver.province.endsWith('市'),
      ),
    ).toBe(true);
    for (const { order } of mapped) {
      expect(order.receiver.nameMasked).toContain('*');
      expect(order.receiver.provinceCode).toMatch(/^\d{6}$/);
      expect(BigInt(order.platformOrderId) > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
    }
  });
});
