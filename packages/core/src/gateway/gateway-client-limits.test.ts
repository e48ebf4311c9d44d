import { delay, HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { OmsError } from '../errors/oms-error';
import { createGatewayClient } from './gateway-client';
import type { GatewayClientOptions, GatewayEvent } from './gateway-types';

const baseUrl = 'https://gw.example.test/api';
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function createClient(overrides: Partial<GatewayClientOptions> = {}) {
  const events: GatewayEvent[] = [];
  const client = createGatewayClient({
    platform: 'pdd',
    baseUrl,
    retry: { minTimeoutMs: 1, maxTimeoutMs: 5 },
    onEvent: (event) => events.push(event),
    ...overrides,
  });
  return { client, events };
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

describe('createGatewayClient limits', () => {
  it('never starts more than requestsPerSecond calls in any one-second window', async () => {
    const seenAt: number[] = [];
    server.use(
      http.get(baseUrl, () => {
        seenAt.push(performance.now());
        return HttpResponse.json({ ok: true });
      }),
    );
    // The very first call through ky and msw in a process takes ~50 ms longer to arrive than the
    // next ones, which would skew arrival times; warm that path up on a client of its own.
    await createClient().client.request({});
    seenAt.length = 0;
    const startedAt: number[] = [];
    const events: GatewayEvent[] = [];
    const { client } = createClient({
      rateLimit: { requestsPerSecond: 5 },
      onEvent: (event) => {
        if (event.type === 'request') startedAt.push(performance.now());
        events.push(event);
      },
    });
    await Promise.all(Array.from({ length: 12 }, () => client.request({ operation: 'pdd.order.list.get' })));
    expect(seenAt).toHaveLength(12);
    seenAt.sort((a, b) => a - b);
    for (let index = 0; index + 5 < seenAt.length; index++) {
      // Calls i and i+5 start a second apart (p-queue counts whole milliseconds, hence 998) ...
      expect(startedAt[index + 5]! - startedAt[index]!).toBeGreaterThanOrEqual(998);
      // ... and so arrive a second apart, give or take how long each took to reach the handler,
      // which varies on a busy machine.
      expect(seenAt[index + 5]! - seenAt[index]!).toBeGreaterThanOrEqual(1000 - 100);
    }
    const throttled = events.filter((event) => event.type === 'throttled');
    expect(throttled).toHaveLength(7);
    expect(throttled[0]).toMatchObject({ operation: 'pdd.order.list.get', waitMs: expect.any(Number) });
  });

  it('keeps at most `concurrency` calls in flight', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    server.use(
      http.get(baseUrl, async () => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await delay(30);
        inFlight--;
        return HttpResponse.json({ ok: true });
      }),
    );
    const { client } = createClient({ rateLimit: { concurrency: 2 } });
    await Promise.all(Array.from({ length: 6 }, () => client.request({})));
    expect(maxInFlight).toBe(2);
  });

  it('re-enters the limiter on every retry', async () => {
    let calls = 0;
    server.use(
      http.get(baseUrl, async () => {
        calls++;
        await delay(20);
        return calls === 1 ? HttpResponse.text('', { status: 503 }) : HttpResponse.json({ ok: true });
      }),
    );
    const { client, events } = createClient({ rateLimit: { concurrency: 1 } });
    // The retry of the first call queues behind the second call, which took the freed slot.
    await Promise.all([client.request({ operation: 'first' }), client.request({ operation: 'second' })]);
    const requests = events.filter((event) => event.type === 'request').map((event) => event.operation);
    expect(requests).toEqual(['first', 'second', 'first']);
  });

  it('stops an in-flight call at once when the caller aborts, with no further attempts', async () => {
    let calls = 0;
    server.use(
      http.get(baseUrl, async () => {
        calls++;
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const { client } = createClient();
    const controller = new AbortController();
    const startedAt = performance.now();
    setTimeout(() => controller.abort(), 20);
    const error = await rejection(
      client.request({ signal: controller.signal, operation: 'pdd.order.information.get' }),
    );
    expect(error).toMatchObject({ code: 'aborted', retryable: false, platform: 'pdd' });
    expect(performance.now() - startedAt).toBeLessThan(500);
    await delay(30);
    expect(calls).toBe(1);
  });

  it('stops during the backoff between retries when the caller aborts', async () => {
    let calls = 0;
    server.use(
      http.get(baseUrl, () => {
        calls++;
        return HttpResponse.text('', { status: 500 });
      }),
    );
    const { client, events } = createClient({ retry: { minTimeoutMs: 10_000, jitter: false } });
    const controller = new AbortController();
    const startedAt = performance.now();
    const pending = client.request({ signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    expect((await rejection(pending)).code).toBe('aborted');
    expect(performance.now() - startedAt).toBeLessThan(500);
    expect(calls).toBe(1);
    expect(events.map((event) => event.type)).toEqual(['request', 'retry']);
  });

  it('stops while waiting for the rate limit when the caller aborts', async () => {
    server.use(http.get(baseUrl, () => HttpResponse.json({})));
    const { client } = createClient({ rateLimit: { requestsPerSecond: 1 } });
    await client.request({});
    const controller = new AbortController();
    const startedAt = performance.now();
    setTimeout(() => controller.abort(), 20);
    expect((await rejection(client.request({ signal: controller.signal }))).code).toBe('aborted');
    expect(performance.now() - startedAt).toBeLessThan(500);
  });

  it('sends nothing when the signal has already aborted', async () => {
    let calls = 0;
    server.use(
      http.get(baseUrl, () => {
        calls++;
        return HttpResponse.json({});
      }),
    );
    const { client } = createClient();
    expect((await rejection(client.request({ signal: AbortSignal.abort() }))).code).toBe('aborted');
    expect(calls).toBe(0);
  });

  it('turns a response slower than timeoutMs into a retryable timeout', async () => {
    let calls = 0;
    server.use(
      http.get(baseUrl, async () => {
        calls++;
        await delay(1_000);
        return HttpResponse.json({});
      }),
    );
    const { client } = createClient({ timeoutMs: 50, retry: { retries: 1, minTimeoutMs: 1 } });
    const startedAt = performance.now();
    const error = await rejection(client.request({ operation: 'pdd.order.list.get' }));
    expect(error).toMatchObject({ code: 'timeout', retryable: true });
    expect(error.message).toBe('pdd pdd.order.list.get: no response within 50 ms');
    expect(calls).toBe(2);
    expect(performance.now() - startedAt).toBeLessThan(600);
  });
});
