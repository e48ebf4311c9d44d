import type { OmsErrorCode } from '@omskit/core';
import { describe, expect, it } from 'vitest';
import { classifyDouyinError } from './douyin-error';

const table: [string, unknown, number | undefined, OmsErrorCode | undefined, boolean | undefined][] = [
  ['success', { code: 10000, msg: 'success' }, 200, undefined, undefined],
  ['no code at all', {}, undefined, undefined, undefined],
  ['not an object', 'oops', 200, undefined, undefined],
  ['HTTP 502 without a body', undefined, 502, 'platform_unavailable', true],
  ['partial failure', { code: 10001 }, 200, 'platform_rejected', false],
  ['service unavailable', { code: 20000, sub_code: 'isp.service-error' }, 200, 'platform_unavailable', true],
  ['service timeout', { code: 20001 }, 200, 'timeout', true],
  [
    'app permission missing',
    { code: 30001, sub_code: 'isv.app-permissions-insufficient' },
    200,
    'permission_denied',
    false,
  ],
  [
    'shop authorisation gone',
    { code: 30001, sub_code: 'dop.authorization-no-existed' },
    200,
    'permission_denied',
    false,
  ],
  ['IP not whitelisted', { code: 30002 }, 200, 'permission_denied', false],
  ['missing parameter', { code: 40001 }, 200, 'invalid_input', false],
  ['missing system parameter', { code: 40002 }, 200, 'invalid_input', false],
  ['bad signature', { code: 40003, sub_code: 'isv.signature-invalid' }, 200, 'invalid_signature', false],
  ['token expired', { code: 40003, sub_code: 'isv.access-token-expired' }, 200, 'auth_expired', false],
  ['token unknown', { code: 40003, sub_code: 'isv.access-token-no-existed' }, 200, 'auth_expired', false],
  ['token invalid', { code: 40003, sub_code: 'isv.access-token-invalid' }, 200, 'auth_expired', false],
  ['timestamp out of range', { code: 40003, sub_code: 'isv.timestamp-invalid' }, 200, 'invalid_input', false],
  [
    'parameter format',
    { code: 40003, sub_code: 'isv.parameter-format-invalid' },
    200,
    'invalid_input',
    false,
  ],
  ['business parameter', { code: 40004 }, 200, 'invalid_input', false],
  [
    'token generation failed',
    { code: 50001, sub_code: 'dop.token-generate-failed:code-expired' },
    200,
    'auth_expired',
    false,
  ],
  ['business failure', { code: 50002 }, 200, 'platform_rejected', false],
  ['throttled', { code: 60000 }, 200, 'rate_limited', true],
  ['throttled, code as text', { code: '60000' }, 200, 'rate_limited', true],
  ['API offline', { code: 70000 }, 200, 'unsupported', false],
  ['security', { code: 80000 }, 200, 'permission_denied', false],
  ['other', { code: 90000 }, 200, 'platform_rejected', false],
  ['unknown code', { code: 12345 }, 200, 'platform_rejected', false],
  ['old envelope, ok', { err_no: 0, message: 'success' }, 200, undefined, undefined],
  ['old envelope, error', { err_no: 2, message: '参数错误' }, 200, 'platform_rejected', false],
];

describe('classifyDouyinError', () => {
  it.each(table)('%s', (_name, body, status, code, retryable) => {
    const error = classifyDouyinError(body, status);
    expect(error?.code).toBe(code);
    expect(error?.retryable).toBe(retryable);
    if (error !== undefined) expect(error.platform).toBe('douyin');
  });

  it('keeps code and sub-code verbatim, never deciding on message text', () => {
    const error = classifyDouyinError({
      code: 40003,
      sub_code: 'isv.access-token-expired',
      sub_msg: '已过期',
    });
    expect(error?.platformCode).toBe('40003:isv.access-token-expired');
    expect(error?.platformMessage).toBe('已过期');
    expect(
      classifyDouyinError({ code: 40003, sub_code: 'other', sub_msg: 'isv.access-token-expired' })?.code,
    ).toBe('invalid_input');
  });
});
