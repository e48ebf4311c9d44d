import { describe, expect, it } from 'vitest';
import { sleep } from './sleep';

describe('sleep', () => {
  it('resolves after the delay', async () => {
    const startedAt = performance.now();
    await sleep(20);
    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(19);
  });

  it('rejects with the abort reason as soon as the signal aborts', async () => {
    const controller = new AbortController();
    const reason = new Error('stop');
    const startedAt = performance.now();
    setTimeout(() => controller.abort(reason), 10);
    await expect(sleep(10_000, controller.signal)).rejects.toBe(reason);
    expect(performance.now() - startedAt).toBeLessThan(1_000);
  });

  it('rejects at once when the signal has already aborted', async () => {
    await expect(sleep(10_000, AbortSignal.abort('gone'))).rejects.toBe('gone');
  });
});
