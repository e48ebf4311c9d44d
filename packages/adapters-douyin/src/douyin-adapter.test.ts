import { runChannelConformance } from '@omskit/core/testing';
import { createDouyinAdapter } from './douyin-adapter';
import type { DouyinAdapterSettings } from './douyin-settings';
import { createDouyinMockPlatform } from './testing';

runChannelConformance({
  name: 'douyin',
  setup: () => {
    const platform = createDouyinMockPlatform({ baseUrl: 'https://douyin.mock.test' });
    const shopId = '4463798';
    let token = platform.issueToken(shopId);
    let refreshes = 0;
    const settings: DouyinAdapterSettings = {
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
      retry: { retries: 3, minTimeoutMs: 1, maxTimeoutMs: 5 },
    };
    return {
      adapter: createDouyinAdapter(settings),
      adapterWithWrongSecret: createDouyinAdapter({ ...settings, appSecret: 'not-the-secret' }),
      platform: platform.controls,
      handlers: platform.handlers,
      shopId,
      tokenRefreshes: () => refreshes,
    };
  },
});
