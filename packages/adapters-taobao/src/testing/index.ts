/**
 * @omskit/adapters-taobao/testing: a mock Taobao Open Platform (msw handlers over an in-memory
 * shop) for your tests and for the adapter's own. Needs `msw` (a peer dependency):
 * `pnpm add -D msw`.
 *
 * @packageDocumentation
 */
export type { TaobaoMockLine, TaobaoMockTrade } from './taobao-mock-data';
export { taobaoMockCompanies } from './taobao-mock-orders-api';
export {
  createTaobaoMockPlatform,
  type TaobaoMockPlatform,
  type TaobaoMockPlatformOptions,
} from './taobao-mock-platform';
