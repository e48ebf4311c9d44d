import type { OmsErrorCode } from '@omskit/core';
import { describe, expect, it } from 'vitest';
import { classifyKuaidi100Response } from './kuaidi100-error';

const answer = (json: unknown) => ({ status: 200, headers: new Headers(), text: '', json });

describe('Kuaidi100 error classification', () => {
  it.each<[string, OmsErrorCode, boolean]>([
    ['400', 'invalid_input', false],
    ['408', 'invalid_input', false],
    ['501', 'platform_unavailable', true],
    ['502', 'rate_limited', true],
    ['503', 'invalid_signature', false],
    ['601', 'permission_denied', false],
    ['777', 'platform_rejected', false],
  ])('returnCode %s -> %s', (returnCode, code, retryable) => {
    expect(classifyKuaidi100Response(answer({ result: false, returnCode, message: 'm' }))).toMatchObject({
      code,
      retryable,
      platformCode: returnCode,
    });
  });

  it('leaves successes and 500 查询无结果 (an empty history) alone', () => {
    expect(classifyKuaidi100Response(answer({ result: false, returnCode: '500' }))).toBeUndefined();
    expect(classifyKuaidi100Response(answer({ result: true, returnCode: '200' }))).toBeUndefined();
    expect(classifyKuaidi100Response(answer({ message: 'ok', state: '0', data: [] }))).toBeUndefined();
  });
});
