import type { Clock } from '@omskit/core';
import type { ChannelMockControls } from '@omskit/core/testing';
import { http, type RequestHandler } from 'msw';
import { taobaoDefaultBaseUrl } from '../taobao-settings';
import { generateTaobaoTrade, type TaobaoMockTrade } from './taobao-mock-data';
import { handleTaobaoMockRequest } from './taobao-mock-gateway';
import { bigId, renderTaobaoJson, seededRandom, yuanText } from './taobao-mock-json';
import { touchTrade } from './taobao-mock-orders-api';
import { moveMockRefund } from './taobao-mock-refund-api';
import type { TaobaoMockShop, TaobaoMockState } from './taobao-mock-state';

/** Options of {@link createTaobaoMockPlatform}. */
export interface TaobaoMockPlatformOptions {
  /** Default `mock-app-key`. */
  readonly appKey?: string;
  /** Default `mock-app-secret`. */
  readonly appSecret?: string;
  /** The gateway URL the handlers answer. Default TOP's production gateway. */
  readonly baseUrl?: string;
  /** The platform's clock at start (ISO or epoch ms). Default: the system time, whole seconds. */
  readonly now?: string | number;
  /** Seed of the generated shop data. Default 1. */
  readonly seed?: number;
  /** Allowed skew of a call's `timestamp`. Default 10 minutes, as TOP. */
  readonly timestampSkewMs?: number;
  /** The "N more seconds" of throttle faults. Default 1. */
  readonly throttleSeconds?: number;
  /** The deepest `page_no` accepted (TOP documents none). Default unlimited. */
  readonly maxPageNo?: number;
  /**
   * Calls per second (wall clock, sliding window) the app may make before TOP's code 7 flow
   * control answers. Default unlimited.
   */
  readonly maxCallsPerSecond?: number;
  /** Tokens stop working this long (platform clock) after they were issued. Default never. */
  readonly tokenTtlMs?: number;
}

/** A mock TOP platform: msw handlers over an in-memory shop, its controls, and TOP-only helpers. */
export interface TaobaoMockPlatform {
  /** msw handlers answering the gateway URL. */
  readonly handlers: RequestHandler[];
  /** The controls the channel conformance suite drives. */
  readonly controls: ChannelMockControls;
  readonly appKey: string;
  readonly appSecret: string;
  readonly baseUrl: string;
  /** The platform's clock, to hand to the adapter (`clock`) so timestamps agree. */
  readonly clock: Clock;
  /** Opens a shop (if new) and returns its current access token. */
  addShop(shopId: string): string;
  /** Issues a new token for the shop (the old one stops working) and returns it. */
  issueToken(shopId: string): string;
  /** Changes a trade in place (status, lines, receiver...) and touches its modified time. */
  updateTrade(shopId: string, tid: string, change: (trade: TaobaoMockTrade) => void): void;
  /** Opens a refund on a trade's first line; returns the refund id. */
  addRefund(shopId: string, tid: string, options?: { status?: string; hasGoodReturn?: boolean }): string;
  /** The buyer sends the return parcel of a refund waiting for it (WAIT_SELLER_CONFIRM_GOODS after). */
  returnShipped(shopId: string, refundId: string, parcel: { sid: string; companyName?: string }): void;
  /** A refund's status as the platform holds it now. */
  refundStatus(shopId: string, refundId: string): string | undefined;
  /** TMC messages not yet confirmed. */
  pendingMessages(): number;
}

/**
 * Creates a mock Taobao Open Platform for tests: it checks app key, timestamp (10 min skew) and
 * signature (md5, hmac, hmac-sha256) and answers in TOP's own envelopes, pages
 * `taobao.trades.sold.increment.get` newest first with `total_results`, serves
 * `taobao.trade.fullinfo.get` with realistic trades (several lines, discounts, yuan strings, ids
 * above 2^53 as bare JSON numbers, masked receivers, short province names and directly
 * administered counties), records `taobao.logistics.offline.send`, queues TMC messages, throttles,
 * expires tokens, changes orders while a client pages and injects faults on request.
 */
export function createTaobaoMockPlatform(options: TaobaoMockPlatformOptions = {}): TaobaoMockPlatform {
  const appKey = options.appKey ?? 'mock-app-key';
  const appSecret = options.appSecret ?? 'mock-app-secret';
  const baseUrl = options.baseUrl ?? taobaoDefaultBaseUrl;
  const start =
    options.now === undefined
      ? Date.now()
      : typeof options.now === 'number'
        ? options.now
        : Date.parse(options.now);
  const random = seededRandom(options.seed ?? 1);
  const state: TaobaoMockState = {
    nowMs: Math.floor(start / 1000) * 1000,
    shops: new Map(),
    faults: [],
    calls: [],
    messages: [],
    nextId: 3_290_174_989_321_021_468n,
    nextToken: 1,
    tokenIssuedAt: new Map(),
    recentCalls: [],
  };
  const nextId = () => {
    state.nextId += 1_037n;
    return state.nextId.toString();
  };
  const newToken = (shopId: string) => {
    const token = `mock-session-${shopId}-${state.nextToken++}`;
    state.tokenIssuedAt.set(token, state.nowMs);
    return token;
  };
  const addShop = (shopId: string): TaobaoMockShop => {
    const existing = state.shops.get(shopId);
    if (existing !== undefined) return existing;
    const shop: TaobaoMockShop = {
      shopId,
      userId: String(2_200_000_000_000 + state.shops.size),
      token: newToken(shopId),
      trades: new Map(),
      refunds: new Map(),
      shipped: new Map(),
      pagingTrap: 0,
    };
    state.shops.set(shopId, shop);
    return shop;
  };
  const tradeOf = (shopId: string, tid: string): TaobaoMockTrade => {
    const trade = state.shops.get(shopId)?.trades.get(tid);
    if (trade === undefined) throw new Error(`mock taobao: no trade ${tid} in shop ${shopId}`);
    return trade;
  };
  const publish = (shop: TaobaoMockShop, topic: string, trade: TaobaoMockTrade) => {
    const paymentFen = trade.lines.reduce((sum, line) => sum + line.divideFen, 0) + trade.postFeeFen;
    state.messages.push({
      id: nextId(),
      topic,
      userId: shop.userId,
      pubMs: state.nowMs,
      content: renderTaobaoJson({
        buyer_nick: 't**',
        payment: yuanText(paymentFen),
        status: trade.status,
        tid: bigId(trade.tid),
        oid: bigId(trade.lines[0]?.oid ?? trade.tid),
        seller_nick: shop.shopId,
        type: trade.type,
      }),
    });
  };

  const controls: ChannelMockControls = {
    now: () => new Date(state.nowMs).toISOString(),
    advance(ms) {
      state.nowMs += ms;
    },
    seedOrders(shopId, count, window) {
      const shop = addShop(shopId);
      const from = Date.parse(window.from);
      const to = Date.parse(window.to);
      const ids: string[] = [];
      for (let index = 0; index < count; index += 1) {
        const exact = from + ((index + 1) * (to - from)) / (count + 1);
        let modifiedMs = Math.ceil(exact / 1000) * 1000;
        if (modifiedMs >= to) modifiedMs = Math.floor(exact / 1000) * 1000;
        const tid = nextId();
        const trade = generateTaobaoTrade(
          random,
          { tid, oid: () => nextId() },
          {
            createdMs: modifiedMs - 2 * 60 * 60 * 1000,
            modifiedMs,
          },
        );
        shop.trades.set(tid, trade);
        publish(shop, 'taobao_trade_TradeBuyerPay', trade);
        ids.push(tid);
      }
      return ids;
    },
    touchOrder(shopId, platformOrderId) {
      const trade = tradeOf(shopId, platformOrderId);
      touchTrade(state, trade, `备注已更新 ${new Date(state.nowMs).toISOString()}`);
      publish(addShop(shopId), 'taobao_trade_TradeMemoModified', trade);
    },
    modifyDuringPaging(shopId, count) {
      addShop(shopId).pagingTrap = count;
    },
    injectFaults(kind, count) {
      for (let index = 0; index < count; index += 1) state.faults.push(kind);
    },
    expireToken(shopId) {
      addShop(shopId).token = `expired-${newToken(shopId)}`;
      // Nobody holds the replacement until `issueToken` hands it out.
    },
    orders: (shopId) =>
      [...(state.shops.get(shopId)?.trades.values() ?? [])].map((trade) => ({
        platformOrderId: trade.tid,
        modifiedAt: new Date(trade.modifiedMs).toISOString(),
      })),
    shippedTrackingNumbers: (shopId, platformOrderId) => [
      ...(state.shops.get(shopId)?.shipped.get(platformOrderId) ?? []),
    ],
    calls: () => state.calls.map((call) => ({ ...call })),
  };

  const config = {
    appKey,
    appSecret,
    timestampSkewMs: options.timestampSkewMs ?? 10 * 60 * 1000,
    throttleSeconds: options.throttleSeconds ?? 1,
    maxPageNo: options.maxPageNo,
    maxCallsPerSecond: options.maxCallsPerSecond,
    tokenTtlMs: options.tokenTtlMs,
  };
  return {
    handlers: [http.all(baseUrl, ({ request }) => handleTaobaoMockRequest(config, state, request))],
    controls,
    appKey,
    appSecret,
    baseUrl,
    clock: { now: () => state.nowMs },
    addShop: (shopId) => addShop(shopId).token,
    issueToken(shopId) {
      const shop = addShop(shopId);
      shop.token = newToken(shopId);
      return shop.token;
    },
    updateTrade(shopId, tid, change) {
      const trade = tradeOf(shopId, tid);
      change(trade);
      touchTrade(state, trade);
    },
    addRefund(shopId, tid, refundOptions = {}) {
      const shop = addShop(shopId);
      const trade = tradeOf(shopId, tid);
      const line = trade.lines[0];
      if (line === undefined) throw new Error('mock taobao: trade without lines');
      const refundId = nextId();
      line.refundStatus = refundOptions.status ?? 'WAIT_SELLER_AGREE';
      shop.refunds.set(refundId, {
        refundId,
        tid,
        oid: line.oid,
        status: refundOptions.status ?? 'WAIT_SELLER_AGREE',
        refundFen: line.divideFen,
        num: line.num,
        hasGoodReturn: refundOptions.hasGoodReturn ?? false,
        createdMs: state.nowMs,
        modifiedMs: state.nowMs,
      });
      touchTrade(state, trade);
      return refundId;
    },
    returnShipped(shopId, refundId, parcel) {
      const shop = addShop(shopId);
      const refund = shop.refunds.get(refundId);
      if (refund === undefined) throw new Error(`mock taobao: no refund ${refundId}`);
      if (refund.status !== 'WAIT_BUYER_RETURN_GOODS')
        throw new Error(`mock taobao: refund ${refundId} is ${refund.status}, not waiting for the parcel`);
      refund.sid = parcel.sid;
      refund.companyName = parcel.companyName ?? '圆通速递';
      moveMockRefund(state, { shop }, refund, 'WAIT_SELLER_CONFIRM_GOODS');
    },
    refundStatus: (shopId, refundId) => state.shops.get(shopId)?.refunds.get(refundId)?.status,
    pendingMessages: () => state.messages.length,
  };
}
