import type { OmsErrorCode } from '@omskit/core';
import { describe, expect, it } from 'vitest';
import { classifyZtoResponse } from './zto-api';
import { ztoError } from './zto-error';

describe('ZTO error classification', () => {
  it.each<[string | undefined, OmsErrorCode, boolean]>([
    ['S200', 'timeout', true],
    ['S202', 'platform_unavailable', true],
    ['S206', 'rate_limited', true],
    ['S208', 'invalid_input', false],
    ['S210', 'permission_denied', false],
    ['S211', 'invalid_signature', false],
    ['S212', 'permission_denied', false],
    ['S214', 'invalid_input', false],
    ['S221', 'rate_limited', true],
    ['E409', 'permission_denied', false],
    ['SOMETHING', 'platform_rejected', false],
    [undefined, 'platform_rejected', false],
  ])('%s -> %s', (code, omsCode, retryable) => {
    expect(ztoError(code, 'm', 'op')).toMatchObject({ code: omsCode, retryable, platform: 'zto' });
  });

  it('lets the gateway retry throttling but leaves business failures to the caller', () => {
    const answer = (json: unknown) => ({ status: 200, headers: new Headers(), text: '', json });
    expect(classifyZtoResponse(answer({ status: false, statusCode: 'S206' }))?.code).toBe('rate_limited');
    expect(classifyZtoResponse(answer({ status: false, statusCode: 'BIZ' }))).toBeUndefined();
    expect(classifyZtoResponse(answer({ status: true, statusCode: 'SYS000' }))).toBeUndefined();
  });
});
