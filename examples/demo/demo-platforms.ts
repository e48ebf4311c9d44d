/**
 * The demo's four marketplaces: each adapter wired to its own mock platform, all mocks on one
 * shared clock, one shop each. The mock platforms are the same ones the adapters' tests use.
 */
import { createDouyinAdapter } from '@omskit/adapters-douyin';
import { createDouyinMockPlatform } from '@omskit/adapters-douyin/testing';
import { createJdAdapter } from '@omskit/adapters-jd';
import { createJdMockPlatform } from '@omskit/adapters-jd/testing';
import { createPddAdapter } from '@omskit/adapters-pdd';
import { createPddMockPlatform } from '@omskit/adapters-pdd/testing';
import { createTaobaoAdapter } from '@omskit/adapters-taobao';
import { createTaobaoMockPlatform } from '@omskit/adapters-taobao/testing';
import type { ChannelAdapter, Clock, PushRequest } from '@omskit/core';
import type { ChannelMockControls } from '@omskit/core/testing';
import type { RequestHandler } from 'msw';

/** One marketplace of the demo. */
export interface DemoChannel {
  channel: string;
  shopId: string;
  adapter: ChannelAdapter;
  controls: ChannelMockControls;
  /** Share of the day's orders this channel takes. */
  share: number;
}

const retry = { retries: 4, minTimeoutMs: 1, maxTimeoutMs: 20 };

/** Builds the four channels with their mock platforms, starting at `start` (ISO). */
export function createDemoChannels(start: string): {
  channels: DemoChannel[];
  handlers: RequestHandler[];
  clock: Clock;
  advance(ms: number): void;
  /** Douyin's signed HTTP push that an order was paid (tag 101), as its servers would send it. */
  douyinPaidPush(platformOrderId: string): PushRequest;
  /** What a Taobao buyer does after paying: leave a message, ask for a refund (the holds' inputs). */
  taobaoBuyer: {
    leaveMessage(tid: string, text: string): void;
    requestRefund(tid: string): void;
    /** Asks to send a delivered order's first line back for a refund (退货退款). */
    requestReturn(tid: string): void;
    /** Sends the parcel of a return the seller agreed on the platform; false when it is not waiting for one. */
    sendReturn(refundId: string, trackingNumber: string): boolean;
  };
} {
  const taobao = createTaobaoMockPlatform({ now: start, seed: 3 });
  const pdd = createPddMockPlatform({ now: start });
  const jd = createJdMockPlatform({ startAt: start });
  const douyin = createDouyinMockPlatform({ now: start, baseUrl: 'https://douyin.demo.test' });
  const tokens = new Map<string, string>([
    ['tb-flagship', taobao.addShop('tb-flagship')],
    ['pdd-store', pdd.issueToken('pdd-store')],
    ['jd-pop', jd.issueToken('jd-pop')],
    ['4463798', douyin.issueToken('4463798')],
  ]);
  const token = (shopId: string) => tokens.get(shopId) ?? '';
  const refreshWith = (issue: (shopId: string) => string) => (shopId: string) => {
    tokens.set(shopId, issue(shopId));
    return token(shopId);
  };
  const clock: Clock = { now: () => Date.parse(taobao.controls.now()) };
  const channels: DemoChannel[] = [
    {
      channel: 'taobao',
      shopId: 'tb-flagship',
      share: 0.4,
      controls: taobao.controls,
      adapter: createTaobaoAdapter({
        appKey: taobao.appKey,
        appSecret: taobao.appSecret,
        clock: taobao.clock,
        accessToken: token,
        refreshAccessToken: refreshWith((shop) => taobao.issueToken(shop)),
        retry,
        // Refund decisions go to the platform; returns come back to the Suzhou warehouse.
        decisions: {
          defaultReturnAddressId: '7001',
          returnAddresses: {
            '7001': { name: '苏州仓退货组', address: '江苏省苏州市工业园区星湖街 1 号', post: '215000' },
          },
        },
      }),
    },
    {
      channel: 'pdd',
      shopId: 'pdd-store',
      share: 0.25,
      controls: pdd.controls,
      adapter: createPddAdapter({
        clientId: pdd.clientId,
        clientSecret: pdd.clientSecret,
        clock: pdd.clock,
        accessToken: token,
        refreshAccessToken: refreshWith((shop) => pdd.issueToken(shop)),
        retry,
      }),
    },
    {
      channel: 'jd',
      shopId: 'jd-pop',
      share: 0.2,
      controls: jd.controls,
      adapter: createJdAdapter({
        appKey: jd.appKey,
        appSecret: jd.appSecret,
        clock: jd.clock,
        accessToken: token,
        refreshAccessToken: refreshWith((shop) => jd.issueToken(shop)),
        retry,
      }),
    },
    {
      channel: 'douyin',
      shopId: '4463798',
      share: 0.15,
      controls: douyin.controls,
      adapter: createDouyinAdapter({
        appKey: douyin.appKey,
        appSecret: douyin.appSecret,
        baseUrl: douyin.baseUrl,
        clock: { now: () => Date.parse(douyin.controls.now()) },
        accessToken: token,
        refreshAccessToken: refreshWith((shop) => douyin.issueToken(shop)),
        retry,
      }),
    },
  ];
  return {
    channels,
    handlers: [...taobao.handlers, ...pdd.handlers, ...jd.handlers, ...douyin.handlers],
    clock,
    douyinPaidPush: (platformOrderId) =>
      douyin.signedPush(
        '101',
        JSON.stringify({
          p_id: platformOrderId,
          shop_id: 4463798,
          order_status: 105,
          update_time: Math.floor(Date.parse(douyin.controls.now()) / 1000),
        }),
      ),
    taobaoBuyer: {
      leaveMessage: (tid, text) =>
        taobao.updateTrade('tb-flagship', tid, (trade) => {
          trade.buyerMessage = text;
        }),
      requestRefund: (tid) => {
        taobao.addRefund('tb-flagship', tid, { status: 'WAIT_SELLER_AGREE' });
      },
      requestReturn: (tid) => {
        taobao.addRefund('tb-flagship', tid, { status: 'WAIT_SELLER_AGREE', hasGoodReturn: true });
      },
      sendReturn: (refundId, trackingNumber) => {
        if (taobao.refundStatus('tb-flagship', refundId) !== 'WAIT_BUYER_RETURN_GOODS') return false;
        taobao.returnShipped('tb-flagship', refundId, { sid: trackingNumber });
        return true;
      },
    },
    advance(ms) {
      for (const channel of channels) channel.controls.advance(ms);
    },
  };
}
