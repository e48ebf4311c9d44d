import { describe, expect, it } from 'vitest';
import { OmsError } from '../errors/oms-error';
import { computeRetryDelay, defaultRetryPolicy, resolveRetryPolicy } from './retry-policy';

const unavailable = new OmsError('platform_unavailable', 'HTTP 503');
const policy = resolveRetryPolicy({ minTimeoutMs: 100, maxTimeoutMs: 1_000, factor: 2, jitter: false });

describe('resolveRetryPolicy', () => {
  it('fills in the defaults', () => {
    expect(resolveRetryPolicy()).toEqual(defaultRetryPolicy);
    expect(resolveRetryPolicy({ retries: 0, jitter: undefined })).toEqual({
      ...defaultRetryPolicy,
      retries: 0,
    });
  });

  it('rejects nonsense with the path of the bad field', () => {
    for (const [options, path] of [
      [{ retries: -1 }, ['retry', 'retries']],
      [{ retries: 1.5 }, ['retry', 'retries']],
      [{ minTimeoutMs: Number.NaN }, ['retry', 'minTimeoutMs']],
      [{ factor: 0.5 }, ['retry', 'factor']],
    ] as const) {
      const error = (() => {
        try {
          resolveRetryPolicy(options);
        } catch (caught) {
          return caught;
        }
      })();
      expect(OmsError.isCode(error, 'invalid_input')).toBe(true);
      expect((error as OmsError).path).toEqual(path);
    }
  });
});

describe('computeRetryDelay', () => {
  it('grows exponentially up to the cap without jitter', () => {
    const delays = [1, 2, 3, 4, 5].map((retry) => computeRetryDelay(policy, retry, unavailable, () => 0.5));
    expect(delays).toEqual([100, 200, 400, 800, 1_000]);
  });

  it('draws full jitter between 0 and the cap', () => {
    const jittered = { ...policy, jitter: true };
    expect(computeRetryDelay(jittered, 3, unavailable, () => 0)).toBe(0);
    expect(computeRetryDelay(jittered, 3, unavailable, () => 0.25)).toBe(100);
    expect(computeRetryDelay(jittered, 3, unavailable, () => 0.999)).toBeLessThanOrEqual(400);
  });

  it('waits at least retryAfterMs', () => {
    const throttled = new OmsError('rate_limited', 'slow down', { retryAfterMs: 5_000 });
    expect(computeRetryDelay(policy, 1, throttled, () => 0.5)).toBe(5_000);
    const brief = new OmsError('rate_limited', 'slow down', { retryAfterMs: 10 });
    expect(computeRetryDelay(policy, 2, brief, () => 0.5)).toBe(200);
  });

  it('does not retry errors that are not retryable or ask for too long a pause', () => {
    expect(computeRetryDelay(policy, 1, new OmsError('platform_rejected', 'no'), () => 0)).toBeUndefined();
    const longPause = new OmsError('rate_limited', 'come back in an hour', { retryAfterMs: 3_600_000 });
    expect(computeRetryDelay(policy, 1, longPause, () => 0)).toBeUndefined();
  });
});
