/**
 * `@omskit/core/gateway`: the HTTP machinery every platform and carrier adapter shares. One
 * gateway client per app does rate limiting (p-queue), retries with backoff (p-retry), timeouts and
 * error classification into `OmsError` (over ky), plus the helpers adapters sign and parse with:
 * digests for request signatures and a JSON parser that keeps platform ids beyond 2^53 exact.
 *
 * Install `@omskit/core` (`pnpm add @omskit/core`) and import from the subpath:
 * `import { createGatewayClient, parseJsonExact } from '@omskit/core/gateway'`.
 * Only adapters need it; hosts use the adapters.
 *
 * @module
 */

export {
  type DigestEncoding,
  type DigestInput,
  hmacMd5,
  hmacSha256,
  md5,
  sha256,
  timingSafeEqualString,
} from './digest';
export { createGatewayClient } from './gateway-client';
export type {
  FetchFunction,
  GatewayClient,
  GatewayClientOptions,
  GatewayEvent,
  GatewayRequest,
  GatewayResponse,
} from './gateway-types';
export { lookupOwn } from './lookup-own';
export { maxJsonDepth, parseJsonExact } from './parse-json-exact';
export { parseRetryAfter } from './parse-retry-after';
export type { RateLimitOptions } from './rate-limiter';
export { defaultRetryPolicy, type RetryOptions, type RetryPolicy } from './retry-policy';
export { sleep } from './sleep';
