import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LogFields, Logger } from '../contracts/common';
import { OmsError } from '../errors/oms-error';
import { createGatewayClient } from './gateway-client';
import type { GatewayClientOptions, GatewayEvent, GatewayResponse } from './gateway-types';

const baseUrl = 'https://gw.example.test/router/rest';
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** A client with millisecond backoff so retry tests stay fast. */
function createClient(overrides: Partial<GatewayClientOptions> = {}) {
  const events: GatewayEvent[] = [];
  const client = createGatewayClient({
    platform: 'taobao',
    baseUrl,
    retry: { minTimeoutMs: 1, maxTimeoutMs: 5 },
    onEvent: (event) => events.push(event),
    ...overrides,
  });
  return { client, events };
}

/** Serves `responses` in order (the last one repeats) and records every request seen. */
function serve(...responses: (() => Response)[]) {
  const seen: Request[] = [];
  server.use(
    http.all(baseUrl, ({ request }) => {
      seen.push(request);
      const respond = responses[Math.min(seen.length, responses.length) - 1];
      return respond ? respond() : HttpResponse.text('no response configured', { status: 599 });
    }),
  );
  return seen;
}

async function rejection(promise: Promise<unknown>): Promise<OmsError> {
  try {
    await promise;
  } catch (error) {
    if (OmsError.is(error)) return error;
    throw new Error(`expected an OmsError, got ${String(error)}`);
  }
  throw new Error('expected the call to fail');
}

// Taobao-style classifier: a 200 whose body is an `error_response` envelope.
function classifyTaobao(response: GatewayResponse): OmsError | undefined {
  const envelope = (response.json as { error_response?: { code?: number; sub_code?: string } } | undefined)
    ?.error_response;
  if (envelope === undefined) return undefined;
  if (envelope.code === 7) {
    return new OmsError('rate_limited', 'app call limited', { platformCode: '7', retryAfterMs: 50 });
  }
  return new OmsError('platform_rejected', 'rejected', {
    platformCode: `${envelope.code}:${envelope.sub_code}`,
  });
}

describe('createGatewayClient', () => {
  it('sends the request and returns the parsed response, big ids kept exact', async () => {
    const seen = serve(() =>
      HttpResponse.text('{"trade":{"tid":289749893210214687,"payment":"259.00"}}', {
        headers: { 'content-type': 'text/javascript;charset=UTF-8' },
      }),
    );
    const { client, events } = createClient();
    const response = await client.request({
      searchParams: { method: 'taobao.trade.get', session: 'secret-token' },
      headers: { 'x-trace': 'abc' },
      operation: 'taobao.trade.get',
    });
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ trade: { tid: '289749893210214687', payment: '259.00' } });
    expect(response.text).toContain('289749893210214687');
    expect(seen).toHaveLength(1);
    expect(seen[0]!.method).toBe('GET');
    expect(new URL(seen[0]!.url).searchParams.get('session')).toBe('secret-token');
    expect(seen[0]!.headers.get('x-trace')).toBe('abc');
    expect(events).toEqual([{ type: 'request', operation: 'taobao.trade.get', attempt: 1 }]);
  });

  it('posts a form body and leaves json undefined for a non-JSON body', async () => {
    const seen = serve(() => HttpResponse.text('success'));
    const { client } = createClient();
    const form = new URLSearchParams({ method: 'taobao.logistics.offline.send', tid: '289749893210214687' });
    const response = await client.request({ method: 'POST', body: form });
    expect(response).toMatchObject({ status: 200, text: 'success', json: undefined });
    expect(seen[0]!.method).toBe('POST');
    expect(seen[0]!.headers.get('content-type')).toContain('application/x-www-form-urlencoded');
    expect(await seen[0]!.text()).toBe(form.toString());
  });

  it('resolves path against baseUrl and lets url bypass it', async () => {
    const seen: string[] = [];
    server.use(
      http.get('https://gw.example.test/router/other', ({ request }) => {
        seen.push(request.url);
        return HttpResponse.json({});
      }),
      http.get('https://elsewhere.example.test/api', ({ request }) => {
        seen.push(request.url);
        return HttpResponse.json({});
      }),
    );
    const { client } = createClient();
    await client.request({ path: 'other' });
    await client.request({ url: 'https://elsewhere.example.test/api?x=1' });
    expect(seen).toEqual(['https://gw.example.test/router/other', 'https://elsewhere.example.test/api?x=1']);
  });

  it('retries a 500 and succeeds, reporting the retry', async () => {
    const seen = serve(
      () => HttpResponse.text('busy', { status: 500 }),
      () => HttpResponse.json({ ok: true }),
    );
    const { client, events } = createClient();
    const response = await client.request({ operation: 'taobao.trades.sold.get' });
    expect(response.json).toEqual({ ok: true });
    expect(seen).toHaveLength(2);
    expect(events).toEqual([
      { type: 'request', operation: 'taobao.trades.sold.get', attempt: 1 },
      {
        type: 'retry',
        operation: 'taobao.trades.sold.get',
        attempt: 2,
        delayMs: expect.any(Number),
        error: 'platform_unavailable',
      },
      { type: 'request', operation: 'taobao.trades.sold.get', attempt: 2 },
    ]);
  });

  it('gives up after the configured retries with the last error', async () => {
    const seen = serve(() => HttpResponse.text('<html>bad gateway</html>', { status: 502 }));
    const { client } = createClient({ retry: { retries: 2, minTimeoutMs: 1, maxTimeoutMs: 2 } });
    const error = await rejection(client.request({ operation: 'taobao.trade.get' }));
    expect(error).toMatchObject({
      code: 'platform_unavailable',
      platform: 'taobao',
      rawPayload: '<html>bad gateway</html>',
    });
    expect(error.message).toBe('taobao taobao.trade.get: HTTP 502');
    expect(seen).toHaveLength(3);
  });

  it('does not retry a platform rejection found by the classifier in a 200 body', async () => {
    const seen = serve(() =>
      HttpResponse.json({ error_response: { code: 15, sub_code: 'isv.invalid-parameter' } }),
    );
    const { client, events } = createClient({ classifyError: classifyTaobao });
    const error = await rejection(client.request({}));
    expect(error).toMatchObject({ code: 'platform_rejected', platformCode: '15:isv.invalid-parameter' });
    expect(seen).toHaveLength(1);
    expect(events.filter((event) => event.type === 'retry')).toEqual([]);
  });

  it('waits at least the retryAfterMs the classifier reports', async () => {
    const seenAt: number[] = [];
    server.use(
      http.all(baseUrl, () => {
        seenAt.push(performance.now());
        return seenAt.length === 1
          ? HttpResponse.json({ error_response: { code: 7 } })
          : HttpResponse.json({ trades: [] });
      }),
    );
    const { client, events } = createClient({ classifyError: classifyTaobao });
    await client.request({});
    expect(seenAt).toHaveLength(2);
    expect(seenAt[1]! - seenAt[0]!).toBeGreaterThanOrEqual(49);
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'retry', error: 'rate_limited', delayMs: 50 }),
    );
  });

  it('maps 429 to rate_limited, honours Retry-After: 0, and hands back a pause too long to wait out', async () => {
    const seen = serve(
      () => HttpResponse.text('slow down', { status: 429, headers: { 'retry-after': '0' } }),
      () => HttpResponse.json({ ok: true }),
    );
    const { client } = createClient();
    await expect(client.request({})).resolves.toMatchObject({ json: { ok: true } });
    expect(seen).toHaveLength(2);

    server.resetHandlers();
    const seenLater = serve(() => HttpResponse.text('', { status: 429, headers: { 'retry-after': '120' } }));
    const error = await rejection(client.request({}));
    expect(error).toMatchObject({ code: 'rate_limited', retryable: true, retryAfterMs: 120_000 });
    expect(seenLater).toHaveLength(1);
  });

  it.each([
    [401, 'auth_expired'],
    [403, 'permission_denied'],
    [404, 'platform_rejected'],
  ] as const)('maps HTTP %i to %s without retrying', async (status, code) => {
    const seen = serve(() => HttpResponse.json({ message: 'no' }, { status }));
    const { client } = createClient();
    expect((await rejection(client.request({}))).code).toBe(code);
    expect(seen).toHaveLength(1);
  });

  it('turns a failed connection into a retryable network error', async () => {
    const seen = serve(() => HttpResponse.error());
    const { client } = createClient({ retry: { retries: 1, minTimeoutMs: 1 } });
    const error = await rejection(client.request({}));
    expect(error).toMatchObject({ code: 'network', retryable: true, platform: 'taobao' });
    expect(error.cause).toBeInstanceOf(TypeError);
    expect(seen).toHaveLength(2);
  });

  // Choice: a 2xx body that claims to be JSON but does not parse is `network` (the OmsErrorCode
  // docs list "malformed response" under it): it is usually a truncated transfer, so it is retried.
  it('reports a malformed JSON body as a network error that keeps the raw text', async () => {
    const seen = serve(() =>
      HttpResponse.text('{"trade":{"tid":2897', { headers: { 'content-type': 'application/json' } }),
    );
    const { client } = createClient({ retry: { retries: 1, minTimeoutMs: 1 } });
    const error = await rejection(client.request({ operation: 'taobao.trade.get' }));
    expect(error).toMatchObject({ code: 'network', retryable: true, rawPayload: '{"trade":{"tid":2897' });
    expect(OmsError.isCode(error.cause, 'invalid_input')).toBe(true);
    expect(error.message).not.toContain('2897');
    expect(seen).toHaveLength(2);
  });

  it('sends through the injected fetch and never the global one', async () => {
    const injected = vi.fn<(input: string | URL | Request, init?: RequestInit) => Promise<Response>>(
      async () => Response.json({ ok: true }),
    );
    const globalFetch = vi.spyOn(globalThis, 'fetch');
    const { client } = createClient({ fetch: injected });
    const response = await client.request({ searchParams: { a: '1' } });
    expect(response.json).toEqual({ ok: true });
    expect(injected).toHaveBeenCalledTimes(1);
    const sent = injected.mock.calls[0]![0];
    expect(sent instanceof Request ? sent.url : String(sent)).toBe(`${baseUrl}?a=1`);
    expect(globalFetch).not.toHaveBeenCalled();
    globalFetch.mockRestore();
  });

  it('passes through an OmsError thrown by an injected fetch, and calls other failures internal', async () => {
    const denied = new OmsError('permission_denied', 'ip not allowed');
    const { client } = createClient({ fetch: async () => Promise.reject(denied) });
    await expect(client.request({})).rejects.toBe(denied);
    const { client: broken } = createClient({ fetch: async () => Promise.reject(new RangeError('bug')) });
    expect((await rejection(broken.request({}))).code).toBe('internal');
  });

  it('logs operation, status and duration, never the query string, headers or body', async () => {
    serve(
      () => HttpResponse.text('busy', { status: 503 }),
      () => HttpResponse.json({ receiver_mobile: '13800138000' }),
    );
    const lines: [string, LogFields | undefined][] = [];
    const record = (message: string, fields?: LogFields) => void lines.push([message, fields]);
    const logger: Logger = { debug: record, info: record, warn: record, error: record };
    const { client } = createClient({ logger });
    await client.request({
      method: 'POST',
      searchParams: { session: 'secret-token' },
      headers: { authorization: 'Bearer secret-header' },
      body: 'receiver=张三&mobile=13800138000',
      operation: 'taobao.trade.get',
    });
    const logged = JSON.stringify(lines);
    for (const secret of ['secret-token', 'secret-header', '13800138000', '张三', 'gw.example.test']) {
      expect(logged).not.toContain(secret);
    }
    expect(lines).toContainEqual([
      'gateway call',
      expect.objectContaining({ operation: 'taobao.trade.get', status: 200, durationMs: expect.any(Number) }),
    ]);
    expect(lines).toContainEqual([
      'gateway call failed',
      expect.objectContaining({ operation: 'taobao.trade.get', status: 503, code: 'platform_unavailable' }),
    ]);
  });

  it('names a call by method and path without the query when no operation is given', async () => {
    serve(() => HttpResponse.json({}));
    const { client, events } = createClient();
    await client.request({ url: `${baseUrl}?session=secret-token` });
    expect(events).toEqual([{ type: 'request', operation: 'GET /router/rest', attempt: 1 }]);
  });

  it('survives an onEvent listener that throws', async () => {
    serve(() => HttpResponse.json({ ok: true }));
    const { client } = createClient({
      onEvent: () => {
        throw new Error('listener bug');
      },
    });
    await expect(client.request({})).resolves.toMatchObject({ status: 200 });
  });

  it('rejects malformed options with the path of the bad field', () => {
    expect(() => createGatewayClient({ platform: 'jd', baseUrl: '/relative' })).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: ['baseUrl'] }),
    );
    expect(() => createGatewayClient({ platform: 'jd', baseUrl, timeoutMs: 0 })).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: ['timeoutMs'] }),
    );
  });
});
