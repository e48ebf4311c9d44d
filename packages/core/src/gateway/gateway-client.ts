import ky, { isNetworkError, isTimeoutError } from 'ky';
import pRetry from 'p-retry';
import { type Clock, type Logger, silentLogger, systemClock } from '../contracts/common';
import { invalidInput, OmsError } from '../errors/oms-error';
import type {
  FetchFunction,
  GatewayClient,
  GatewayClientOptions,
  GatewayEvent,
  GatewayRequest,
  GatewayResponse,
} from './gateway-types';
import { errorForHttpStatus } from './http-status-error';
import { createRateLimiter } from './rate-limiter';
import { readGatewayResponse } from './read-gateway-response';
import { computeRetryDelay, resolveRetryPolicy } from './retry-policy';
import { sleep } from './sleep';

// The largest delay a timer can hold.
const maxTimeoutMs = 2_147_483_647;

/** A rejection of the underlying fetch, kept apart from errors ky raises itself. */
class FetchFailure extends Error {
  constructor(readonly failure: unknown) {
    super('fetch failed', { cause: failure });
  }
}

/** What every attempt of one call shares. */
interface CallContext {
  readonly operation: string;
  readonly signal: AbortSignal | undefined;
}

/** What one attempt learned before it succeeded or failed, for its log line. */
interface AttemptOutcome {
  status: number | undefined;
}

/**
 * Creates the HTTP client a platform adapter makes its calls through (on ky, p-retry and p-queue).
 *
 * Every attempt waits its turn in the client's rate limiter, so one client per app enforces the
 * per-app limit. Failures become `OmsError`s; retryable ones are retried with exponential backoff
 * and full jitter, never sooner than the `Retry-After` the platform sent. Logs carry the operation,
 * status and duration only: URLs, queries and bodies hold tokens and buyers' data.
 *
 * @example
 * ```ts
 * const gateway = createGatewayClient({
 *   platform: 'taobao',
 *   baseUrl: 'https://eco.taobao.com/router/rest',
 *   rateLimit: { requestsPerSecond: 40 },
 *   classifyError: classifyTaobaoError,
 * });
 * const { json } = await gateway.request({ method: 'POST', body: signedForm, operation: 'taobao.trades.sold.get' });
 * ```
 *
 * @throws OmsError `invalid_input` when an option is malformed (`baseUrl`, `timeoutMs`, `retry.*`,
 *   `rateLimit.*`).
 */
export function createGatewayClient(options: GatewayClientOptions): GatewayClient {
  const { platform, classifyError, onEvent } = options;
  const clock: Clock = options.clock ?? systemClock;
  const logger: Logger = options.logger ?? silentLogger;
  const random = options.random ?? Math.random;
  const retryPolicy = resolveRetryPolicy(options.retry);
  const limiter = createRateLimiter(options.rateLimit);
  const timeoutMs = options.timeoutMs ?? 30_000;
  if (!(timeoutMs > 0 && timeoutMs <= maxTimeoutMs)) {
    throw invalidInput(['timeoutMs'], `must be a positive number of milliseconds up to ${maxTimeoutMs}`);
  }
  if (!URL.canParse(options.baseUrl)) throw invalidInput(['baseUrl'], 'must be an absolute URL');

  const injectedFetch = options.fetch;
  const fetchOnce: FetchFunction = async (input, init) => {
    try {
      return await (injectedFetch ?? globalThis.fetch)(input, init);
    } catch (error) {
      throw new FetchFailure(error);
    }
  };
  const http = ky.create({
    baseUrl: options.baseUrl,
    fetch: fetchOnce,
    timeout: timeoutMs,
    // Retries, HTTP errors and their classification are ours: one policy for every adapter.
    retry: 0,
    throwHttpErrors: false,
  });

  const emit = (event: GatewayEvent) => {
    if (onEvent === undefined) return;
    try {
      onEvent(event);
    } catch {
      logger.warn('gateway onEvent listener threw', { platform, operation: event.operation });
    }
  };

  const toOmsError = (error: unknown, call: CallContext): OmsError => {
    const prefix = `${platform} ${call.operation}`;
    if (call.signal?.aborted) {
      return OmsError.isCode(error, 'aborted')
        ? error
        : new OmsError('aborted', `${prefix}: aborted by the caller`, {
            platform,
            cause: call.signal.reason,
          });
    }
    if (OmsError.is(error)) return error;
    if (error instanceof FetchFailure) {
      // A host's fetch wrapper may already speak OmsError; pass its verdict through.
      if (OmsError.is(error.failure)) return error.failure;
      if (error.failure instanceof TypeError) {
        return new OmsError('network', `${prefix}: the request did not complete`, {
          platform,
          cause: error.failure,
        });
      }
      return new OmsError('internal', `${prefix}: fetch failed unexpectedly`, {
        platform,
        cause: error.failure,
      });
    }
    // ky's own errors name the full URL (with its query string), so they are not kept as the cause.
    if (isTimeoutError(error))
      return new OmsError('timeout', `${prefix}: no response within ${timeoutMs} ms`, { platform });
    if (isNetworkError(error))
      return new OmsError('network', `${prefix}: the request did not complete`, { platform });
    return new OmsError('internal', `${prefix}: the request failed unexpectedly`, { platform, cause: error });
  };

  const send = async (
    request: GatewayRequest,
    call: CallContext,
    outcome: AttemptOutcome,
  ): Promise<GatewayResponse> => {
    const pending = http(request.url ?? request.path ?? '', {
      method: request.method ?? 'GET',
      searchParams: request.searchParams,
      headers: request.headers,
      body: request.body,
      signal: request.signal,
    });
    const raw = await pending;
    outcome.status = raw.status;
    // ky's body reader races the same timeout, so a stalled body ends as `timeout` too.
    const text = await pending.text();
    const { response, parseError } = readGatewayResponse(raw.status, raw.headers, text);
    const ok = response.status < 400;
    if (parseError !== undefined && ok) {
      throw new OmsError('network', `${platform} ${call.operation}: malformed JSON in the response body`, {
        platform,
        rawPayload: text,
        cause: parseError,
      });
    }
    const error =
      classifyError?.(response) ??
      errorForHttpStatus(response, { platform, operation: call.operation, nowMs: clock.now() });
    if (error !== undefined) throw error;
    return response;
  };

  const attempt = (request: GatewayRequest, call: CallContext, attemptNumber: number) => {
    const enqueuedAt = clock.now();
    return limiter.run(async (waited) => {
      if (waited) emit({ type: 'throttled', operation: call.operation, waitMs: clock.now() - enqueuedAt });
      emit({ type: 'request', operation: call.operation, attempt: attemptNumber });
      const startedAt = clock.now();
      const outcome: AttemptOutcome = { status: undefined };
      try {
        const response = await send(request, call, outcome);
        logger.debug('gateway call', {
          platform,
          operation: call.operation,
          attempt: attemptNumber,
          status: response.status,
          durationMs: clock.now() - startedAt,
        });
        return response;
      } catch (error) {
        const omsError = toOmsError(error, call);
        logger.warn('gateway call failed', {
          platform,
          operation: call.operation,
          attempt: attemptNumber,
          status: outcome.status,
          code: omsError.code,
          durationMs: clock.now() - startedAt,
        });
        throw omsError;
      }
    }, call.signal);
  };

  return {
    platform,
    async request(request) {
      const call: CallContext = {
        operation: request.operation ?? defaultOperation(request),
        signal: request.signal,
      };
      try {
        return await pRetry((attemptNumber) => attempt(request, call, attemptNumber), {
          retries: retryPolicy.retries,
          // p-retry's own delay cannot do full jitter or honour Retry-After, so shouldRetry waits instead.
          minTimeout: 0,
          signal: request.signal,
          shouldRetry: async ({ error, attemptNumber }) => {
            if (!OmsError.is(error)) return false;
            const delayMs = computeRetryDelay(retryPolicy, attemptNumber, error, random);
            if (delayMs === undefined) return false;
            emit({
              type: 'retry',
              operation: call.operation,
              attempt: attemptNumber + 1,
              delayMs,
              error: error.code,
            });
            await sleep(delayMs, request.signal);
            return true;
          },
        });
      } catch (error) {
        throw toOmsError(error, call);
      }
    },
  };
}

/** `GET /router/rest`: the method and the path, never the query string. */
function defaultOperation(request: GatewayRequest): string {
  const method = request.method ?? 'GET';
  const target = request.url ?? request.path ?? '';
  const path = URL.canParse(target) ? new URL(target).pathname : (target.split(/[?#]/, 1)[0] ?? '');
  return path === '' ? method : `${method} ${path}`;
}
