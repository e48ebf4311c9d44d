import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { serializeJdParamJson } from '../jd-param-json';
import { signJdRequest } from '../jd-sign';
import { formatJdTimestamp } from '../jd-timestamp';
import { createJdMockPlatform } from './jd-mock-platform';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const shopId = 'shop-1';

function start(options: Parameters<typeof createJdMockPlatform>[0] = {}) {
  const jd = createJdMockPlatform(options);
  server.use(...jd.handlers);
  const token = jd.issueToken(shopId);
  const call = async (business: Record<string, string | number>, overrides: Record<string, string> = {}) => {
    const params: Record<string, string> = {
      method: 'jingdong.pop.order.search',
      access_token: token,
      app_key: jd.appKey,
      timestamp: formatJdTimestamp(jd.clock.now()),
      v: '2.0',
      '360buy_param_json': serializeJdParamJson(business),
      ...overrides,
    };
    params['sign'] = overrides['sign'] ?? signJdRequest(params, jd.appSecret);
    const response = await fetch(jd.baseUrl, { method: 'POST', body: new URLSearchParams(params) });
    return (await response.json()) as Record<string, Record<string, unknown>>;
  };
  return { jd, call };
}

const search = {
  start_date: '2026-11-11 10:00:00',
  end_date: '2026-11-11 10:59:59',
  page: '1',
  page_size: '50',
};

describe('createJdMockPlatform', () => {
  it('answers a signed search with the _responce root, orderTotal and realistic orders', async () => {
    const { jd, call } = start();
    jd.controls.seedOrders(shopId, 60, { from: '2026-11-11T02:00:00.000Z', to: '2026-11-11T03:00:00.000Z' });
    const body = await call(search);
    const result = body['jingdong_pop_order_search_responce']?.['searchorderinfo_result'] as {
      orderTotal: number;
      orderInfoList: Record<string, unknown>[];
    };
    expect(result.orderTotal).toBe(60);
    expect(result.orderInfoList).toHaveLength(50);
    const order = result.orderInfoList[0];
    expect(order?.['orderPayment']).toMatch(/^\d+\.\d{2}$/);
    expect((order?.['consigneeInfo'] as Record<string, string> | undefined)?.['fullname']).toContain('*');
  });

  it.each([
    ['a wrong signature', { sign: '00000000000000000000000000000000' }, '12'],
    ['an unknown method', { method: 'jingdong.nothing' }, '15'],
    ['a stale timestamp', { timestamp: '2026-11-11 11:00:00' }, '8'],
    ['a token it never issued', { access_token: 'forged' }, '19'],
  ])('refuses %s with the JOS error envelope', async (_name, overrides, code) => {
    const { call } = start();
    const body = await call(search, overrides);
    expect(body['error_response']?.['code']).toBe(code);
  });

  it('refuses pages past its page limit and pages larger than 100', async () => {
    const { call } = start({ maxPages: 3 });
    const tooFar = await call({ ...search, page: '4' });
    const tooBig = await call({ ...search, page_size: '101' });
    for (const body of [tooFar, tooBig]) {
      const result = body['jingdong_pop_order_search_responce']?.['searchorderinfo_result'] as {
        apiResult: { success: boolean };
      };
      expect(result.apiResult.success).toBe(false);
    }
  });

  it('expires tokens after their lifetime on its own clock', async () => {
    const { jd, call } = start({ tokenTtlMs: 60_000 });
    jd.controls.advance(61_000);
    const body = await call(search, { timestamp: formatJdTimestamp(jd.clock.now()) });
    expect(body['error_response']?.['code']).toBe('19');
  });
});
