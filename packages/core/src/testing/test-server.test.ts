import { describe, expect, it, vi } from 'vitest';
import { OmsError } from '../errors/oms-error';
import { createTestServer } from './test-server';
import { useTestServer } from './use-test-server';

const taobao = 'https://gw.api.taobao.com/router/rest';
const jd = 'https://api.jd.com/routerjson';
const douyin = 'https://openapi-fxg.jinritemai.com/order/orderDetail';

/** Fetching `url` rejects and msw reports the unhandled request (silenced here). */
async function expectUnhandled(url: string): Promise<void> {
  const report = vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    await expect(fetch(url)).rejects.toThrow();
    expect(report).toHaveBeenCalled();
  } finally {
    report.mockRestore();
  }
}

describe('useTestServer', () => {
  const server = useTestServer({
    [taobao]: Response.json({ trades_sold_get_response: { total_results: 0 } }),
    [jd]: [Response.json({ code: '0', page: 1 }), Response.json({ code: '0', page: 2 })],
    [douyin]: async (call) => Response.json({ echo: call.body, method: call.method }, { status: 201 }),
  });

  it('answers with the canned response as often as it is called and records the query', async () => {
    for (let round = 0; round < 2; round += 1) {
      const response = await fetch(`${taobao}?method=taobao.trades.sold.get&page_no=${round + 1}`);
      expect(await response.json()).toEqual({ trades_sold_get_response: { total_results: 0 } });
    }
    expect(server.calls).toHaveLength(2);
    expect(server.callsTo(taobao).map((call) => call.query)).toEqual([
      { method: 'taobao.trades.sold.get', page_no: '1' },
      { method: 'taobao.trades.sold.get', page_no: '2' },
    ]);
    expect(server.calls[0]).toMatchObject({ method: 'GET', bodyText: '', body: undefined });
  });

  it('records a form-encoded body as fields and headers in lower case', async () => {
    await fetch(taobao, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=utf-8', 'X-Trace': 't-1' },
      body: new URLSearchParams({ method: 'taobao.logistics.online.send', tid: '1001', sign: 'ABC' }),
    });
    const [call] = server.callsTo(taobao);
    expect(call?.body).toEqual({ method: 'taobao.logistics.online.send', tid: '1001', sign: 'ABC' });
    expect(call?.bodyText).toBe('method=taobao.logistics.online.send&tid=1001&sign=ABC');
    expect(call?.headers).toMatchObject({ 'x-trace': 't-1' });
  });

  it('hands the recorded call to a handler, JSON body parsed', async () => {
    const response = await fetch(douyin, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ shop_order_id: '6920000000000000001' }),
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ echo: { shop_order_id: '6920000000000000001' }, method: 'POST' });
    expect(server.callsTo(douyin)[0]?.body).toEqual({ shop_order_id: '6920000000000000001' });
  });

  it('uses a list of responses one per call, then fails loudly', async () => {
    expect(await (await fetch(jd)).json()).toEqual({ code: '0', page: 1 });
    expect(await (await fetch(jd)).json()).toEqual({ code: '0', page: 2 });
    const exhausted = await fetch(jd);
    expect(exhausted.status).toBe(500);
    expect(await exhausted.text()).toContain('no response left');
    expect(server.callsTo(jd)).toHaveLength(3);
  });

  it('rewinds lists and forgets calls on reset, which runs after each test', async () => {
    expect(server.calls).toEqual([]);
    expect(await (await fetch(jd)).json()).toEqual({ code: '0', page: 1 });
  });

  it('lets one test replace a route until the reset', async () => {
    server.respond(taobao, new Response('{"error_response":{"code":7}}', { status: 200 }));
    server.respond('https://eco.taobao.com/router/rest', Response.json({ ok: true }));
    expect(await (await fetch(taobao)).json()).toEqual({ error_response: { code: 7 } });
    expect(await (await fetch('https://eco.taobao.com/router/rest')).json()).toEqual({ ok: true });
    server.reset();
    expect(await (await fetch(taobao)).json()).toEqual({ trades_sold_get_response: { total_results: 0 } });
    await expectUnhandled('https://eco.taobao.com/router/rest');
  });

  it('fails a request to a URL without a route', async () => {
    await expectUnhandled('https://open-api.pinduoduo.com/api/router');
    await expectUnhandled('https://gw.api.taobao.com/other');
    expect(server.calls).toEqual([]);
  });
});

describe('createTestServer', () => {
  it('refuses route URLs that are not absolute or carry a query', () => {
    for (const url of ['/router/rest', `${taobao}?method=x`]) {
      let caught: unknown;
      try {
        createTestServer({ [url]: new Response('') });
      } catch (error) {
        caught = error;
      }
      expect(OmsError.isCode(caught, 'invalid_input')).toBe(true);
    }
  });

  it('starts and stops intercepting on listen and close', async () => {
    const server = createTestServer({ 'https://api.example.test/ping': new Response('pong') });
    server.listen();
    try {
      expect(await (await fetch('https://api.example.test/ping')).text()).toBe('pong');
      expect(server.callsTo('https://api.example.test/ping?ignored=1')).toHaveLength(1);
    } finally {
      server.close();
    }
  });
});
