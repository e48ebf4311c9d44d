/**
 * `@omskit/adapters-jd/testing`: a mock JD (JOS) platform for your tests, the one the adapter's own
 * conformance test runs against. It needs `msw` (`pnpm add -D msw`).
 *
 * @packageDocumentation
 */

export type { JdMockRawOrder } from './jd-mock-orders';
export { buildJdMockOrder } from './jd-mock-orders';
export type { JdMockPlatform, JdMockPlatformOptions } from './jd-mock-platform';
export { createJdMockPlatform } from './jd-mock-platform';
