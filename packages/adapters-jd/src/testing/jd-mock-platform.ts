import type { Clock, TimeWindow } from '@omskit/core';
import type { ChannelMockControls } from '@omskit/core/testing';
import { http, type RequestHandler } from 'msw';
import { jdProductionBaseUrl } from '../jd-settings';
import { handleJdMockCall } from './jd-mock-gateway';
import { touchRow } from './jd-mock-methods';
import { buildJdMockOrder, type JdMockRawOrder } from './jd-mock-orders';
import { type JdMockState, shopOf } from './jd-mock-state';

/** Options of {@link createJdMockPlatform}; every one has a default. */
export interface JdMockPlatformOptions {
  /** Where the mock gateway listens. Default: JD's production `https://api.jd.com/routerjson`. */
  baseUrl?: string;
  appKey?: string;
  appSecret?: string;
  /** The platform's clock starts here. Default `2026-11-11T04:00:00.000Z`. */
  startAt?: string;
  /** Seed of the order generator. Default 1. */
  seed?: number;
  /** Largest `page_size`. Default 100. */
  pageSizeLimit?: number;
  /** Pages served for one query before it must be narrowed. Default 100. */
  maxPages?: number;
  /** Widest query window in ms. Default 31 days. */
  maxWindowMs?: number;
  /** Accepted clock skew of `timestamp`. Default 10 minutes. */
  timestampToleranceMs?: number;
  /** How long an issued token lives. Default 24 hours. */
  tokenTtlMs?: number;
  /** Which shipment parameter names are accepted. Default `any`. */
  shipmentParameterNames?: 'logiCoprId' | 'legacy' | 'any';
  /** How long a `timeout` fault holds the response. Default `infinite` (the client's timeout fires). */
  timeoutFaultDelayMs?: number | 'infinite';
}

/** The mock JD platform: msw handlers over an in-memory shop, plus its controls. */
export interface JdMockPlatform {
  /** msw handlers serving the JOS gateway at `baseUrl`. */
  readonly handlers: RequestHandler[];
  /** The controls the channel conformance suite drives. */
  readonly controls: ChannelMockControls;
  /** The platform's clock: give it to the adapter (`clock`) so timestamps agree. */
  readonly clock: Clock;
  readonly baseUrl: string;
  readonly appKey: string;
  readonly appSecret: string;
  /** Issues a fresh access token for a shop (the old one stops working), as an OAuth refresh does. */
  issueToken(shopId: string): string;
  /** Adds one order built from a realistic default with `overrides` applied; returns its id. */
  addOrder(shopId: string, modifiedAt: string, overrides?: JdMockRawOrder): string;
  /** A copy of the raw order as the platform holds it. */
  rawOrder(shopId: string, platformOrderId: string): JdMockRawOrder | undefined;
  /**
   * The buyer opens a service order (售后服务单) on the order's first line, as
   * `jingdong.asc.query.list` will list it; returns its service id. Defaults: a return
   * (`customerExpect` 10), status 10005 (a status the host's table maps; the reference knows
   * only 13).
   */
  requestService(
    shopId: string,
    platformOrderId: string,
    options?: {
      customerExpect?: number;
      serviceStatus?: number;
      questionDesc?: string;
      /** What the buyer paid for one unit, yuan. Default: the line's `jdPrice` (before coupons). */
      actualPayPrice?: number;
    },
  ): number;
  /** The shop's vendor id (`venderId`), which `jingdong.asc.query.list` wants as `buId`. */
  venderIdOf(shopId: string): string;
  /** Moves a service order to another status now (its update time becomes the platform's now). */
  setServiceStatus(shopId: string, serviceId: number, serviceStatus: number): void;
}

const hour = 60 * 60 * 1000;

/**
 * Creates a mock JD platform for tests: it checks `app_key`, the MD5 signature and the timestamp,
 * answers with JOS's own `error_response` envelope, honours windows and paging (page size and page
 * limits, `orderTotal`), expires tokens, changes orders while a client pages, and injects faults.
 *
 * @example
 * ```ts
 * const jd = createJdMockPlatform();
 * server.use(...jd.handlers);
 * const token = jd.issueToken('shop-1');
 * const adapter = createJdAdapter({ appKey: jd.appKey, appSecret: jd.appSecret, clock: jd.clock,
 *   accessToken: () => token });
 * ```
 */
export function createJdMockPlatform(options: JdMockPlatformOptions = {}): JdMockPlatform {
  const baseUrl = options.baseUrl ?? jdProductionBaseUrl;
  const appKey = options.appKey ?? 'mock-app-key';
  const appSecret = options.appSecret ?? 'mock-app-secret';
  const tokenTtlMs = options.tokenTtlMs ?? 24 * hour;
  const state: JdMockState = {
    nowMs: Date.parse(options.startAt ?? '2026-11-11T04:00:00.000Z'),
    nextOrderId: 300_000_000_000n,
    nextServiceId: 990_100_000,
    seed: options.seed ?? 1,
    shops: new Map(),
    faults: [],
    calls: [],
  };
  const gatewayOptions = {
    appKey,
    appSecret,
    pageSizeLimit: options.pageSizeLimit ?? 100,
    maxPages: options.maxPages ?? 100,
    maxWindowMs: options.maxWindowMs ?? 31 * 24 * hour,
    timestampToleranceMs: options.timestampToleranceMs ?? 10 * 60 * 1000,
    shipmentParameterNames: options.shipmentParameterNames ?? 'any',
    timeoutFaultDelayMs: options.timeoutFaultDelayMs ?? 'infinite',
  } as const;

  function addOrder(shopId: string, modifiedAt: string, overrides: JdMockRawOrder = {}): string {
    const shop = shopOf(state, shopId);
    state.nextOrderId += 1n + BigInt(state.nextOrderId % 7n);
    const orderId = String(state.nextOrderId);
    const modifiedMs = Math.floor(Date.parse(modifiedAt) / 1000) * 1000;
    state.seed += 1;
    const raw = {
      ...buildJdMockOrder(orderId, shop.venderId, modifiedMs, state.seed),
      ...overrides,
      orderId,
    };
    shop.orders.set(orderId, { raw, modifiedMs, shipped: [] });
    return orderId;
  }

  const controls: ChannelMockControls = {
    now: () => new Date(state.nowMs).toISOString(),
    advance(ms) {
      state.nowMs += ms;
    },
    seedOrders(shopId: string, count: number, window: TimeWindow) {
      const from = Date.parse(window.from);
      const span = Date.parse(window.to) - from;
      return Array.from({ length: count }, (_, index) => {
        // Whole seconds strictly inside the window, as JOS times have no milliseconds.
        let ms = Math.floor((from + ((index + 0.5) * span) / count) / 1000) * 1000;
        if (ms < from) ms += 1000;
        return addOrder(shopId, new Date(ms).toISOString());
      });
    },
    touchOrder(shopId, platformOrderId) {
      const row = shopOf(state, shopId).orders.get(platformOrderId);
      if (row !== undefined) touchRow(state, row, `卖家备注 ${new Date(state.nowMs).toISOString()}`);
    },
    modifyDuringPaging(shopId, count) {
      shopOf(state, shopId).modifyDuringPaging = count;
    },
    injectFaults(kind, count) {
      for (let index = 0; index < count; index += 1) state.faults.push(kind);
    },
    expireToken(shopId) {
      const token = shopOf(state, shopId).token;
      if (token !== undefined) token.revoked = true;
    },
    orders: (shopId) =>
      [...shopOf(state, shopId).orders.entries()].map(([platformOrderId, row]) => ({
        platformOrderId,
        modifiedAt: new Date(row.modifiedMs).toISOString(),
      })),
    shippedTrackingNumbers: (shopId, platformOrderId) => [
      ...(shopOf(state, shopId).orders.get(platformOrderId)?.shipped ?? []),
    ],
    calls: () => state.calls.map((call) => ({ ...call })),
  };

  return {
    handlers: [http.all(baseUrl, ({ request }) => handleJdMockCall(state, gatewayOptions, request))],
    controls,
    clock: { now: () => state.nowMs },
    baseUrl,
    appKey,
    appSecret,
    issueToken(shopId) {
      const shop = shopOf(state, shopId);
      shop.issued += 1;
      const value = `mock-jd-token-${shopId}-${shop.issued}`;
      shop.token = { value, expiresAtMs: state.nowMs + tokenTtlMs, revoked: false };
      return value;
    },
    addOrder,
    requestService(shopId, platformOrderId, serviceOptions = {}) {
      const shop = shopOf(state, shopId);
      const row = shop.orders.get(platformOrderId);
      const item = (row?.raw['itemInfoList'] as Record<string, unknown>[] | undefined)?.[0];
      if (row === undefined || item === undefined)
        throw new Error(`mock JD: no order ${platformOrderId} with lines in ${shopId}`);
      state.nextServiceId += 1;
      const now = Math.floor(state.nowMs / 1000) * 1000;
      shop.services.set(state.nextServiceId, {
        serviceId: state.nextServiceId,
        orderId: platformOrderId,
        skuId: String(item['skuId']),
        customerExpect: serviceOptions.customerExpect ?? 10,
        serviceStatus: serviceOptions.serviceStatus ?? 10005,
        questionDesc: serviceOptions.questionDesc ?? '尺码不合适',
        actualPayPrice: serviceOptions.actualPayPrice ?? Number(item['jdPrice'] ?? 0),
        applyTime: now,
        updateTime: now,
      });
      return state.nextServiceId;
    },
    venderIdOf: (shopId) => shopOf(state, shopId).venderId,
    setServiceStatus(shopId, serviceId, serviceStatus) {
      const service = shopOf(state, shopId).services.get(serviceId);
      if (service === undefined) throw new Error(`mock JD: no service order ${serviceId} in ${shopId}`);
      service.serviceStatus = serviceStatus;
      service.updateTime = Math.floor(state.nowMs / 1000) * 1000;
    },
    rawOrder: (shopId, platformOrderId) => {
      const row = shopOf(state, shopId).orders.get(platformOrderId);
      return row === undefined ? undefined : structuredClone(row.raw);
    },
  };
}
