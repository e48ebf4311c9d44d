// Builds a fresh mock platform with an adapter wired to it, per channel, for the chaos runs.
// Each mirrors the fixture the adapter's own conformance test uses.
import { createDouyinAdapter } from '@omskit/adapters-douyin';
import { createDouyinMockPlatform } from '@omskit/adapters-douyin/testing';
import { createJdAdapter } from '@omskit/adapters-jd';
import { createJdMockPlatform } from '@omskit/adapters-jd/testing';
import { createPddAdapter } from '@omskit/adapters-pdd';
import { createPddMockPlatform } from '@omskit/adapters-pdd/testing';
import { createTaobaoAdapter } from '@omskit/adapters-taobao';
import { createTaobaoMockPlatform } from '@omskit/adapters-taobao/testing';
import type { ChannelConformanceFixture } from '@omskit/core/testing';

const fastRetry = { retries: 4, minTimeoutMs: 1, maxTimeoutMs: 5 };
// Injected timeout faults stall the mock's answer; the client gives up quickly and retries.
const timeoutMs = 250;

/** The token a fixture's adapter uses, and a refresh hook that counts its calls. */
function tokenFor(shopId: string, issue: (shopId: string) => string) {
  let token = issue(shopId);
  let refreshes = 0;
  return {
    accessToken: () => token,
    refreshAccessToken: (shop: string) => {
      refreshes += 1;
      token = issue(shop);
      return token;
    },
    tokenRefreshes: () => refreshes,
  };
}

/** The channels whose mock platforms the chaos scenario runs against. */
export const chaosFixtures: Record<string, () => ChannelConformanceFixture> = {
  taobao: () => {
    const mock = createTaobaoMockPlatform({ seed: 11 });
    const shopId = 'tb-shop-1';
    mock.addShop(shopId);
    const { tokenRefreshes, ...tokens } = tokenFor(shopId, (shop) => mock.issueToken(shop));
    const adapter = createTaobaoAdapter({
      appKey: mock.appKey,
      appSecret: mock.appSecret,
      clock: mock.clock,
      ...tokens,
      retry: fastRetry,
      timeoutMs,
    });
    return { adapter, platform: mock.controls, handlers: mock.handlers, shopId, tokenRefreshes };
  },
  pdd: () => {
    const platform = createPddMockPlatform({});
    const shopId = 'pdd-shop-1';
    const { tokenRefreshes, ...tokens } = tokenFor(shopId, (shop) => platform.issueToken(shop));
    const adapter = createPddAdapter({
      clientId: platform.clientId,
      clientSecret: platform.clientSecret,
      clock: platform.clock,
      retry: fastRetry,
      timeoutMs,
      ...tokens,
    });
    return { adapter, platform: platform.controls, handlers: platform.handlers, shopId, tokenRefreshes };
  },
  jd: () => {
    const platform = createJdMockPlatform();
    const shopId = 'jd-shop-1';
    const { tokenRefreshes, ...tokens } = tokenFor(shopId, (shop) => platform.issueToken(shop));
    const adapter = createJdAdapter({
      appKey: platform.appKey,
      appSecret: platform.appSecret,
      clock: platform.clock,
      retry: fastRetry,
      timeoutMs,
      ...tokens,
    });
    return { adapter, platform: platform.controls, handlers: platform.handlers, shopId, tokenRefreshes };
  },
  douyin: () => {
    const platform = createDouyinMockPlatform({ baseUrl: 'https://douyin.chaos.test' });
    const shopId = '4463798';
    const { tokenRefreshes, ...tokens } = tokenFor(shopId, (shop) => platform.issueToken(shop));
    const adapter = createDouyinAdapter({
      appKey: platform.appKey,
      appSecret: platform.appSecret,
      baseUrl: platform.baseUrl,
      clock: { now: () => Date.parse(platform.controls.now()) },
      retry: fastRetry,
      timeoutMs,
      ...tokens,
    });
    return { adapter, platform: platform.controls, handlers: platform.handlers, shopId, tokenRefreshes };
  },
};
