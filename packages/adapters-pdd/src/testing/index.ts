/**
 * @omskit/adapters-pdd/testing: an in-memory Pinduoduo platform for tests (msw handlers), used by
 * the adapter's own conformance run and by hosts' tests. Needs `msw` (a dev dependency).
 *
 * @packageDocumentation
 */

export { mockLogisticsCompanies } from './pdd-mock-api';
export type { PddMockBigInt } from './pdd-mock-json';
export { bareInteger, toPddJson } from './pdd-mock-json';
export type { MockOrderSeed, PddMockOrder } from './pdd-mock-orders';
export { buildMockOrder, createMockRandom } from './pdd-mock-orders';
export type { PddMockPlatform } from './pdd-mock-platform';
export { createPddMockPlatform } from './pdd-mock-platform';
export type { PddMockPlatformOptions } from './pdd-mock-state';
