import { type Clock, formatShanghaiWallTime, OmsError, silentLogger, systemClock } from '@omskit/core';
import { createGatewayClient, type GatewayClient } from '@omskit/core/gateway';
import { classifyDouyinError } from './douyin-error';
import { type DouyinParamValue, serializeDouyinParamJson } from './douyin-param-json';
import { isJsonObject, type JsonObject } from './douyin-read';
import type { ResolvedDouyinSettings } from './douyin-settings';
import { signDouyinRequest } from './douyin-sign';

/** Calls one Douyin method for a shop and returns its `data` object. */
export type DouyinCall = (
  method: string,
  params: { readonly [key: string]: DouyinParamValue },
  context: {
    shopId: string;
    signal?: AbortSignal | undefined;
    /** Send without an access token (the `token.*` methods). */
    anonymous?: boolean;
  },
) => Promise<JsonObject>;

/** The `timestamp` value for `now` in the configured format. */
export function douyinTimestamp(nowMs: number, format: ResolvedDouyinSettings['timestampFormat']): string {
  return format === 'unix-seconds' ? String(Math.floor(nowMs / 1000)) : formatShanghaiWallTime(nowMs);
}

/**
 * Builds the signed caller on top of the shared gateway client: signs every call, sends
 * `param_json` as the body, and on an expired token asks the host's `refreshAccessToken` hook once
 * (shared by concurrent callers) and retries once. Never logs bodies or tokens.
 */
export function createDouyinCall(settings: ResolvedDouyinSettings): {
  call: DouyinCall;
  gateway: GatewayClient;
} {
  const clock: Clock = settings.clock ?? systemClock;
  const gateway = createGatewayClient({
    platform: 'douyin',
    baseUrl: settings.baseUrl,
    ...(settings.fetch === undefined ? {} : { fetch: settings.fetch }),
    clock,
    logger: settings.logger ?? silentLogger,
    ...(settings.rateLimit === undefined ? {} : { rateLimit: settings.rateLimit }),
    ...(settings.retry === undefined ? {} : { retry: settings.retry }),
    ...(settings.timeoutMs === undefined ? {} : { timeoutMs: settings.timeoutMs }),
    ...(settings.onEvent === undefined ? {} : { onEvent: settings.onEvent }),
    classifyError: (response) => classifyDouyinError(response.json, response.status),
  });
  const refreshing = new Map<string, Promise<string>>();

  const refresh = (shopId: string, hook: (shopId: string) => string | Promise<string>): Promise<string> => {
    let pending = refreshing.get(shopId);
    if (pending === undefined) {
      pending = Promise.resolve()
        .then(() => hook(shopId))
        .finally(() => refreshing.delete(shopId));
      refreshing.set(shopId, pending);
    }
    return pending;
  };

  const send = async (
    method: string,
    paramJson: string,
    token: string | undefined,
    signal: AbortSignal | undefined,
  ) => {
    const timestamp = douyinTimestamp(clock.now(), settings.timestampFormat);
    const sign = signDouyinRequest(
      { appKey: settings.appKey, method, paramJson, timestamp, v: '2' },
      settings.appSecret,
      settings.signMethod,
    );
    const response = await gateway.request({
      method: 'POST',
      path: method.replaceAll('.', '/'),
      searchParams: {
        app_key: settings.appKey,
        method,
        v: '2',
        timestamp,
        sign,
        sign_method: settings.signMethod,
        ...(token === undefined ? {} : { access_token: token }),
      },
      headers: { 'content-type': 'application/json;charset=UTF-8' },
      body: paramJson,
      operation: method,
      ...(signal === undefined ? {} : { signal }),
    });
    const body = response.json;
    if (!isJsonObject(body)) {
      throw new OmsError('network', `douyin ${method}: the response is not a JSON object`, {
        platform: 'douyin',
      });
    }
    const data = body['data'];
    return isJsonObject(data) ? data : {};
  };

  const call: DouyinCall = async (method, params, context) => {
    const paramJson = serializeDouyinParamJson(params, {
      escapeLineSeparators: settings.escapeLineSeparators,
    });
    if (context.anonymous === true) return send(method, paramJson, undefined, context.signal);
    const token = await settings.accessToken(context.shopId);
    try {
      return await send(method, paramJson, token, context.signal);
    } catch (error) {
      const hook = settings.refreshAccessToken;
      if (!OmsError.isCode(error, 'auth_expired') || hook === undefined) throw error;
      const fresh = await refresh(context.shopId, hook);
      return send(method, paramJson, fresh, context.signal);
    }
  };
  return { call, gateway };
}
