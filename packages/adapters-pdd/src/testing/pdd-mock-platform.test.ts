import { parseJsonExact } from '@omskit/core/gateway';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildPddRequestBody } from '../pdd-call';
import { pddGatewayUrl } from '../pdd-settings';
import type { PddParams } from '../pdd-sign';
import { createPddMockPlatform } from './pdd-mock-platform';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function setup() {
  const platform = createPddMockPlatform();
  server.use(...platform.handlers);
  const token = platform.issueToken('shop');
  const nowSeconds = Math.floor(platform.clock.now() / 1000);
  const call = async (params: PddParams, secret = platform.clientSecret) => {
    const response = await fetch(pddGatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: buildPddRequestBody(
        {
          client_id: platform.clientId,
          timestamp: nowSeconds,
          access_token: token,
          data_type: 'JSON',
          ...params,
        },
        secret,
      ),
    });
    return {
      status: response.status,
      json: parseJsonExact(await response.text()) as { [key: string]: unknown },
    };
  };
  const list = (extra: PddParams = {}) =>
    call({
      type: 'pdd.order.number.list.increment.get',
      start_updated_at: nowSeconds - 3600,
      end_updated_at: nowSeconds - 1800,
      ...extra,
    });
  return { platform, call, list, nowSeconds };
}

const errorCodeOf = (json: { [key: string]: unknown }) =>
  (json['error_response'] as { error_code?: number } | undefined)?.error_code;

describe('createPddMockPlatform', () => {
  it("answers a correctly signed call in PDD's envelope with total_count", async () => {
    const { platform, list, nowSeconds } = setup();
    platform.controls.seedOrders('shop', 3, {
      from: new Date((nowSeconds - 3000) * 1000).toISOString(),
      to: new Date((nowSeconds - 2000) * 1000).toISOString(),
    });
    const { json } = await list({ page: 1, page_size: 2 });
    const root = json['order_sn_increment_get_response'] as {
      total_count: number;
      has_next: boolean;
      order_sn_list: unknown[];
    };
    expect(root.total_count).toBe(3);
    expect(root.has_next).toBe(true);
    expect(root.order_sn_list.length).toBe(2);
  });

  it.each([
    ['a wrong secret', { secret: 'nope' }, 20004],
    ['a stale timestamp', { params: { timestamp: 1 } }, 10002],
    ['an unknown token', { params: { access_token: 'stolen' } }, 10019],
    ['a range over 30 minutes', { params: { start_updated_at: 0 } }, 10000],
    ['page_size over 100', { params: { page_size: 101 } }, 10000],
    ['a page beyond the deepest', { params: { page: 101 } }, 10000],
  ] as const)("refuses %s with the platform's error envelope", async (_name, change, code) => {
    const { list, call, nowSeconds } = setup();
    const params = 'params' in change ? change.params : {};
    const result =
      'secret' in change
        ? await call(
            {
              type: 'pdd.order.number.list.increment.get',
              start_updated_at: nowSeconds - 60,
              end_updated_at: nowSeconds,
            },
            change.secret,
          )
        : await list(params);
    expect(result.status).toBe(200);
    expect(errorCodeOf(result.json)).toBe(code);
  });

  it('expires tokens, throttles and fails on request, recording every call', async () => {
    const { platform, list } = setup();
    platform.controls.injectFaults('throttle', 1);
    platform.controls.injectFaults('server_error', 1);
    expect(errorCodeOf((await list()).json)).toBe(52101);
    const failed = await list();
    expect(failed.status).toBe(500);
    expect(errorCodeOf(failed.json)).toBe(50001);
    platform.controls.expireToken('shop');
    expect(errorCodeOf((await list()).json)).toBe(10019);
    expect(platform.controls.calls().map((entry) => entry.ok)).toEqual([false, false, false]);
  });

  it('generates realistic orders: several lines, masked receivers, big ids as bare integers', async () => {
    const { platform, list, nowSeconds } = setup();
    platform.controls.seedOrders('shop', 30, {
      from: new Date((nowSeconds - 3000) * 1000).toISOString(),
      to: new Date((nowSeconds - 2000) * 1000).toISOString(),
    });
    const { json } = await list();
    const orders = (
      json['order_sn_increment_get_response'] as { order_sn_list: { [key: string]: unknown }[] }
    ).order_sn_list;
    expect(orders.some((order) => (order['item_list'] as unknown[]).length > 1)).toBe(true);
    expect(orders.every((order) => String(order['receiver_name_mask']).endsWith('*'))).toBe(true);
    const skuIds = orders.flatMap((order) =>
      (order['item_list'] as { sku_id: unknown }[]).map((item) => item.sku_id),
    );
    expect(
      skuIds.some((skuId) => typeof skuId === 'string' && BigInt(skuId) > BigInt(Number.MAX_SAFE_INTEGER)),
    ).toBe(true);
    expect(orders.some((order) => typeof order['pay_amount'] === 'string')).toBe(true);
    expect(orders.some((order) => typeof order['pay_amount'] === 'number')).toBe(true);
  });
});
