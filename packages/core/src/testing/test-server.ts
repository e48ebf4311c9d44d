import { http } from 'msw';
import type { SetupServer } from 'msw/node';
import { setupServer } from 'msw/node';
import { invalidInput } from '../errors/oms-error';
import type { RecordedCall } from './recorded-call';
import { recordCall } from './recorded-call';

/** A canned `Response` (cloned for every call) or a function of the recorded call. */
export type TestResponder = Response | ((call: RecordedCall) => Response | Promise<Response>);

/**
 * What a URL answers: one responder for every call, or a list used one per call in order (a
 * call after the last one gets a 500 whose body says so, and is still recorded).
 */
export type TestRoute = TestResponder | readonly TestResponder[];

/** Routes by URL: origin and path, no query (`https://gw.api.taobao.com/router/rest`). */
export type TestRoutes = Readonly<Record<string, TestRoute>>;

/** A recording stand-in for the HTTP APIs a test talks to. */
export interface TestServer {
  /** Every call received since the last reset, in order. */
  readonly calls: readonly RecordedCall[];
  /** The calls to one URL (origin and path; any query in `url` is ignored). */
  callsTo(url: string): readonly RecordedCall[];
  /** Replaces (or adds) the route of a URL until the next reset. */
  respond(url: string, route: TestRoute): void;
  /** Forgets the calls and restores the routes given at creation, rewinding response lists. */
  reset(): void;
  /** Starts intercepting `fetch`; a request to a URL without a route fails the call. */
  listen(): void;
  /** Stops intercepting. */
  close(): void;
  /** The underlying msw server, for `server.use(...)` and the like. */
  readonly server: SetupServer;
}

/** The route key of a URL: origin plus path. */
function routeKeyOf(url: string): string {
  const parsed = new URL(url);
  return parsed.origin + parsed.pathname;
}

/** The route key of a route's URL, which must be absolute and carry no query or fragment. */
function checkedRouteKey(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (error) {
    throw invalidInput(['routes', url], 'not an absolute URL', { cause: error });
  }
  if (parsed.search !== '' || parsed.hash !== '') {
    throw invalidInput(['routes', url], 'route URLs carry no query; assert on `call.query` instead');
  }
  return routeKeyOf(url);
}

interface RouteState {
  readonly responders: readonly TestResponder[];
  readonly repeat: boolean;
  used: number;
}

function routeState(route: TestRoute): RouteState {
  return Array.isArray(route)
    ? { responders: route, repeat: false, used: 0 }
    : { responders: [route as TestResponder], repeat: true, used: 0 };
}

/**
 * Creates a test server over msw that answers the given URLs and records every call (method,
 * URL, query, headers, body), so a test asserts both what came back and what was sent. Call
 * `listen()`/`close()` yourself, or use `useTestServer` to do it with vitest hooks.
 *
 * @example
 * const server = createTestServer({
 *   'https://gw.api.taobao.com/router/rest': Response.json({ trades_sold_get_response: { total_results: 0 } }),
 * });
 */
export function createTestServer(routes: TestRoutes): TestServer {
  const initial = new Map(
    Object.entries(routes).map(([url, route]) => [checkedRouteKey(url), route] as const),
  );
  const active = new Map<string, RouteState>();
  let calls: RecordedCall[] = [];

  const reset = () => {
    calls = [];
    active.clear();
    for (const [key, route] of initial) active.set(key, routeState(route));
  };

  const respondTo = async (key: string, call: RecordedCall): Promise<Response> => {
    const state = active.get(key);
    const responder = state?.responders[state.repeat ? 0 : state.used];
    if (state === undefined || responder === undefined) {
      const message = `test server: no response left for ${key} (${state?.used ?? 0} used)`;
      return new Response(message, { status: 500, statusText: 'Test Server Exhausted' });
    }
    state.used += 1;
    return typeof responder === 'function' ? responder(call) : responder.clone();
  };

  const handler = http.all(
    ({ request }) => active.has(routeKeyOf(request.url)),
    async ({ request }) => {
      const call = await recordCall(request);
      calls.push(call);
      return respondTo(routeKeyOf(request.url), call);
    },
  );
  const server = setupServer(handler);
  reset();

  return {
    get calls() {
      return [...calls];
    },
    callsTo(url) {
      const key = routeKeyOf(url);
      return calls.filter((call) => routeKeyOf(call.url) === key);
    },
    respond(url, route) {
      active.set(checkedRouteKey(url), routeState(route));
    },
    reset,
    listen: () => server.listen({ onUnhandledFrame: 'error' }),
    close: () => server.close(),
    server,
  };
}
