import { OmsError, type OmsErrorCode } from '@omskit/core';
import { lookupOwn } from '@omskit/core/gateway';

/** TOP's error envelope, the tolerant subset omskit reads. */
export interface TaobaoErrorEnvelope {
  readonly code: string;
  readonly msg: string | undefined;
  readonly subCode: string | undefined;
  readonly subMsg: string | undefined;
  readonly requestId: string | undefined;
}

/** Options of {@link classifyTaobaoError}. */
export interface TaobaoErrorClassifierOptions {
  /**
   * Sub-codes that mean "no such entity" (UNVERIFIED: what TOP answers for an unknown `tid`
   * is not documented in the sources at hand). Default {@link defaultTaobaoNotFoundSubCodes}.
   */
  readonly notFoundSubCodes?: readonly string[];
}

/** The sub-codes treated as `not_found` unless configured otherwise. UNVERIFIED. */
export const defaultTaobaoNotFoundSubCodes: readonly string[] = [
  'isv.trade-not-exist',
  'isv.refund-not-exist',
  'isv.invalid-parameter:trade-not-exist',
];

const textOf = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;

/** Reads `{"error_response":{code,msg,sub_code,sub_msg,request_id}}`, or undefined when absent. */
export function readTaobaoErrorEnvelope(body: unknown): TaobaoErrorEnvelope | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const envelope = (body as { error_response?: unknown }).error_response;
  if (typeof envelope !== 'object' || envelope === null) return undefined;
  const fields = envelope as {
    code?: unknown;
    msg?: unknown;
    sub_code?: unknown;
    sub_msg?: unknown;
    request_id?: unknown;
  };
  return {
    code: textOf(fields.code) ?? '',
    msg: textOf(fields.msg),
    subCode: textOf(fields.sub_code),
    subMsg: textOf(fields.sub_msg),
    requestId: textOf(fields.request_id),
  };
}

/** The wait TOP asks for in flow-control messages ("This ban will last for 12 more seconds"), in ms. */
export function parseTaobaoRetryAfterMs(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const match = /(\d{1,6})\s*more\s+seconds?/i.exec(text);
  return match?.[1] === undefined ? undefined : Number(match[1]) * 1000;
}

/** One row of the TOP code table: the unified code and whether a retry may help. */
interface CodeRow {
  readonly code: OmsErrorCode;
  readonly retryable?: boolean;
}

/** TOP platform codes (错误码一览) onto OmsError codes. */
export const taobaoErrorCodeTable: Readonly<Record<string, CodeRow>> = {
  '7': { code: 'rate_limited' },
  '9': { code: 'platform_rejected' },
  '10': { code: 'platform_unavailable' },
  '11': { code: 'permission_denied' },
  '12': { code: 'permission_denied' },
  '13': { code: 'permission_denied' },
  '15': { code: 'platform_rejected' },
  '21': { code: 'invalid_input' },
  '22': { code: 'invalid_input' },
  '24': { code: 'invalid_signature' },
  '25': { code: 'invalid_signature' },
  '26': { code: 'auth_expired' },
  '27': { code: 'auth_expired' },
  '28': { code: 'invalid_input' },
  '29': { code: 'permission_denied' },
  '30': { code: 'invalid_input' },
  '31': { code: 'invalid_input' },
  '40': { code: 'invalid_input' },
  '41': { code: 'invalid_input' },
};

function rowFor(envelope: TaobaoErrorEnvelope, notFound: readonly string[]): CodeRow {
  const subCode = envelope.subCode ?? '';
  if (envelope.code === '7') {
    // The app's daily quota does not come back within a retry loop; per-second bans do.
    return subCode === 'accesscontrol.limited-by-app-access-count'
      ? { code: 'rate_limited', retryable: false }
      : { code: 'rate_limited' };
  }
  if (notFound.includes(subCode)) return { code: 'not_found' };
  if (subCode.startsWith('isp.')) return { code: 'platform_unavailable', retryable: true };
  if (subCode === 'invalid-sessionkey' || subCode === 'isv.session-expired') return { code: 'auth_expired' };
  return lookupOwn(taobaoErrorCodeTable, envelope.code) ?? { code: 'platform_rejected' };
}

/**
 * Turns a TOP response body into an {@link OmsError}, or `undefined` when it holds no error.
 *
 * Code 7 is `rate_limited` (its `accesscontrol.*` sub-code's "N more seconds" becomes
 * `retryAfterMs`; the daily app quota is not retryable), 26/27 `auth_expired`, 24/25
 * `invalid_signature`, 11/12/29 `permission_denied`, sub-codes starting `isp.` are retryable
 * `platform_unavailable`, configured not-found sub-codes are `not_found`, anything else is
 * `platform_rejected`. Without an envelope, an HTTP status of 5xx or 429 is classified too.
 */
export function classifyTaobaoError(
  body: unknown,
  httpStatus?: number,
  options: TaobaoErrorClassifierOptions = {},
): OmsError | undefined {
  const envelope = readTaobaoErrorEnvelope(body);
  if (envelope === undefined) {
    if (httpStatus === 429)
      return new OmsError('rate_limited', `taobao: HTTP ${httpStatus}`, { platform: 'taobao' });
    if (httpStatus !== undefined && httpStatus >= 500) {
      return new OmsError('platform_unavailable', `taobao: HTTP ${httpStatus}`, { platform: 'taobao' });
    }
    return undefined;
  }
  const row = rowFor(envelope, options.notFoundSubCodes ?? defaultTaobaoNotFoundSubCodes);
  const platformCode =
    envelope.subCode === undefined ? envelope.code : `${envelope.code}/${envelope.subCode}`;
  const platformMessage = [envelope.msg, envelope.subMsg].filter((part) => part !== undefined).join(': ');
  const retryAfterMs =
    row.code === 'rate_limited'
      ? (parseTaobaoRetryAfterMs(envelope.subMsg) ?? parseTaobaoRetryAfterMs(envelope.msg))
      : undefined;
  return new OmsError(row.code, `taobao: ${platformCode} ${platformMessage}`.trim(), {
    platform: 'taobao',
    platformCode,
    platformMessage,
    ...(row.retryable === undefined ? {} : { retryable: row.retryable }),
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });
}
