import type { OmsErrorCode } from '@omskit/core';
import { describe, expect, it } from 'vitest';
import { classifyTaobaoError, parseTaobaoRetryAfterMs } from './taobao-error';

const envelope = (code: number | string, subCode?: string, msg = 'message', subMsg?: string) => ({
  error_response: {
    code,
    msg,
    ...(subCode === undefined ? {} : { sub_code: subCode }),
    ...(subMsg === undefined ? {} : { sub_msg: subMsg }),
    request_id: 'abc',
  },
});

const table: readonly [string, unknown, OmsErrorCode, boolean, number | undefined][] = [
  [
    '7 api qps ban',
    envelope(
      7,
      'accesscontrol.limited-by-api-access-count',
      'App Call Limited',
      'This ban will last for 12 more seconds',
    ),
    'rate_limited',
    true,
    12_000,
  ],
  [
    '7 app+api ban',
    envelope(7, 'accesscontrol.limited-by-app-api-access-count', 'This ban will last for 1 more second'),
    'rate_limited',
    true,
    1000,
  ],
  [
    '7 app daily quota',
    envelope(7, 'accesscontrol.limited-by-app-access-count'),
    'rate_limited',
    false,
    undefined,
  ],
  ['7 without sub-code', envelope(7), 'rate_limited', true, undefined],
  ['9 http action', envelope(9), 'platform_rejected', false, undefined],
  ['10 service unavailable', envelope(10), 'platform_unavailable', true, undefined],
  ['11 isv permission', envelope(11), 'permission_denied', false, undefined],
  ['12 user permission', envelope(12), 'permission_denied', false, undefined],
  [
    '15 isp remote error',
    envelope(15, 'isp.top-remote-unknown-error'),
    'platform_unavailable',
    true,
    undefined,
  ],
  [
    '15 isp timeout',
    envelope(15, 'isp.top-remote-connection-timeout'),
    'platform_unavailable',
    true,
    undefined,
  ],
  ['15 trade not found', envelope(15, 'isv.trade-not-exist'), 'not_found', false, undefined],
  [
    '15 business refusal',
    envelope(15, 'isv.logistics-offline-service-error'),
    'platform_rejected',
    false,
    undefined,
  ],
  ['21 missing method', envelope(21), 'invalid_input', false, undefined],
  ['22 invalid method', envelope(22), 'invalid_input', false, undefined],
  ['24 missing signature', envelope(24), 'invalid_signature', false, undefined],
  ['25 invalid signature', envelope(25), 'invalid_signature', false, undefined],
  ['26 missing session', envelope(26), 'auth_expired', false, undefined],
  ['27 invalid session', envelope(27, 'invalid-sessionkey'), 'auth_expired', false, undefined],
  ['27 as a string code', envelope('27'), 'auth_expired', false, undefined],
  ['28 missing app key', envelope(28), 'invalid_input', false, undefined],
  ['29 invalid app key', envelope(29), 'permission_denied', false, undefined],
  ['30 missing timestamp', envelope(30), 'invalid_input', false, undefined],
  ['31 invalid timestamp', envelope(31), 'invalid_input', false, undefined],
  ['40 missing argument', envelope(40), 'invalid_input', false, undefined],
  ['41 invalid argument', envelope(41, 'isv.invalid-parameter'), 'invalid_input', false, undefined],
  ['unknown code', envelope(99), 'platform_rejected', false, undefined],
];

describe('classifyTaobaoError', () => {
  it.each(table)('%s', (_name, body, code, retryable, retryAfterMs) => {
    const error = classifyTaobaoError(body, 200);
    expect(error?.code).toBe(code);
    expect(error?.retryable).toBe(retryable);
    expect(error?.retryAfterMs).toBe(retryAfterMs);
    expect(error?.platform).toBe('taobao');
  });

  it('keeps the platform code with its sub-code', () => {
    expect(classifyTaobaoError(envelope(27, 'invalid-sessionkey'))?.platformCode).toBe(
      '27/invalid-sessionkey',
    );
    expect(classifyTaobaoError(envelope(10))?.platformCode).toBe('10');
  });

  it('finds no error in a success body, an empty object or non-objects', () => {
    expect(classifyTaobaoError({ trade_fullinfo_get_response: { trade: {} } }, 200)).toBeUndefined();
    expect(classifyTaobaoError({})).toBeUndefined();
    expect(classifyTaobaoError(null)).toBeUndefined();
    expect(classifyTaobaoError('text', 200)).toBeUndefined();
    expect(classifyTaobaoError({ error_response: 'odd' })).toBeUndefined();
  });

  it('classifies bare HTTP failures', () => {
    expect(classifyTaobaoError(undefined, 502)?.code).toBe('platform_unavailable');
    expect(classifyTaobaoError(undefined, 429)?.code).toBe('rate_limited');
    expect(classifyTaobaoError(undefined, 404)).toBeUndefined();
  });

  it('takes configured not-found sub-codes (UNVERIFIED on TOP)', () => {
    const body = envelope(15, 'isv.custom-missing');
    expect(classifyTaobaoError(body)?.code).toBe('platform_rejected');
    expect(classifyTaobaoError(body, 200, { notFoundSubCodes: ['isv.custom-missing'] })?.code).toBe(
      'not_found',
    );
  });
});

describe('parseTaobaoRetryAfterMs', () => {
  it.each([
    ['This ban will last for 5 more seconds', 5000],
    ['this ban will last for 1 more second', 1000],
    ['no wait mentioned', undefined],
    [undefined, undefined],
  ] as const)('%s', (text, expected) => {
    expect(parseTaobaoRetryAfterMs(text)).toBe(expected);
  });
});
