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

/** The channels whose mock platforms the chaos scenario runs against. */
export const chaosFixtures: Record<string, () => ChannelConformanceFixture> = {
  taobao: () => {
    const mock = createTaobaoMockPlatform({ seed: 11 });
    const shopId = 'tb-shop-1';
    let token = mock.addShop(shopId);
    let refreshes = 0;
    return {
      adapter: createTaobaoAdapter({
        appKey: mock.appKey,
        appSecret: mock.appSecret,
        clock: mock.clock,
        accessToken: () => token,
        refreshAccessToken: (shop) => {
          refreshes += 1;
          token = mock.issueToken(shop);
          return token;
        },
        retry: fastRetry,
        timeoutMs,
      }),
      platform: mock.controls,
      handlers: mock.handlers,
      shopId,
      tokenRefreshes: () => refreshes,
    };
  },
  pdd: () => {
    const platform = createPddMockPlatform({});
    const shopId = 'pdd-shop-1';
    let token = platform.issueToken(shopId);
    let refreshes = 0;
    return {
      adapter: createPddAdapter({
        clientId: platform.clientId,
        clientSecret: platform.clientSecret,
        clock: platform.clock,
        retry: fastRetry,
        timeoutMs,
        accessToken: () => token,
        refreshAccessToken: () => {
          refreshes += 1;
          token = platform.issueToken(shopId);
          return token;
        },
      }),
      platform: platform.controls,
      handlers: platform.handlers,
      shopId,
      tokenRefreshes: () => refreshes,
    };
  },
  jd: () => {
    const platform = createJdMockPlatform();
    const shopId = 'jd-shop-1';
    let token = platform.issueToken(shopId);
    let refreshes = 0;
    return {
      adapter: createJdAdapter({
        appKey: platform.appKey,
        appSecret: platform.appSecret,
        clock: platform.clock,
        retry: fastRetry,
        timeoutMs,
        accessToken: () => token,
        refreshAccessToken: () => {
          refreshes += 1;
          token = platform.issueToken(shopId);
          return token;
        },
      }),
      platform: platform.controls,
      handlers: platform.handlers,
      shopId,
      tokenRefreshes: () => refreshes,
    };
  },
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
        timeoutMs,
      }),
      platform: platform.controls,
      handlers: platform.handlers,
      shopId,
      tokenRefreshes: () => refreshes,
    };
  },
};
