import { shanghaiWallTimeToIso } from '@omskit/core';
import { timingSafeEqualString } from '@omskit/core/gateway';
import { signTaobaoRequest, type TaobaoSignMethod, taobaoSignMethods } from '../taobao-sign';
import {
  faultError,
  TaobaoMockFailure,
  topError,
  topErrorResponse,
  topResponse,
} from './taobao-mock-envelope';
import type { TaobaoMockJson } from './taobao-mock-json';
import {
  logisticsCompaniesGet,
  logisticsOfflineSend,
  type TaobaoMockCall,
  tradeFullinfoGet,
  tradesSoldIncrementGet,
} from './taobao-mock-orders-api';
import {
  oaidDecrypt,
  refundsReceiveGet,
  tmcMessagesConfirm,
  tmcMessagesConsume,
} from './taobao-mock-other-api';
import { refundGet, refundRefuse, rpRefundsAgree, rpReturngoodsAgree } from './taobao-mock-refund-api';
import type { TaobaoMockState } from './taobao-mock-state';

/** How the mock gateway checks calls. */
export interface TaobaoMockGatewayConfig {
  readonly appKey: string;
  readonly appSecret: string;
  readonly timestampSkewMs: number;
  readonly throttleSeconds: number;
  readonly maxPageNo: number | undefined;
  readonly maxCallsPerSecond: number | undefined;
  readonly tokenTtlMs: number | undefined;
}

const shopMethods: Readonly<Record<string, (call: TaobaoMockCall) => TaobaoMockJson>> = {
  'taobao.trades.sold.increment.get': tradesSoldIncrementGet,
  'taobao.trade.fullinfo.get': tradeFullinfoGet,
  'taobao.logistics.offline.send': logisticsOfflineSend,
  'taobao.logistics.companies.get': logisticsCompaniesGet,
  'taobao.refunds.receive.get': refundsReceiveGet,
  'taobao.top.oaid.decrypt': oaidDecrypt,
  'taobao.refund.get': refundGet,
  'taobao.rp.refunds.agree': rpRefundsAgree,
  'taobao.rp.returngoods.agree': rpReturngoodsAgree,
  'taobao.refund.refuse': refundRefuse,
};

const appMethods: Readonly<
  Record<string, (state: TaobaoMockState, params: URLSearchParams) => TaobaoMockJson>
> = {
  'taobao.tmc.messages.consume': tmcMessagesConsume,
  'taobao.tmc.messages.confirm': tmcMessagesConfirm,
};

/** Query and form body together, as TOP reads them. */
async function readParams(request: Request): Promise<URLSearchParams> {
  const params = new URLSearchParams(new URL(request.url).search);
  if (request.method === 'POST') {
    const text = await request.text();
    for (const [key, value] of new URLSearchParams(text)) params.set(key, value);
  }
  return params;
}

function checkCommon(
  config: TaobaoMockGatewayConfig,
  state: TaobaoMockState,
  params: URLSearchParams,
): string {
  const method = params.get('method');
  if (method === null || method === '') throw topError(21, 'Missing method');
  const appKey = params.get('app_key');
  if (appKey === null || appKey === '') throw topError(28, 'Missing app key');
  if (appKey !== config.appKey) throw topError(29, 'Invalid app key');
  const timestamp = params.get('timestamp');
  if (timestamp === null || timestamp === '') throw topError(30, 'Missing timestamp');
  let sentMs: number;
  try {
    sentMs = Date.parse(shanghaiWallTimeToIso(timestamp));
  } catch {
    throw topError(31, 'Invalid timestamp', 'isv.invalid-timestamp');
  }
  if (Math.abs(sentMs - state.nowMs) > config.timestampSkewMs) {
    throw topError(
      31,
      'Invalid timestamp',
      'isv.invalid-timestamp',
      'timestamp differs from the server time by more than allowed',
    );
  }
  const signMethod = params.get('sign_method') ?? 'md5';
  if (!(taobaoSignMethods as readonly string[]).includes(signMethod))
    throw topError(41, 'Invalid arguments', 'isv.invalid-parameter:sign_method');
  const sign = params.get('sign');
  if (sign === null || sign === '') throw topError(24, 'Missing signature');
  const expected = signTaobaoRequest(
    Object.fromEntries(params),
    config.appSecret,
    signMethod as TaobaoSignMethod,
  );
  if (!timingSafeEqualString(sign, expected)) throw topError(25, 'Invalid signature');
  if (params.get('format') !== 'json')
    throw topError(41, 'Invalid arguments', 'isv.invalid-parameter:format', 'the mock speaks json only');
  return method;
}

function dispatch(
  config: TaobaoMockGatewayConfig,
  state: TaobaoMockState,
  params: URLSearchParams,
  method: string,
): TaobaoMockJson {
  const appMethod = appMethods[method];
  if (appMethod !== undefined) return appMethod(state, params);
  const shopMethod = shopMethods[method];
  if (shopMethod === undefined) throw topError(22, 'Invalid method');
  const session = params.get('session');
  if (session === null || session === '') throw topError(26, 'Missing session');
  const shop = [...state.shops.values()].find((candidate) => candidate.token === session);
  if (shop === undefined)
    throw topError(27, 'Invalid session', 'invalid-sessionkey', 'session expired or revoked');
  const issuedAt = state.tokenIssuedAt.get(session) ?? state.nowMs;
  if (config.tokenTtlMs !== undefined && state.nowMs - issuedAt >= config.tokenTtlMs) {
    throw topError(27, 'Invalid session', 'invalid-sessionkey', 'session expired');
  }
  return shopMethod({ state, shop, params, maxPageNo: config.maxPageNo });
}

function throttle(config: TaobaoMockGatewayConfig, state: TaobaoMockState): void {
  if (config.maxCallsPerSecond === undefined) return;
  const now = performance.now();
  state.recentCalls = state.recentCalls.filter((at) => now - at < 1000);
  if (state.recentCalls.length >= config.maxCallsPerSecond) {
    throw topError(
      7,
      'App Call Limited',
      'accesscontrol.limited-by-api-access-count',
      'This ban will last for 1 more seconds',
    );
  }
  state.recentCalls.push(now);
}

/** Answers one HTTP call like TOP's router: checks, faults, then the method. */
export async function handleTaobaoMockRequest(
  config: TaobaoMockGatewayConfig,
  state: TaobaoMockState,
  request: Request,
): Promise<Response> {
  const params = await readParams(request);
  const operation = params.get('method') ?? '(none)';
  const requestId = `mock${state.calls.length + 1}`;
  const fault = state.faults.shift();
  if (fault !== undefined) {
    state.calls.push({ operation, ok: false });
    return topErrorResponse(faultError(fault, config.throttleSeconds), requestId);
  }
  try {
    throttle(config, state);
    const method = checkCommon(config, state, params);
    const body = dispatch(config, state, params, method);
    state.calls.push({ operation, ok: true });
    return topResponse(body);
  } catch (error) {
    if (!(error instanceof TaobaoMockFailure)) throw error;
    state.calls.push({ operation, ok: false });
    return topErrorResponse(error.error, requestId);
  }
}
