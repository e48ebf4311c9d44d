import type { PushRequest } from '@omskit/core';
import type { ChannelMockControls } from '@omskit/core/testing';
import type { RequestHandler } from 'msw';
import { douyinProductionBaseUrl } from '../douyin-settings';
import { createMockGatewayHandler } from './douyin-mock-handler';
import { signedPush } from './douyin-mock-methods';
import { type MockJson, type MockShopOrder, mockJson } from './douyin-mock-orders';
import {
  createWorld,
  issueAuthorizationCode,
  issueToken,
  issueTokenPair,
  type MockWorld,
  seedOrders,
  shopOf,
  touchOrder,
} from './douyin-mock-state';

/** Options of {@link createDouyinMockPlatform}; every one has a default. */
export interface DouyinMockPlatformOptions {
  /** The gateway URL the handlers answer (default: Douyin's production gateway). */
  baseUrl?: string;
  appKey?: string;
  appSecret?: string;
  /** The mock's clock at the start (default `2026-11-11T04:00:00.000Z`). */
  now?: string;
  /** Deepest `order.searchList` page served (default 100). */
  maxPages?: number;
  /** Seed of the order generator (default 1). */
  seed?: number;
}

/** The mock Douyin platform: msw handlers, the conformance controls and Douyin-specific helpers. */
export interface DouyinMockPlatform {
  /** msw handlers to install (`server.use(...platform.handlers)`). */
  readonly handlers: readonly RequestHandler[];
  /** The controls the channel conformance suite (and your tests) drive. */
  readonly controls: ChannelMockControls;
  readonly baseUrl: string;
  readonly appKey: string;
  readonly appSecret: string;
  /** Authorises a shop: a new valid access token for it (older tokens keep their state). */
  issueToken(shopId: string): string;
  /** Authorises a shop with an access and refresh token pair (for `token.refresh` tests). */
  issueTokenPair(shopId: string): { accessToken: string; refreshToken: string };
  /** A one-time authorisation code for the shop, to exchange with `token.create`. */
  authorizationCode(shopId: string): string;
  /** A copy of a raw shop order as the platform holds it (`bigint` where Douyin sends int64). */
  rawOrder(shopId: string, platformOrderId: string): MockShopOrder | undefined;
  /** Replaces or adds a raw shop order (set `update_time` yourself). */
  putOrder(shopId: string, order: MockShopOrder): void;
  /** Adds an after-sale (an `afterSale.List` item) to a shop. */
  putAfterSale(shopId: string, item: { [key: string]: MockJson }): void;
  /** A signed push carrying any tag and data (as JSON text). */
  signedPush(tag: string, data: string): PushRequest;
  /** The mock's internal world, for advanced tests. */
  readonly world: MockWorld;
}

/**
 * Creates an in-memory Douyin shop platform behind msw handlers. It checks app key, timestamp
 * (±10 minutes of its own clock), signature (`hmac-sha256` or `md5`) and access token, answers in
 * Douyin's `{code, msg, sub_code, sub_msg, log_id, data}` envelope, serves `order.searchList`
 * (update-time windows, sorting, pages from 0, at most 100 a page, a page-depth limit, `total`),
 * `order.orderDetail`, `order.logisticsAdd`, `order.logisticsAddMultiPack`, `order.batchDecrypt`
 * and `afterSale.List`, and injects throttling, service errors, timeouts and token expiry on
 * request. Orders are realistic: several SKU orders, discounts, fen amounts, masked receivers with
 * ciphertexts, `product_id` above 2^53 written as a bare JSON integer.
 *
 * @example
 * ```ts
 * const platform = createDouyinMockPlatform();
 * const token = platform.issueToken('4463798');
 * server.use(...platform.handlers);
 * const douyin = createDouyinAdapter({ appKey: platform.appKey, appSecret: platform.appSecret, accessToken: () => token,
 *   clock: { now: () => Date.parse(platform.controls.now()) } });
 * ```
 */
export function createDouyinMockPlatform(options: DouyinMockPlatformOptions = {}): DouyinMockPlatform {
  const baseUrl = (options.baseUrl ?? douyinProductionBaseUrl).replace(/\/$/, '');
  const appKey = options.appKey ?? '7000000000000000001';
  const appSecret = options.appSecret ?? 'mock-douyin-app-secret';
  const world = createWorld(Date.parse(options.now ?? '2026-11-11T04:00:00.000Z'), options.seed ?? 1);
  const handler = createMockGatewayHandler(world, {
    baseUrl,
    appKey,
    appSecret,
    maxPages: options.maxPages ?? 100,
    timestampToleranceMs: 10 * 60 * 1000,
  });
  let pushCounter = 0;
  const signedPushRequest = (tag: string, data: string): PushRequest => {
    pushCounter += 1;
    const { body, headers } = signedPush(appKey, appSecret, [
      { tag, msgId: `mock-msg-${pushCounter}`, data },
    ]);
    return { method: 'POST', url: 'https://host.example/douyin/push', headers, body };
  };

  const controls: ChannelMockControls = {
    now: () => new Date(world.nowMs).toISOString(),
    advance: (ms) => {
      world.nowMs += ms;
    },
    seedOrders: (shopId, count, window) =>
      seedOrders(world, shopId, count, Date.parse(window.from), Date.parse(window.to)),
    touchOrder: (shopId, platformOrderId) => {
      const order = world.shops.get(shopId)?.orders.get(platformOrderId);
      if (order !== undefined) touchOrder(world, order);
    },
    modifyDuringPaging: (shopId, count) => {
      shopOf(world, shopId).modifyDuringPaging = count;
    },
    injectFaults: (kind, count) => {
      for (let index = 0; index < count; index += 1) world.faults.push(kind);
    },
    expireToken: (shopId) => {
      for (const token of world.tokens.values()) if (token.shopId === shopId) token.valid = false;
    },
    orders: (shopId) =>
      [...(world.shops.get(shopId)?.orders.values() ?? [])].map((order) => ({
        platformOrderId: order.order_id,
        modifiedAt: new Date(order.update_time * 1000).toISOString(),
      })),
    shippedTrackingNumbers: (shopId, platformOrderId) => [
      ...(world.shops.get(shopId)?.shipped.get(platformOrderId) ?? []),
    ],
    calls: () => world.calls.map((call) => ({ ...call })),
    signedOrderPush: (shopId, platformOrderId) => {
      const order = world.shops.get(shopId)?.orders.get(platformOrderId);
      const skuIds = Array.isArray(order?.['sku_order_list'])
        ? order['sku_order_list'].map((line) =>
            typeof line === 'object' && line !== null && !Array.isArray(line) ? line['order_id'] : null,
          )
        : [];
      const data = mockJson({
        biz: 2,
        order_status: order?.['order_status'] ?? 2,
        order_type: 0,
        p_id: BigInt(platformOrderId),
        s_ids: skuIds.filter((id): id is string => typeof id === 'string').map((id) => BigInt(id)),
        shop_id: /^\d+$/.test(shopId) ? Number(shopId) : shopId,
        pay_time: order?.['pay_time'] ?? 0,
        pay_type: 1,
        update_time: order?.update_time ?? Math.floor(world.nowMs / 1000),
      });
      return signedPushRequest('101', data);
    },
  };

  return {
    handlers: [handler],
    controls,
    baseUrl,
    appKey,
    appSecret,
    issueToken: (shopId) => issueToken(world, shopId),
    issueTokenPair: (shopId) => issueTokenPair(world, shopId),
    authorizationCode: (shopId) => issueAuthorizationCode(world, shopId),
    rawOrder: (shopId, platformOrderId) => {
      const order = world.shops.get(shopId)?.orders.get(platformOrderId);
      return order === undefined ? undefined : structuredClone(order);
    },
    putOrder: (shopId, order) => {
      shopOf(world, shopId).orders.set(order.order_id, structuredClone(order));
    },
    putAfterSale: (shopId, item) => {
      const info = item['aftersale_info'];
      const id =
        typeof info === 'object' && info !== null && !Array.isArray(info) ? String(info['aftersale_id']) : '';
      shopOf(world, shopId).afterSales.set(id, structuredClone(item));
    },
    signedPush: signedPushRequest,
    world,
  };
}
