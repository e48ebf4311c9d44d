import { describe, expect, it } from 'vitest';
import { classifyPddError, pddErrorTable } from './pdd-error';

const envelope = (errorCode: number | string, subCode?: string) => ({
  error_response: {
    error_code: errorCode,
    error_msg: 'msg',
    ...(subCode ? { sub_code: subCode, sub_msg: 'sub' } : {}),
    request_id: 'r',
  },
});

describe('classifyPddError', () => {
  it.each([
    [10019, 'auth_expired', false],
    [20004, 'invalid_signature', false],
    [20005, 'permission_denied', false],
    [20031, 'permission_denied', false],
    [52101, 'rate_limited', true],
    [70031, 'rate_limited', true],
    [52102, 'platform_unavailable', true],
    [52103, 'platform_unavailable', true],
    [70033, 'platform_unavailable', true],
    [70032, 'permission_denied', false],
    [70034, 'permission_denied', false],
    [70035, 'permission_denied', false],
    [70036, 'rate_limited', false],
    [50000, 'platform_unavailable', true],
    [50001, 'platform_unavailable', true],
    [50002, 'platform_unavailable', true],
    [52001, 'platform_unavailable', true],
    [52002, 'platform_unavailable', true],
    [10000, 'platform_rejected', false],
    [99999, 'platform_rejected', false],
  ] as const)('error_code %s -> %s (retryable %s)', (errorCode, code, retryable) => {
    const error = classifyPddError(envelope(errorCode));
    expect(error?.code).toBe(code);
    expect(error?.retryable).toBe(retryable);
    expect(error?.platform).toBe('pdd');
    expect(error?.platformCode).toBe(String(errorCode));
  });

  it('covers every code of the table', () => {
    for (const [errorCode, rule] of Object.entries(pddErrorTable)) {
      expect(classifyPddError(envelope(errorCode))?.code).toBe(rule.code);
    }
  });

  it('keeps the sub code and accepts string codes', () => {
    const error = classifyPddError(envelope('10019', 'isv.token-expired'));
    expect(error?.platformCode).toBe('10019/isv.token-expired');
    expect(error?.platformMessage).toBe('sub');
  });

  it.each([
    [{}, undefined, undefined],
    [{ order_info_get_response: {} }, 200, undefined],
    [null, 200, undefined],
    ['text', 429, 'rate_limited'],
    [undefined, 502, 'platform_unavailable'],
    [{ error_response: 'odd' }, 200, undefined],
  ] as const)('without an envelope: %j at HTTP %s -> %s', (body, status, code) => {
    expect(classifyPddError(body, status)?.code).toBe(code);
  });
});
