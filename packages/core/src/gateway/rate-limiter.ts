import PQueue, { type Options as QueueOptions } from 'p-queue';
import { invalidInput } from '../errors/oms-error';

/** Limits on the calls one gateway client makes, shared by every call through it. */
export interface RateLimitOptions {
  /**
   * The most calls started in any one-second window (a sliding window, so no burst at window
   * edges). A fractional rate below 1 spaces calls evenly (0.5 = one call every 2 s); above 1 it
   * is rounded down so the limit is never exceeded. Default: unlimited.
   *
   * The limit applies to when calls start; the platform counts when they arrive, and a slow first
   * call (a TLS handshake) can arrive late. Leave a little headroom below the platform's limit.
   */
  requestsPerSecond?: number;
  /** The most calls in flight at once. Default: unlimited. */
  concurrency?: number;
}

/** Runs tasks within a client's rate and concurrency limits. */
export interface RateLimiter {
  /**
   * Runs `task` once the limits allow; `task` learns whether it had to wait for a slot. Rejects with
   * `signal.reason`, without running the task, when `signal` aborts while it waits.
   */
  run<T>(task: (waited: boolean) => Promise<T>, signal?: AbortSignal): Promise<T>;
}

/**
 * Creates a {@link RateLimiter} on p-queue: `intervalCap` calls per `interval` in strict
 * (sliding window) mode, and `concurrency` calls at once.
 *
 * @throws OmsError `invalid_input` when a limit is not a positive number.
 */
export function createRateLimiter(options: RateLimitOptions = {}): RateLimiter {
  const { requestsPerSecond, concurrency = Number.POSITIVE_INFINITY } = options;
  if (!(concurrency >= 1) || (Number.isFinite(concurrency) && !Number.isInteger(concurrency))) {
    throw invalidInput(['rateLimit', 'concurrency'], 'must be a positive integer');
  }
  if (requestsPerSecond !== undefined && !(requestsPerSecond > 0 && Number.isFinite(requestsPerSecond))) {
    throw invalidInput(['rateLimit', 'requestsPerSecond'], 'must be a positive number');
  }
  const queue = new PQueue({ concurrency, ...intervalFor(requestsPerSecond) });
  return {
    run: (task, signal) => {
      // p-queue starts a task synchronously inside add() when a slot is free, so a task that starts
      // after add() has returned is one that waited.
      let adding = true;
      const result = queue.add(() => task(!adding), { signal });
      adding = false;
      return result;
    },
  };
}

function intervalFor(
  requestsPerSecond: number | undefined,
): Pick<QueueOptions, 'interval' | 'intervalCap' | 'strict'> {
  if (requestsPerSecond === undefined) return {};
  if (requestsPerSecond < 1)
    return { interval: Math.ceil(1000 / requestsPerSecond), intervalCap: 1, strict: true };
  return { interval: 1000, intervalCap: Math.floor(requestsPerSecond), strict: true };
}
