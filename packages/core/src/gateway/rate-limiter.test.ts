import { describe, expect, it, vi } from 'vitest';
import { OmsError } from '../errors/oms-error';
import { createRateLimiter } from './rate-limiter';

describe('createRateLimiter', () => {
  it('rejects limits that are not positive', () => {
    for (const [options, field] of [
      [{ requestsPerSecond: 0 }, 'requestsPerSecond'],
      [{ requestsPerSecond: Number.NaN }, 'requestsPerSecond'],
      [{ concurrency: 0 }, 'concurrency'],
      [{ concurrency: 1.5 }, 'concurrency'],
    ] as const) {
      expect(() => createRateLimiter(options)).toThrow(
        expect.objectContaining({ code: 'invalid_input', path: ['rateLimit', field] }),
      );
    }
  });

  it('rounds a fractional rate above 1 down, so the limit is never exceeded', async () => {
    vi.useFakeTimers();
    try {
      const limiter = createRateLimiter({ requestsPerSecond: 10.9 });
      let started = 0;
      const all = Promise.all(Array.from({ length: 11 }, () => limiter.run(async () => void started++)));
      await vi.advanceTimersByTimeAsync(0);
      expect(started).toBe(10);
      await vi.advanceTimersByTimeAsync(990);
      expect(started).toBe(10);
      await vi.advanceTimersByTimeAsync(20);
      expect(started).toBe(11);
      await all;
    } finally {
      vi.useRealTimers();
    }
  });

  it('spaces calls evenly below one per second', async () => {
    vi.useFakeTimers();
    try {
      const limiter = createRateLimiter({ requestsPerSecond: 0.5 });
      let started = 0;
      const all = Promise.all(Array.from({ length: 2 }, () => limiter.run(async () => void started++)));
      await vi.advanceTimersByTimeAsync(1_990);
      expect(started).toBe(1);
      await vi.advanceTimersByTimeAsync(20);
      expect(started).toBe(2);
      await all;
    } finally {
      vi.useRealTimers();
    }
  });

  it('tells a task whether it waited for a slot', async () => {
    const limiter = createRateLimiter({ concurrency: 1 });
    const waited: boolean[] = [];
    await Promise.all([0, 1].map(() => limiter.run(async (didWait) => void waited.push(didWait))));
    expect(waited).toEqual([false, true]);
  });

  it('drops a waiting task when its signal aborts, without running it', async () => {
    const limiter = createRateLimiter({ concurrency: 1 });
    let release: () => void = () => {};
    const first = limiter.run(() => new Promise<void>((resolve) => (release = resolve)));
    const controller = new AbortController();
    let ran = false;
    const second = limiter.run(async () => {
      ran = true;
    }, controller.signal);
    const reason = new OmsError('aborted', 'caller gave up');
    controller.abort(reason);
    await expect(second).rejects.toBe(reason);
    release();
    await first;
    expect(ran).toBe(false);
  });
});
