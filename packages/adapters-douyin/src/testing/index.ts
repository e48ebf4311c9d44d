/**
 * @omskit/adapters-douyin/testing: a mock Douyin shop platform (msw handlers over an in-memory
 * shop) for the adapter's own tests and yours. It implements the `ChannelMockControls` of
 * `@omskit/core/testing`, so `runChannelConformance` can drive it.
 *
 * Needs `msw` (a peer dependency): `pnpm add -D msw`.
 *
 * @packageDocumentation
 */

export type { MockJson, MockShopOrder } from './douyin-mock-orders';
export { createRandom, generateShopOrder, mockJson } from './douyin-mock-orders';
export {
  createDouyinMockPlatform,
  type DouyinMockPlatform,
  type DouyinMockPlatformOptions,
} from './douyin-mock-platform';
