import { runChannelConformance } from '@omskit/core/testing';
import { createPddAdapter } from './pdd-adapter';
import { createPddMockPlatform } from './testing';

runChannelConformance({
  name: 'pdd',
  skip: {
    push: 'PDD pushes over its WebSocket message service, not HTTP; the frame helpers are tested on their own',
  },
  setup: () => {
    // A shallow page limit on both sides so the suite's 250-order window must be split.
    const platform = createPddMockPlatform({ maxPages: 2 });
    const shopId = 'pdd-shop-1';
    let token = platform.issueToken(shopId);
    let refreshes = 0;
    const common = {
      clientId: platform.clientId,
      clock: platform.clock,
      maxPages: 2,
      retry: { minTimeoutMs: 1, maxTimeoutMs: 5 },
      accessToken: () => token,
      refreshAccessToken: () => {
        refreshes += 1;
        token = platform.issueToken(shopId);
        return token;
      },
    };
    return {
      adapter: createPddAdapter({ ...common, clientSecret: platform.clientSecret }),
      adapterWithWrongSecret: createPddAdapter({ ...common, clientSecret: 'not-the-secret' }),
      platform: platform.controls,
      handlers: platform.handlers,
      shopId,
      tokenRefreshes: () => refreshes,
    };
  },
});
