import type { Clock, Logger } from '../contracts/common';
import type { OmsError, OmsErrorCode } from '../errors/oms-error';
import type { RateLimitOptions } from './rate-limiter';
import type { RetryOptions } from './retry-policy';

/** A `fetch`-compatible function; `globalThis.fetch` and msw-patched fetch both fit. */
export type FetchFunction = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** What came back from the platform, body read in full. */
export interface GatewayResponse {
  /** The HTTP status. */
  status: number;
  /** The response headers. */
  headers: Headers;
  /** The body as text. */
  text: string;
  /**
   * The body parsed with `parseJsonExact` (integers beyond 2^53 kept as decimal strings) when it
   * looks like JSON (a JSON content type, or a body opening with `{` or `[`); otherwise `undefined`.
   */
  json: unknown;
}

/** One call through a {@link GatewayClient}. */
export interface GatewayRequest {
  /** Default `GET`. */
  method?: 'GET' | 'POST';
  /** Resolved against the client's `baseUrl` like `new URL(path, baseUrl)`. */
  path?: string;
  /** An absolute URL that bypasses `baseUrl`. */
  url?: string;
  /** Appended to the URL's query. Never logged. */
  searchParams?: Record<string, string>;
  /** Request headers. Never logged. */
  headers?: Record<string, string>;
  /** The body; a `URLSearchParams` body is sent as `application/x-www-form-urlencoded`. Never logged. */
  body?: string | URLSearchParams;
  /** Aborts the call, including waits for the rate limit and between retries; it fails with `aborted`. */
  signal?: AbortSignal;
  /**
   * A name for logs, events and error messages, such as `taobao.trades.sold.get`. Defaults to the
   * method and the URL path (never the query string).
   */
  operation?: string;
}

/** Progress a client reports through `onEvent`, so a runtime can show what a long sync is doing. */
export type GatewayEvent =
  /** An attempt is about to be sent (`attempt` is 1 for the first). */
  | { type: 'request'; operation: string; attempt: number }
  /** An attempt failed with a retryable `error`; attempt number `attempt` follows after `delayMs`. */
  | { type: 'retry'; operation: string; attempt: number; delayMs: number; error: OmsErrorCode }
  /** An attempt waited `waitMs` for the client's rate or concurrency limit before it was sent. */
  | { type: 'throttled'; operation: string; waitMs: number };

/** Options of `createGatewayClient`. */
export interface GatewayClientOptions {
  /** The platform or carrier name (`taobao`, `sf`, ...), written on every error and log line. */
  platform: string;
  /** The absolute URL that `path` is resolved against. */
  baseUrl: string;
  /** The fetch to use. Default: `globalThis.fetch`, looked up at call time (so msw can patch it). */
  fetch?: FetchFunction;
  /** Time source for durations and `Retry-After` dates. Default: the system clock. */
  clock?: Clock;
  /** Where request summaries go (operation, status, duration; never URLs, queries or bodies). */
  logger?: Logger;
  /** Rate and concurrency limits shared by every call through this client (one client per app). */
  rateLimit?: RateLimitOptions;
  /** Retry behaviour for retryable errors. */
  retry?: RetryOptions;
  /** Per-attempt limit in milliseconds for the response and again for reading its body. Default 30 000. */
  timeoutMs?: number;
  /**
   * The adapter's classifier: turns a response holding a platform error (usually a 200 with an error
   * envelope) into an `OmsError`, or returns `undefined` for a good response. It sees every
   * response, before the HTTP status is mapped, so it may also refine 4xx and 5xx errors.
   */
  classifyError?: (response: GatewayResponse) => OmsError | undefined;
  /** Receives {@link GatewayEvent}s. A listener that throws is logged and otherwise ignored. */
  onEvent?: (event: GatewayEvent) => void;
  /** Random numbers in [0, 1) for retry jitter. Default `Math.random`; tests inject their own. */
  random?: () => number;
}

/** The HTTP client platform adapters share: retries, rate limits and typed errors, written once. */
export interface GatewayClient {
  /** The platform name the client was created for. */
  readonly platform: string;
  /**
   * Sends one call, retrying retryable failures within the client's limits.
   *
   * @returns The response when the status is 2xx/3xx and the classifier found no error.
   * @throws OmsError `rate_limited` (429), `platform_unavailable` (5xx), `auth_expired` (401),
   *   `permission_denied` (403), `timeout` (408 or no response in time), `platform_rejected` (other
   *   4xx), `network` (connection failures and malformed JSON bodies), `aborted` (the caller's
   *   signal), or whatever the classifier returned.
   */
  request(request: GatewayRequest): Promise<GatewayResponse>;
}
