// Builds a fresh mock platform with an adapter wired to it, per channel, for the chaos runs.
// Each mirrors the fixture the adapter's own conformance test uses.
import { createDouyinAdapter } from '@omskit/adapters-douyin';
import { createDouyinMockPlatform } from '@omskit/adapters-douyin/testing';
import type { ChannelConformanceFixture } from '@omskit/core/testing';

const fastRetry = { retries: 4, minTimeoutMs: 1, maxTimeoutMs: 5 };

/** The channels whose mock platforms the chaos scenario runs against. */
export const chaosFixtures: Record<string, () => ChannelConformanceFixture> = {
  douyin: () => {
    const platform = createDouyinMockPlatform({ baseUrl: 'https://douyin.chaos.test' });
    const shopId = '4463798';
    let token = platform.issueToken(shopId);
    let refreshes = 0;
    return {
      adapter: createDouyinAdapter({
        appKey: platform.appKey,
        appSecret: platform.appSecret,
        baseUrl: platform.baseUrl,
        accessToken: () => token,
        refreshAccessToken: (shop) => {
          refreshes += 1;
          token = platform.issueToken(shop);
          return token;
        },
        clock: { now: () => Date.parse(platform.controls.now()) },
        retry: fastRetry,
      }),
      platform: platform.controls,
      handlers: platform.handlers,
      shopId,
      tokenRefreshes: () => refreshes,
    };
  },
};
