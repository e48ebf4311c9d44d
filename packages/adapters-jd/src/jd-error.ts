import { OmsError, type OmsErrorCode } from '@omskit/core';
import { lookupOwn } from '@omskit/core/gateway';

/** How one JOS error code is classified. */
export interface JdErrorRule {
  readonly code: OmsErrorCode;
  readonly retryable?: boolean;
  /** Where the meaning of the code comes from (reference source keys). */
  readonly source: string;
}

/**
 * JOS gateway error codes (`error_response.code`) and what they mean for omskit. Codes not in the
 * table become `platform_rejected`. Hosts can extend it through the adapter's `errorCodes` setting.
 */
export const jdErrorTable: Readonly<Record<string, JdErrorRule>> = {
  '2': { code: 'rate_limited', source: 'PEER: App Call Limited; exact semantics UNVERIFIED' },
  '8': { code: 'platform_rejected', source: 'PEER: invalid timestamp (check the clock, +-10 min)' },
  '12': { code: 'invalid_signature', source: 'PEER: invalid signature' },
  '15': { code: 'platform_rejected', source: 'PEER: invalid method' },
  '19': { code: 'auth_expired', source: 'PEER: invalid or expired access_token' },
};

function readText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return undefined;
}

function asObject(value: unknown): Readonly<Record<string, unknown>> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Readonly<Record<string, unknown>>)
    : undefined;
}

function fromGatewayError(
  envelope: Readonly<Record<string, unknown>>,
  table: Readonly<Record<string, JdErrorRule>>,
): OmsError {
  const platformCode = readText(envelope['code']) ?? '';
  const platformMessage = readText(envelope['zh_desc']) ?? readText(envelope['en_desc']);
  const rule = lookupOwn(table, platformCode);
  const code = rule?.code ?? 'platform_rejected';
  return new OmsError(
    code,
    `JD gateway error ${platformCode}${platformMessage ? `: ${platformMessage}` : ''}`,
    {
      platform: 'jd',
      platformCode,
      ...(platformMessage === undefined ? {} : { platformMessage }),
      ...(rule?.retryable === undefined ? {} : { retryable: rule.retryable }),
    },
  );
}

/** Finds a business result `apiResult` (or `queryResult`) that says `success: false`. */
function fromBusinessResult(responce: Readonly<Record<string, unknown>>): OmsError | undefined {
  for (const value of Object.values(responce)) {
    const result = asObject(value);
    if (result === undefined) continue;
    const apiResult = asObject(result['apiResult']) ?? (result['success'] === false ? result : undefined);
    if (apiResult === undefined || apiResult['success'] !== false) continue;
    const platformCode = readText(apiResult['code']) ?? readText(apiResult['resultCode']) ?? '';
    const platformMessage =
      readText(apiResult['chineseErrCode']) ??
      readText(apiResult['englishErrCode']) ??
      readText(apiResult['resultDescribe']);
    return new OmsError(
      'platform_rejected',
      `JD refused the call${platformCode ? ` (${platformCode})` : ''}`,
      {
        platform: 'jd',
        platformCode,
        ...(platformMessage === undefined ? {} : { platformMessage }),
      },
    );
  }
  return undefined;
}

/**
 * Turns a JOS response body into an {@link OmsError}, or `undefined` when it is not an error.
 * Reads the gateway envelope `{ error_response: { code, zh_desc, en_desc } }`, a `*_responce`
 * root whose `code` is not `"0"`, and a business `apiResult.success === false`; without a body,
 * HTTP 429 is throttling and 5xx a transient platform failure.
 */
export function classifyJdError(
  body: unknown,
  httpStatus?: number,
  table: Readonly<Record<string, JdErrorRule>> = jdErrorTable,
): OmsError | undefined {
  const object = asObject(body);
  if (object !== undefined) {
    const envelope = asObject(object['error_response']);
    if (envelope !== undefined) return fromGatewayError(envelope, table);
    for (const [key, value] of Object.entries(object)) {
      if (!key.endsWith('_responce') && !key.endsWith('_response')) continue;
      const responce = asObject(value);
      if (responce === undefined) continue;
      const code = readText(responce['code']);
      if (code !== undefined && code !== '0') return fromGatewayError(responce, table);
      const business = fromBusinessResult(responce);
      if (business !== undefined) return business;
    }
  }
  if (httpStatus === 429) return new OmsError('rate_limited', 'JD answered HTTP 429', { platform: 'jd' });
  if (httpStatus !== undefined && httpStatus >= 500) {
    return new OmsError('platform_unavailable', `JD answered HTTP ${httpStatus}`, {
      platform: 'jd',
      platformCode: `http_${httpStatus}`,
    });
  }
  if (httpStatus !== undefined && httpStatus >= 400) {
    return new OmsError('platform_rejected', `JD answered HTTP ${httpStatus}`, {
      platform: 'jd',
      platformCode: `http_${httpStatus}`,
    });
  }
  return undefined;
}
