import { formatShanghaiWallTime } from '@omskit/core';
import { parseJsonExact } from '@omskit/core/gateway';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { signTaobaoRequest } from '../taobao-sign';
import { createTaobaoMockPlatform, type TaobaoMockPlatformOptions } from '.';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function platform(options: TaobaoMockPlatformOptions = {}) {
  const mock = createTaobaoMockPlatform({ now: '2026-11-11T04:00:00.000Z', ...options });
  server.use(...mock.handlers);
  const token = mock.addShop('s1');
  const call = async (params: Record<string, string>, secret = mock.appSecret) => {
    const all: Record<string, string> = {
      app_key: mock.appKey,
      timestamp: formatShanghaiWallTime(mock.clock.now()),
      format: 'json',
      v: '2.0',
      sign_method: 'md5',
      session: token,
      ...params,
    };
    all.sign = signTaobaoRequest(all, secret, 'md5');
    const response = await fetch(mock.baseUrl, { method: 'POST', body: new URLSearchParams(all) });
    return parseJsonExact(await response.text()) as { [key: string]: { [key: string]: unknown } };
  };
  return { mock, call, token };
}

const errorCode = (body: { [key: string]: { [key: string]: unknown } }) => body.error_response?.code;

describe('the mock TOP gateway', () => {
  it('refuses a bad signature, a skewed timestamp, an unknown method and a missing session with TOP codes', async () => {
    const { mock, call } = platform();
    expect(errorCode(await call({ method: 'taobao.trade.fullinfo.get', tid: '1' }, 'wrong'))).toBe(25);
    const skewed = formatShanghaiWallTime(mock.clock.now() - 11 * 60 * 1000);
    expect(errorCode(await call({ method: 'taobao.trade.fullinfo.get', tid: '1', timestamp: skewed }))).toBe(
      31,
    );
    expect(errorCode(await call({ method: 'taobao.nothing.here' }))).toBe(22);
    expect(errorCode(await call({ method: 'taobao.trade.fullinfo.get', tid: '1', session: '' }))).toBe(26);
  });

  it('writes ids above 2^53 as bare JSON numbers, as TOP does', async () => {
    const { mock, call } = platform();
    const now = Date.parse(mock.controls.now());
    const [tid] = mock.controls.seedOrders('s1', 1, {
      from: new Date(now - 60_000).toISOString(),
      to: new Date(now).toISOString(),
    });
    const body = await call({ method: 'taobao.trade.fullinfo.get', tid: tid as string, fields: 'tid' });
    const trade = body.trade_fullinfo_get_response?.trade as { tid: unknown };
    expect(trade.tid).toBe(tid);
    expect(BigInt(tid as string) > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
  });

  it('pages newest first with total_results and enforces a page cap', async () => {
    const { mock, call } = platform({ maxPageNo: 2 });
    const now = Date.parse(mock.controls.now());
    const window = { from: new Date(now - 600_000).toISOString(), to: new Date(now - 1000).toISOString() };
    mock.controls.seedOrders('s1', 5, window);
    const params = {
      method: 'taobao.trades.sold.increment.get',
      fields: 'tid,modified',
      start_modified: formatShanghaiWallTime(Date.parse(window.from)),
      end_modified: formatShanghaiWallTime(Date.parse(window.to)),
      page_size: '2',
    };
    const first = (await call({ ...params, page_no: '1' })).trades_sold_increment_get_response as {
      total_results: number;
      trades: { trade: { modified: string }[] };
    };
    expect(first.total_results).toBe(5);
    const [newer, older] = first.trades.trade;
    expect((newer?.modified ?? '') > (older?.modified ?? '')).toBe(true);
    expect(errorCode(await call({ ...params, page_no: '3' }))).toBe(41);
  });

  it('throttles past its call rate with code 7 and a retry-after message', async () => {
    const { call } = platform({ maxCallsPerSecond: 2 });
    const method = { method: 'taobao.logistics.companies.get', fields: 'code' };
    await call(method);
    await call(method);
    const third = await call(method);
    expect(errorCode(third)).toBe(7);
    expect(third.error_response?.sub_msg).toContain('more seconds');
  });

  it('expires tokens after their lifetime on the platform clock', async () => {
    const { mock, call } = platform({ tokenTtlMs: 60_000 });
    const method = { method: 'taobao.logistics.companies.get', fields: 'code' };
    expect(errorCode(await call(method))).toBeUndefined();
    mock.controls.advance(60_000);
    expect(errorCode(await call(method))).toBe(27);
  });
});
