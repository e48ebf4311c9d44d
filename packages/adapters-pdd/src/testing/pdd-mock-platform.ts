import { formatShanghaiWallTime } from '@omskit/core';
import type { ChannelMockControls, MockFaultKind } from '@omskit/core/testing';
import type { RequestHandler } from 'msw';
import { delay, HttpResponse, http } from 'msw';
import { pddGatewayUrl } from '../pdd-settings';
import { pddParamText, signPddRequest } from '../pdd-sign';
import { answerMockApi, touchMockOrder } from './pdd-mock-api';
import { mockErrorCodes, pddErrorEnvelope } from './pdd-mock-errors';
import { toPddJson } from './pdd-mock-json';
import type { PddMockOrder } from './pdd-mock-orders';
import { buildMockOrder, createMockRandom } from './pdd-mock-orders';
import type { MockState, PddMockPlatformOptions } from './pdd-mock-state';
import { shopOf } from './pdd-mock-state';

/** The mock PDD platform: msw handlers, the conformance controls and PDD-specific helpers. */
export interface PddMockPlatform {
  /** msw handlers answering the gateway URL. */
  readonly handlers: RequestHandler[];
  /** The controls the channel conformance suite drives. */
  readonly controls: ChannelMockControls & {
    /** Like the contract's, with the number of list calls to serve before modifying (default 1). */
    modifyDuringPaging(shopId: string, count: number, afterCalls?: number): void;
  };
  readonly clientId: string;
  readonly clientSecret: string;
  /** A clock reading the platform's time, to hand to the adapter so timestamps agree. */
  readonly clock: { now(): number };
  /** Issues a fresh access token for a shop (older tokens of the shop stay valid until expired). */
  issueToken(shopId: string): string;
  /** Stores a raw order (PDD's own shape) as is, modified at its `updated_at`. */
  putOrder(shopId: string, raw: PddMockOrder, modifiedAt: string): void;
  /** Stores a raw refund (an element of `refund_list`), modified at `modifiedAt`. */
  putRefund(shopId: string, raw: PddMockOrder, modifiedAt: string): void;
  /** The stored raw order. */
  rawOrder(shopId: string, orderSn: string): PddMockOrder | undefined;
}

function readParams(text: string, contentType: string, url: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const [name, value] of new URL(url).searchParams) params.set(name, value);
  if (contentType.includes('application/json')) {
    const body: unknown = text === '' ? {} : JSON.parse(text);
    if (typeof body === 'object' && body !== null) {
      for (const [name, value] of Object.entries(body)) {
        const textValue = pddParamText(value as string);
        if (textValue !== undefined) params.set(name, textValue);
      }
    }
  } else {
    for (const [name, value] of new URLSearchParams(text)) params.set(name, value);
  }
  return params;
}

const faultAnswers: Record<Exclude<MockFaultKind, 'timeout'>, () => Response> = {
  throttle: () =>
    HttpResponse.text(toPddJson(pddErrorEnvelope(mockErrorCodes.throttled, '接口调用频率超限'))),
  server_error: () =>
    HttpResponse.text(toPddJson(pddErrorEnvelope(mockErrorCodes.internal, '服务内部错误')), { status: 500 }),
  token_expired: () =>
    HttpResponse.text(toPddJson(pddErrorEnvelope(mockErrorCodes.tokenExpired, 'access_token 已过期'))),
};

/**
 * Creates an in-memory PDD platform for tests: msw handlers over the gateway that check the
 * client id, the MD5 signature and the timestamp, answer in PDD's envelopes (errors included),
 * honour modified-time windows (at most 30 minutes), paging (`page_size` ≤ 100, a deepest page,
 * `total_count`), expire tokens, throttle, inject faults and modify orders while a client pages.
 *
 * @example
 * ```ts
 * const platform = createPddMockPlatform();
 * server.use(...platform.handlers);
 * const token = platform.issueToken('shop-1');
 * platform.controls.seedOrders('shop-1', 20, window);
 * ```
 */
export function createPddMockPlatform(options: PddMockPlatformOptions = {}): PddMockPlatform {
  const state: MockState = {
    clientId: options.clientId ?? 'mock-client',
    clientSecret: options.clientSecret ?? 'mock-secret',
    maxPageSize: options.maxPageSize ?? 100,
    maxPages: options.maxPages ?? 100,
    endInclusive: options.endInclusive ?? true,
    toleranceSeconds: options.timestampToleranceSeconds ?? 600,
    throttleEvery: options.throttleEvery,
    timeoutDelayMs: options.timeoutDelayMs ?? 60_000,
    random: createMockRandom(options.seed ?? 1),
    nowMs: Date.parse(options.now ?? '2026-11-11T04:00:00.000Z'),
    serial: 0,
    callCount: 0,
    shops: new Map(),
    tokens: new Map(),
    faults: [],
    calls: [],
    mutations: new Map(),
  };
  const baseUrl = options.baseUrl ?? pddGatewayUrl;

  const answer = async (params: Map<string, string>): Promise<Response> => {
    const type = params.get('type') ?? '';
    const record = (ok: boolean) => state.calls.push({ operation: type, ok });
    const fail = (code: number, message: string) => {
      record(false);
      return HttpResponse.text(toPddJson(pddErrorEnvelope(code, message)));
    };
    state.callCount += 1;
    const fault = state.faults[0];
    if (fault !== undefined) {
      fault.remaining -= 1;
      if (fault.remaining <= 0) state.faults.shift();
      record(false);
      if (fault.kind === 'timeout') {
        await delay(state.timeoutDelayMs);
        return HttpResponse.text(toPddJson(pddErrorEnvelope(mockErrorCodes.internal, 'timeout')), {
          status: 504,
        });
      }
      return faultAnswers[fault.kind]();
    }
    if (params.get('client_id') !== state.clientId) return fail(mockErrorCodes.badClient, 'client_id 不存在');
    const sign = params.get('sign') ?? '';
    const unsigned = Object.fromEntries([...params].filter(([name]) => name !== 'sign'));
    if (signPddRequest(unsigned, state.clientSecret) !== sign)
      return fail(mockErrorCodes.badSign, '签名校验失败');
    const timestamp = Number(params.get('timestamp'));
    if (!Number.isInteger(timestamp) || Math.abs(timestamp - state.nowMs / 1000) > state.toleranceSeconds) {
      return fail(mockErrorCodes.badTimestamp, 'timestamp 已过期');
    }
    if (state.throttleEvery !== undefined && state.callCount % state.throttleEvery === 0) {
      return fail(mockErrorCodes.throttled, '接口调用频率超限');
    }
    const token = params.get('access_token');
    const shopId = token === undefined ? undefined : state.tokens.get(token);
    if (token !== undefined && shopId === undefined)
      return fail(mockErrorCodes.tokenExpired, 'access_token 已过期');
    const result = answerMockApi(
      state,
      type,
      shopId,
      shopId === undefined ? undefined : shopOf(state, shopId),
      params,
    );
    record(result.ok);
    return HttpResponse.text(toPddJson(result.body), { headers: { 'content-type': 'application/json' } });
  };

  const handlers = [
    http.post(baseUrl, async ({ request }) => {
      const text = await request.text();
      let params: Map<string, string>;
      try {
        params = readParams(text, request.headers.get('content-type') ?? '', request.url);
      } catch {
        state.calls.push({ operation: 'unparseable', ok: false });
        return HttpResponse.text(toPddJson(pddErrorEnvelope(mockErrorCodes.badParameter, '请求体不是 JSON')));
      }
      return answer(params);
    }),
  ];

  const nextOrderSn = (modifiedMs: number): string => {
    state.serial += 1;
    const day = formatShanghaiWallTime(modifiedMs).slice(2, 10).replaceAll('-', '');
    return `${day}-${String(481803633911509 + state.serial * 7).padStart(15, '0')}`;
  };

  const controls: PddMockPlatform['controls'] = {
    now: () => new Date(state.nowMs).toISOString(),
    advance(ms) {
      state.nowMs += ms;
    },
    seedOrders(shopId, count, window) {
      const shop = shopOf(state, shopId);
      const from = Date.parse(window.from);
      const to = Date.parse(window.to);
      const ids: string[] = [];
      for (let index = 0; index < count; index += 1) {
        let modifiedMs = Math.floor((from + ((index + 1) * (to - from)) / (count + 1)) / 1000) * 1000;
        if (modifiedMs < from) modifiedMs += 1000;
        const orderSn = nextOrderSn(modifiedMs);
        const raw = buildMockOrder({ orderSn, modifiedMs, random: state.random, index: state.serial });
        shop.orders.set(orderSn, { raw, modifiedMs });
        ids.push(orderSn);
      }
      return ids;
    },
    touchOrder(shopId, platformOrderId) {
      const row = shopOf(state, shopId).orders.get(platformOrderId);
      if (row !== undefined) touchMockOrder(state, row, `已修改 ${state.nowMs}`);
    },
    modifyDuringPaging(shopId: string, count: number, afterCalls?: number) {
      state.mutations.set(shopId, { count, afterCalls: afterCalls ?? 1, served: new Set(), calls: 0 });
    },
    injectFaults(kind, count) {
      state.faults.push({ kind, remaining: count });
    },
    expireToken(shopId) {
      for (const [token, owner] of state.tokens) if (owner === shopId) state.tokens.delete(token);
    },
    orders: (shopId) =>
      [...shopOf(state, shopId).orders].map(([platformOrderId, row]) => ({
        platformOrderId,
        modifiedAt: new Date(row.modifiedMs).toISOString(),
      })),
    shippedTrackingNumbers: (shopId, platformOrderId) => [
      ...(shopOf(state, shopId).shipped.get(platformOrderId) ?? []),
    ],
    calls: () => state.calls.map((call) => ({ ...call })),
  };

  return {
    handlers,
    controls,
    clientId: state.clientId,
    clientSecret: state.clientSecret,
    clock: { now: () => state.nowMs },
    issueToken(shopId) {
      shopOf(state, shopId);
      state.serial += 1;
      const token = `mock-token-${shopId}-${state.serial}-${Math.floor(state.random() * 1e9)}`;
      state.tokens.set(token, shopId);
      return token;
    },
    putOrder(shopId, raw, modifiedAt) {
      shopOf(state, shopId).orders.set(String(raw['order_sn']), { raw, modifiedMs: Date.parse(modifiedAt) });
    },
    putRefund(shopId, raw, modifiedAt) {
      shopOf(state, shopId).refunds.set(String(raw['id']), { raw, modifiedMs: Date.parse(modifiedAt) });
    },
    rawOrder: (shopId, orderSn) => shopOf(state, shopId).orders.get(orderSn)?.raw,
  };
}
