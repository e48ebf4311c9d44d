import { OmsError, type OmsErrorCode } from '../errors/oms-error';
import type { GatewayResponse } from './gateway-types';
import { parseRetryAfter } from './parse-retry-after';

/** Where a response came from, for the error's message and fields. */
export interface HttpStatusErrorContext {
  platform: string;
  operation: string;
  /** The current time, for `Retry-After` HTTP-dates. */
  nowMs: number;
}

function codeForStatus(status: number): OmsErrorCode | undefined {
  if (status < 400) return undefined;
  if (status === 401) return 'auth_expired';
  if (status === 403) return 'permission_denied';
  if (status === 408) return 'timeout';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'platform_unavailable';
  return 'platform_rejected';
}

/**
 * The `OmsError` an HTTP error status stands for, or `undefined` below 400.
 *
 * 401 `auth_expired`, 403 `permission_denied`, 408 `timeout`, 429 `rate_limited`, 5xx
 * `platform_unavailable`, any other 4xx `platform_rejected`. `Retry-After` (seconds or HTTP-date)
 * becomes `retryAfterMs`; the body is kept as `rawPayload` for a person to read, never in the message.
 */
export function errorForHttpStatus(
  response: GatewayResponse,
  context: HttpStatusErrorContext,
): OmsError | undefined {
  const code = codeForStatus(response.status);
  if (code === undefined) return undefined;
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), context.nowMs);
  return new OmsError(code, `${context.platform} ${context.operation}: HTTP ${response.status}`, {
    platform: context.platform,
    retryAfterMs,
    rawPayload: response.text,
  });
}
