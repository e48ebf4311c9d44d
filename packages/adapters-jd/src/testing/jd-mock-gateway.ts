import { shanghaiWallTimeToIso } from '@omskit/core';
import { timingSafeEqualString } from '@omskit/core/gateway';
import { delay } from 'msw';
import { signJdRequest } from '../jd-sign';
import { decryptReceivers } from './jd-mock-decrypt';
import { jdErrorResponse } from './jd-mock-envelope';
import { getOrder, type JdMockLimits, searchOrders, shipOrder } from './jd-mock-methods';
import { queryServiceOrders } from './jd-mock-services';
import { type JdMockState, shopOfToken } from './jd-mock-state';

/** What the gateway checks besides the limits. */
export interface JdMockGatewayOptions extends JdMockLimits {
  readonly appKey: string;
  readonly appSecret: string;
  readonly timestampToleranceMs: number;
  readonly timeoutFaultDelayMs: number | 'infinite';
}

/** Reads a JOS timestamp in either accepted form: `yyyy-MM-dd HH:mm:ss` or with `.SSS+0800`. */
function timestampMs(value: string | null): number | undefined {
  const match =
    value === null ? null : /^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})(\.\d{3})?(\+0800)?$/.exec(value);
  if (match === null || match[1] === undefined) return undefined;
  try {
    return Date.parse(shanghaiWallTimeToIso(match[1] + (match[2] ?? '')));
  } catch {
    return undefined;
  }
}

async function readParams(request: Request): Promise<URLSearchParams> {
  const params = new URLSearchParams(new URL(request.url).search);
  if (request.method === 'POST')
    for (const [key, value] of new URLSearchParams(await request.text())) params.set(key, value);
  return params;
}

/** Serves one gateway call the way JOS does: faults, system checks, signature, token, method. */
export async function handleJdMockCall(
  state: JdMockState,
  options: JdMockGatewayOptions,
  request: Request,
): Promise<Response> {
  const params = await readParams(request);
  const method = params.get('method') ?? '';
  const record = (response: Response, ok: boolean): Response => {
    state.calls.push({ operation: method, ok });
    return response;
  };
  const fault = state.faults.shift();
  if (fault === 'server_error') return record(new Response('Internal Server Error', { status: 500 }), false);
  if (fault === 'throttle') return record(jdErrorResponse('2', '调用次数超限', 'App Call Limited'), false);
  if (fault === 'token_expired')
    return record(jdErrorResponse('19', '无效access_token', 'Invalid access_token'), false);
  if (fault === 'timeout') {
    state.calls.push({ operation: method, ok: false });
    await delay(options.timeoutFaultDelayMs);
    return new Response('Gateway Timeout', { status: 504 });
  }
  const sign = params.get('sign');
  if (params.get('app_key') !== options.appKey || sign === null) {
    return record(
      jdErrorResponse('mock-missing-parameter', '缺少app_key或sign', 'missing app_key or sign'),
      false,
    );
  }
  const signed: Record<string, string> = {};
  for (const [key, value] of params) if (key !== 'sign') signed[key] = value;
  if (!timingSafeEqualString(signJdRequest(signed, options.appSecret), sign)) {
    return record(jdErrorResponse('12', '无效签名', 'Invalid signature'), false);
  }
  const sentAt = timestampMs(params.get('timestamp'));
  if (sentAt === undefined || Math.abs(sentAt - state.nowMs) > options.timestampToleranceMs) {
    return record(jdErrorResponse('8', '无效时间戳', 'Invalid timestamp'), false);
  }
  const owner = shopOfToken(state, params.get('access_token') ?? '');
  const token = owner?.[1].token;
  if (owner === undefined || token === undefined || token.revoked || token.expiresAtMs <= state.nowMs) {
    return record(jdErrorResponse('19', '无效access_token', 'Invalid access_token'), false);
  }
  let business: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(params.get('360buy_param_json') ?? '{}');
    business = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return record(
      jdErrorResponse('mock-bad-param-json', '360buy_param_json 不是合法JSON', 'bad 360buy_param_json'),
      false,
    );
  }
  const shop = owner[1];
  let response: Response;
  if (method === 'jingdong.pop.order.search') response = searchOrders(state, shop, options, business);
  else if (method === 'jingdong.pop.order.get') response = getOrder(shop, business);
  else if (method === 'jingdong.pop.order.shipment') response = shipOrder(state, shop, options, business);
  else if (method === 'jingdong.asc.query.list') response = queryServiceOrders(shop, business);
  else if (method === 'jingdong.jos.order.oaid.decrypt') response = decryptReceivers(shop, business);
  else return record(jdErrorResponse('15', '无效方法', 'Invalid method'), false);
  const body = (await response.clone().json()) as Record<string, unknown>;
  const inner = body[`${method.replaceAll('.', '_')}_responce`] as { code?: unknown } | undefined;
  const returned = (inner as { returnType?: { code?: unknown } } | undefined)?.returnType;
  const ok =
    !JSON.stringify(body).includes('"success":false') &&
    (inner?.code ?? '0') === '0' &&
    String(returned?.code ?? '0') === '0';
  return record(response, ok);
}
