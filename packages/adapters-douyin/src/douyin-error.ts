import { OmsError, type OmsErrorCode } from '@omskit/core';
import { isJsonObject } from './douyin-read';

/** One row of the classification table: a Douyin `code`, optionally narrowed by a `sub_code` prefix. */
export interface DouyinErrorRule {
  readonly code: number;
  /** Matches when the response's `sub_code` starts with it; omitted matches any sub-code. */
  readonly subCodePrefix?: string;
  readonly omsCode: OmsErrorCode;
  /** Overrides the code's default retryability. */
  readonly retryable?: boolean;
}

/**
 * How Douyin error envelopes map onto `OmsError` codes, first match wins. Codes and sub-codes come
 * from the platform's error code summary (平台基础错误码).
 */
export const douyinErrorRules: readonly DouyinErrorRule[] = [
  { code: 10001, omsCode: 'platform_rejected' },
  { code: 20000, omsCode: 'platform_unavailable' },
  { code: 20001, omsCode: 'timeout' },
  { code: 30001, omsCode: 'permission_denied' },
  { code: 30002, omsCode: 'permission_denied' },
  { code: 40001, omsCode: 'invalid_input' },
  { code: 40002, omsCode: 'invalid_input' },
  { code: 40003, subCodePrefix: 'isv.signature-invalid', omsCode: 'invalid_signature' },
  { code: 40003, subCodePrefix: 'isv.access-token-expired', omsCode: 'auth_expired' },
  { code: 40003, subCodePrefix: 'isv.access-token-no-existed', omsCode: 'auth_expired' },
  { code: 40003, subCodePrefix: 'isv.access-token-invalid', omsCode: 'auth_expired' },
  { code: 40003, subCodePrefix: 'isv.timestamp-invalid', omsCode: 'invalid_input' },
  { code: 40003, omsCode: 'invalid_input' },
  { code: 40004, omsCode: 'invalid_input' },
  { code: 50001, omsCode: 'auth_expired' },
  { code: 50002, omsCode: 'platform_rejected' },
  { code: 60000, omsCode: 'rate_limited' },
  { code: 70000, omsCode: 'unsupported' },
  { code: 80000, omsCode: 'permission_denied' },
  { code: 90000, omsCode: 'platform_rejected' },
];

/** Douyin's success code. */
export const douyinSuccessCode = 10000;

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * Turns a Douyin response body into an `OmsError`, or `undefined` when it is not an error (including
 * a body without any error code). Understands the current `{code, msg, sub_code, sub_msg}` envelope
 * and the older `{err_no, message}` one. Never reads message text to decide.
 */
export function classifyDouyinError(body: unknown, httpStatus?: number): OmsError | undefined {
  if (!isJsonObject(body)) {
    if (httpStatus !== undefined && httpStatus >= 500) {
      return new OmsError('platform_unavailable', `douyin answered HTTP ${httpStatus}`, {
        platform: 'douyin',
      });
    }
    return undefined;
  }
  if (typeof body['code'] === 'number' || (typeof body['code'] === 'string' && /^\d+$/.test(body['code']))) {
    const code = Number(body['code']);
    if (code === douyinSuccessCode) return undefined;
    const subCode = text(body['sub_code']);
    const rule = douyinErrorRules.find(
      (candidate) =>
        candidate.code === code &&
        (candidate.subCodePrefix === undefined || subCode.startsWith(candidate.subCodePrefix)),
    );
    const omsCode: OmsErrorCode = rule?.omsCode ?? 'platform_rejected';
    const platformCode = subCode === '' ? String(code) : `${code}:${subCode}`;
    return new OmsError(omsCode, `douyin error ${platformCode}`, {
      platform: 'douyin',
      platformCode,
      platformMessage: text(body['sub_msg']) || text(body['msg']),
      ...(rule?.retryable === undefined ? {} : { retryable: rule.retryable }),
    });
  }
  if (typeof body['err_no'] === 'number' && body['err_no'] !== 0) {
    return new OmsError('platform_rejected', `douyin error ${body['err_no']}`, {
      platform: 'douyin',
      platformCode: String(body['err_no']),
      platformMessage: text(body['message']),
    });
  }
  return undefined;
}
