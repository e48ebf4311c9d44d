import { describe, expect, it } from 'vitest';
import type { GatewayResponse } from './gateway-types';
import { errorForHttpStatus } from './http-status-error';

const context = {
  platform: 'jd',
  operation: 'jingdong.pop.order.search',
  nowMs: Date.parse('2024-11-11T00:00:00Z'),
};

function response(status: number, headers: Record<string, string> = {}): GatewayResponse {
  return { status, headers: new Headers(headers), text: '<html>busy</html>', json: undefined };
}

describe('errorForHttpStatus', () => {
  it.each([
    [401, 'auth_expired', false],
    [403, 'permission_denied', false],
    [404, 'platform_rejected', false],
    [408, 'timeout', true],
    [422, 'platform_rejected', false],
    [429, 'rate_limited', true],
    [500, 'platform_unavailable', true],
    [502, 'platform_unavailable', true],
    [503, 'platform_unavailable', true],
  ] as const)('maps HTTP %i to %s (retryable: %s)', (status, code, retryable) => {
    const error = errorForHttpStatus(response(status), context);
    expect(error).toMatchObject({ code, retryable, platform: 'jd', rawPayload: '<html>busy</html>' });
    expect(error?.message).toBe(`jd jingdong.pop.order.search: HTTP ${status}`);
  });

  it('is undefined below 400', () => {
    expect(errorForHttpStatus(response(200), context)).toBeUndefined();
    expect(errorForHttpStatus(response(304), context)).toBeUndefined();
  });

  it('reads Retry-After as seconds or an HTTP-date', () => {
    expect(errorForHttpStatus(response(429, { 'retry-after': '2' }), context)?.retryAfterMs).toBe(2_000);
    const dated = response(503, { 'retry-after': 'Mon, 11 Nov 2024 00:00:03 GMT' });
    expect(errorForHttpStatus(dated, context)?.retryAfterMs).toBe(3_000);
  });
});
