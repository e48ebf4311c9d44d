import { type Clock, formatShanghaiWallTime, OmsError, systemClock } from '@omskit/core';
import { createGatewayClient, type GatewayClient } from '@omskit/core/gateway';
import { classifyTaobaoError } from './taobao-error';
import { isTaobaoObject, type TaobaoObject } from './taobao-read';
import type { ResolvedTaobaoSettings } from './taobao-settings';
import { signTaobaoRequest, type TaobaoParams } from './taobao-sign';

/** Options of one TOP call. */
export interface TaobaoCallOptions {
  /** The shop whose token signs the call; omitted for app-level calls (TMC). */
  readonly shopId?: string;
  readonly signal?: AbortSignal;
}

/** Signed TOP calls through the shared gateway client, with the token refreshed once on expiry. */
export interface TaobaoClient {
  /** Calls `method` and returns the body under its `<name>_response` root. */
  call(method: string, params: TaobaoParams, options?: TaobaoCallOptions): Promise<TaobaoObject>;
}

/** The JSON root of a successful response: `taobao.trade.fullinfo.get` -> `trade_fullinfo_get_response`. */
export function taobaoResponseRoot(method: string): string {
  return `${method.replace(/^taobao\./, '').replaceAll('.', '_')}_response`;
}

/** Creates the signed TOP client of an adapter. */
export function createTaobaoClient(settings: ResolvedTaobaoSettings): TaobaoClient {
  const clock: Clock = settings.clock ?? systemClock;
  const gateway: GatewayClient = createGatewayClient({
    platform: 'taobao',
    baseUrl: settings.baseUrl,
    clock,
    ...(settings.fetch === undefined ? {} : { fetch: settings.fetch }),
    ...(settings.logger === undefined ? {} : { logger: settings.logger }),
    ...(settings.rateLimit === undefined ? {} : { rateLimit: settings.rateLimit }),
    ...(settings.retry === undefined ? {} : { retry: settings.retry }),
    ...(settings.timeoutMs === undefined ? {} : { timeoutMs: settings.timeoutMs }),
    classifyError: (response) =>
      classifyTaobaoError(response.json, response.status, {
        ...(settings.notFoundSubCodes === undefined ? {} : { notFoundSubCodes: settings.notFoundSubCodes }),
      }),
  });
  // One refresh per expired token, however many calls saw it expire at once.
  const refreshes = new Map<string, { readonly expired: string; readonly fresh: Promise<string> }>();

  async function refreshedToken(shopId: string, expired: string, error: OmsError): Promise<string> {
    const refresh = settings.refreshAccessToken;
    if (refresh === undefined) throw error;
    const known = refreshes.get(shopId);
    if (known !== undefined && known.expired === expired) return known.fresh;
    const fresh = Promise.resolve().then(() => refresh(shopId));
    refreshes.set(shopId, { expired, fresh });
    return fresh;
  }

  async function send(
    method: string,
    params: TaobaoParams,
    session: string | undefined,
    signal?: AbortSignal,
  ) {
    const all: TaobaoParams = {
      ...params,
      method,
      app_key: settings.appKey,
      timestamp: formatShanghaiWallTime(clock.now()),
      format: 'json',
      v: '2.0',
      sign_method: settings.signMethod,
      ...(session === undefined ? {} : { session }),
    };
    const body = new URLSearchParams();
    for (const [key, value] of Object.entries(all)) {
      if (value !== undefined && value !== null && String(value) !== '') body.set(key, String(value));
    }
    body.set('sign', signTaobaoRequest(all, settings.appSecret, settings.signMethod));
    const response = await gateway.request({
      method: 'POST',
      body,
      operation: method,
      ...(signal === undefined ? {} : { signal }),
    });
    const root = isTaobaoObject(response.json) ? response.json[taobaoResponseRoot(method)] : undefined;
    if (!isTaobaoObject(root)) {
      throw new OmsError('network', `taobao ${method}: no ${taobaoResponseRoot(method)} in the response`, {
        platform: 'taobao',
        rawPayload: response.text,
      });
    }
    return root;
  }

  return {
    async call(method, params, options = {}) {
      const { shopId, signal } = options;
      if (shopId === undefined) return send(method, params, undefined, signal);
      const token = await settings.accessToken(shopId);
      try {
        return await send(method, params, token, signal);
      } catch (error) {
        if (!OmsError.isCode(error, 'auth_expired')) throw error;
        const fresh = await refreshedToken(shopId, token, error);
        return send(method, params, fresh, signal);
      }
    },
  };
}
