import { shanghaiWallTimeToIso } from '@omskit/core';
import { http, type RequestHandler } from 'msw';
import { type DouyinSignMethod, signDouyinRequest } from '../douyin-sign';
import { type MockDouyinError, mockErrors, mockFailure, mockSuccess } from './douyin-mock-envelope';
import { runMockMethod, runMockTokenMethod } from './douyin-mock-methods';
import type { MockWorld } from './douyin-mock-state';

/** What the gateway handler checks requests against. */
export interface MockGatewayConfig {
  readonly baseUrl: string;
  readonly appKey: string;
  readonly appSecret: string;
  readonly maxPages: number;
  /** Allowed distance between the request's timestamp and the mock's clock (Douyin: 10 minutes). */
  readonly timestampToleranceMs: number;
}

function timestampMs(value: string): number | undefined {
  if (/^\d{9,11}$/.test(value)) return Number(value) * 1000;
  try {
    return Date.parse(shanghaiWallTimeToIso(value));
  } catch {
    return undefined;
  }
}

function faultError(world: MockWorld): MockDouyinError | undefined {
  const fault = world.faults.shift();
  switch (fault) {
    case 'throttle':
      return mockErrors.throttled;
    case 'server_error':
      return mockErrors.serviceError;
    case 'timeout':
      return mockErrors.timeout;
    case 'token_expired':
      return mockErrors.tokenExpired;
    default:
      return undefined;
  }
}

function checkRequest(world: MockWorld, config: MockGatewayConfig, query: URLSearchParams, body: string) {
  const method = query.get('method');
  const appKey = query.get('app_key');
  const timestamp = query.get('timestamp');
  const sign = query.get('sign');
  if (method === null || appKey === null || timestamp === null || sign === null || query.get('v') === null) {
    return { error: mockErrors.missingParameter };
  }
  if (appKey !== config.appKey) return { error: mockErrors.appForbidden };
  const sentAt = timestampMs(timestamp);
  if (sentAt === undefined || Math.abs(sentAt - world.nowMs) > config.timestampToleranceMs) {
    return { error: mockErrors.badTimestamp };
  }
  const signMethod = (query.get('sign_method') ?? 'md5') as DouyinSignMethod;
  if (signMethod !== 'md5' && signMethod !== 'hmac-sha256') return { error: mockErrors.badSignature };
  const expected = signDouyinRequest(
    { appKey, method, paramJson: body, timestamp, v: query.get('v') ?? '2' },
    config.appSecret,
    signMethod,
  );
  if (expected !== sign) return { error: mockErrors.badSignature };
  if (method.startsWith('token.')) return { method, shopId: undefined };
  const token = world.tokens.get(query.get('access_token') ?? '');
  if (token === undefined) return { error: mockErrors.tokenMissing };
  if (!token.valid || token.expiresAtMs <= world.nowMs) return { error: mockErrors.tokenExpired };
  return { method, shopId: token.shopId };
}

/**
 * The msw handler standing in for Douyin's gateway: `POST <baseUrl>/<method with / for .>` with
 * the system parameters in the query and `param_json` as the body. Checks app key, timestamp,
 * signature and token in Douyin's order and answers in Douyin's envelope.
 */
export function createMockGatewayHandler(world: MockWorld, config: MockGatewayConfig): RequestHandler {
  const prefix = config.baseUrl.replace(/\/$/, '');
  return http.all(
    ({ request }) => request.url.startsWith(`${prefix}/`),
    async ({ request }) => {
      const url = new URL(request.url);
      const body =
        request.method === 'POST' ? await request.text() : (url.searchParams.get('param_json') ?? '{}');
      const operation = url.searchParams.get('method') ?? url.pathname;
      const failed = (error: MockDouyinError) => {
        world.calls.push({ operation, ok: false });
        return mockFailure(error);
      };
      const fault = faultError(world);
      if (fault !== undefined) return failed(fault);
      const checked = checkRequest(world, config, url.searchParams, body);
      if (checked.error !== undefined) return failed(checked.error);
      let params: unknown;
      try {
        params = JSON.parse(body);
      } catch {
        return failed(mockErrors.badParameter);
      }
      if (typeof params !== 'object' || params === null || Array.isArray(params))
        return failed(mockErrors.badParameter);
      const businessParams = params as { [key: string]: unknown };
      const shop = checked.shopId === undefined ? undefined : world.shops.get(checked.shopId);
      const outcome =
        shop === undefined
          ? runMockTokenMethod(world, checked.method, businessParams)
          : runMockMethod(world, shop, checked.method, businessParams, config);
      if (!outcome.ok) return failed(outcome.error);
      world.calls.push({ operation, ok: true });
      return mockSuccess(outcome.data);
    },
  );
}
