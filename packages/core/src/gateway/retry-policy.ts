import { invalidInput, type OmsError } from '../errors/oms-error';

/** How a gateway client retries failed calls; every field is optional. */
export interface RetryOptions {
  /** Retries after the first attempt (so `3` means up to 4 attempts). Default 3; 0 disables retrying. */
  retries?: number;
  /** The backoff cap of the first retry, in milliseconds. Default 500. */
  minTimeoutMs?: number;
  /** The largest backoff cap, in milliseconds. Default 20 000. */
  maxTimeoutMs?: number;
  /** How much the backoff cap grows per retry. Default 2. */
  factor?: number;
  /** Full jitter: wait a uniformly random time between 0 and the cap. Default true. */
  jitter?: boolean;
  /**
   * The longest `retryAfterMs` the client waits out itself, in milliseconds. A platform asking for a
   * longer pause gets the error back at once (with `retryAfterMs` on it) so the host can reschedule
   * instead of holding a request open. Default 60 000.
   */
  maxRetryAfterMs?: number;
}

/** {@link RetryOptions} with every default filled in and validated. */
export type RetryPolicy = Readonly<Required<RetryOptions>>;

/** The defaults a client uses for the fields of {@link RetryOptions} it is not given. */
export const defaultRetryPolicy: RetryPolicy = {
  retries: 3,
  minTimeoutMs: 500,
  maxTimeoutMs: 20_000,
  factor: 2,
  jitter: true,
  maxRetryAfterMs: 60_000,
};

function requireNonNegative(name: keyof RetryOptions, value: number, integer: boolean): number {
  if (!Number.isFinite(value) || value < 0 || (integer && !Number.isInteger(value))) {
    throw invalidInput(['retry', name], `must be a non-negative ${integer ? 'integer' : 'number'}`);
  }
  return value;
}

/**
 * Fills in the defaults of {@link RetryOptions} and validates them.
 *
 * @throws OmsError `invalid_input` naming the bad field (`retry.retries`, ...).
 */
export function resolveRetryPolicy(options: RetryOptions = {}): RetryPolicy {
  const policy = { ...defaultRetryPolicy, ...stripUndefined(options) };
  requireNonNegative('retries', policy.retries, true);
  requireNonNegative('minTimeoutMs', policy.minTimeoutMs, false);
  requireNonNegative('maxTimeoutMs', policy.maxTimeoutMs, false);
  requireNonNegative('maxRetryAfterMs', policy.maxRetryAfterMs, false);
  if (!Number.isFinite(policy.factor) || policy.factor < 1) {
    throw invalidInput(['retry', 'factor'], 'must be a number of at least 1');
  }
  return policy;
}

function stripUndefined(options: RetryOptions): RetryOptions {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}

/**
 * How long to wait before retry number `retryNumber` after `error`, or `undefined` when the error
 * must not be retried: it is not retryable, or the platform asked for a pause longer than
 * `maxRetryAfterMs`.
 *
 * The wait is exponential backoff with full jitter (`random() * min(max, min * factor^(n-1))`),
 * and never shorter than the `retryAfterMs` the error carries.
 *
 * @param policy - The resolved policy.
 * @param retryNumber - 1 for the first retry, 2 for the second, ...
 * @param error - The error of the attempt that just failed.
 * @param random - A source of numbers in [0, 1); `Math.random` unless a test injects one.
 */
export function computeRetryDelay(
  policy: RetryPolicy,
  retryNumber: number,
  error: OmsError,
  random: () => number,
): number | undefined {
  if (!error.retryable) return undefined;
  const retryAfterMs = error.retryAfterMs;
  if (retryAfterMs !== undefined && retryAfterMs > policy.maxRetryAfterMs) return undefined;
  const cap = Math.min(policy.maxTimeoutMs, policy.minTimeoutMs * policy.factor ** (retryNumber - 1));
  const backoff = Math.round(policy.jitter ? random() * cap : cap);
  return Math.max(backoff, retryAfterMs ?? 0);
}
