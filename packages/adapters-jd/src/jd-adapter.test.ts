import { runChannelConformance } from '@omskit/core/testing';
import { createJdAdapter } from './jd-adapter';
import { createJdMockPlatform } from './testing';

runChannelConformance({
  name: 'jd',
  skip: {
    push: 'JD order push is not documented (reference 2.6); capabilities.push is false and the runtime polls',
  },
  setup() {
    const platform = createJdMockPlatform();
    const shopId = 'jd-shop-1';
    let token = platform.issueToken(shopId);
    let refreshes = 0;
    const settings = {
      appKey: platform.appKey,
      appSecret: platform.appSecret,
      clock: platform.clock,
      retry: { minTimeoutMs: 1, maxTimeoutMs: 5 },
      accessToken: () => token,
      // The opt-in after-sale list and OAID decryption on, so the suite checks them too.
      afterSaleList: { buId: platform.venderIdOf(shopId), operatePin: 'omskit' },
      oaidDecrypt: { appName: 'omskit' },
      refreshAccessToken: () => {
        refreshes += 1;
        token = platform.issueToken(shopId);
        return token;
      },
    };
    return {
      adapter: createJdAdapter(settings),
      adapterWithWrongSecret: createJdAdapter({ ...settings, appSecret: 'not-the-secret' }),
      platform: platform.controls,
      handlers: platform.handlers,
      shopId,
      tokenRefreshes: () => refreshes,
    };
  },
});
