import type { OmsErrorCode } from '@omskit/core';
import { OmsError } from '@omskit/core';
import { lookupOwn } from '@omskit/core/gateway';
import { isJsonObject } from './pdd-read';

/** How one PDD `error_code` is classified. */
export interface PddErrorRule {
  readonly code: OmsErrorCode;
  readonly retryable: boolean;
  /** What PDD says the code means. */
  readonly meaning: string;
}

/**
 * PDD `error_code` to omskit error codes. Transcribed from peer notes of the official tables
 * (UNVERIFIED directly); codes not listed become `platform_rejected`, not retryable.
 */
export const pddErrorTable: Readonly<Record<string, PddErrorRule>> = {
  '10019': { code: 'auth_expired', retryable: false, meaning: 'access_token expired' },
  '20004': { code: 'invalid_signature', retryable: false, meaning: 'sign check failed' },
  '20005': { code: 'permission_denied', retryable: false, meaning: 'IP not whitelisted' },
  '20031': { code: 'permission_denied', retryable: false, meaning: 'no permission package for the API' },
  '52101': { code: 'rate_limited', retryable: true, meaning: 'rate limited' },
  '70031': { code: 'rate_limited', retryable: true, meaning: 'rate limited' },
  '52102': { code: 'platform_unavailable', retryable: true, meaning: 'service degraded' },
  '52103': { code: 'platform_unavailable', retryable: true, meaning: 'service offline' },
  '70033': { code: 'platform_unavailable', retryable: true, meaning: 'service degraded' },
  '70032': { code: 'permission_denied', retryable: false, meaning: 'call forbidden' },
  '70034': { code: 'permission_denied', retryable: false, meaning: 'call forbidden (risk control)' },
  '70035': { code: 'permission_denied', retryable: false, meaning: 'call forbidden (risk control)' },
  '70036': { code: 'rate_limited', retryable: false, meaning: 'test application call cap reached' },
  '50000': { code: 'platform_unavailable', retryable: true, meaning: 'internal error' },
  '50001': { code: 'platform_unavailable', retryable: true, meaning: 'internal error' },
  '50002': { code: 'platform_unavailable', retryable: true, meaning: 'internal error' },
  '52001': { code: 'platform_unavailable', retryable: true, meaning: 'internal error' },
  '52002': { code: 'platform_unavailable', retryable: true, meaning: 'internal error' },
};

function text(value: unknown): string | undefined {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/**
 * Turns a PDD response body (`{"error_response":{error_code, error_msg, sub_code, sub_msg}}`) into
 * an {@link OmsError}, or `undefined` when the body is not an error. Without an envelope, an HTTP
 * status of 429 or 5xx is still classified (throttled, unavailable).
 */
export function classifyPddError(body: unknown, httpStatus?: number): OmsError | undefined {
  const envelope = isJsonObject(body) ? body['error_response'] : undefined;
  if (!isJsonObject(envelope)) {
    if (httpStatus === 429) return new OmsError('rate_limited', 'pdd: HTTP 429', { platform: 'pdd' });
    if (httpStatus !== undefined && httpStatus >= 500) {
      return new OmsError('platform_unavailable', `pdd: HTTP ${httpStatus}`, { platform: 'pdd' });
    }
    return undefined;
  }
  const errorCode = text(envelope['error_code']) ?? 'unknown';
  const subCode = text(envelope['sub_code']);
  const message = text(envelope['sub_msg']) ?? text(envelope['error_msg']) ?? '';
  const rule = lookupOwn(pddErrorTable, errorCode);
  const code: OmsErrorCode = rule?.code ?? 'platform_rejected';
  return new OmsError(
    code,
    `pdd error ${errorCode}${subCode === undefined ? '' : `/${subCode}`}: ${message}`,
    {
      platform: 'pdd',
      platformCode: subCode === undefined ? errorCode : `${errorCode}/${subCode}`,
      platformMessage: message,
      retryable: rule?.retryable ?? false,
    },
  );
}
