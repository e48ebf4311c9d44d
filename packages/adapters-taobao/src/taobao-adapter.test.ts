import { runChannelConformance } from '@omskit/core/testing';
import { createTaobaoAdapter } from './taobao-adapter';
import type { TaobaoAdapterSettings } from './taobao-settings';
import { createTaobaoMockPlatform } from './testing';

runChannelConformance({
  name: 'taobao',
  skip: {
    push: 'TOP has no HTTP push in scope: TMC arrives through pullMessages (capabilities.messagePull)',
  },
  setup: () => {
    const mock = createTaobaoMockPlatform({ seed: 7 });
    const shopId = 'tb-shop-1';
    let token = mock.addShop(shopId);
    let refreshes = 0;
    const settings: TaobaoAdapterSettings = {
      appKey: mock.appKey,
      appSecret: mock.appSecret,
      clock: mock.clock,
      accessToken: () => token,
      refreshAccessToken: (shop) => {
        refreshes += 1;
        token = mock.issueToken(shop);
        return token;
      },
      retry: { minTimeoutMs: 10, maxTimeoutMs: 50 },
    };
    return {
      adapter: createTaobaoAdapter(settings),
      adapterWithWrongSecret: createTaobaoAdapter({ ...settings, appSecret: 'not-the-secret' }),
      platform: mock.controls,
      handlers: mock.handlers,
      shopId,
      tokenRefreshes: () => refreshes,
    };
  },
});
