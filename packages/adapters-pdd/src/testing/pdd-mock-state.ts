import type { MockFaultKind } from '@omskit/core/testing';
import type { PddMockOrder } from './pdd-mock-orders';

/** Options of `createPddMockPlatform`. */
export interface PddMockPlatformOptions {
  /** The app's `client_id` the mock accepts (default `mock-client`). */
  readonly clientId?: string;
  /** The app's `client_secret` the mock checks signatures with (default `mock-secret`). */
  readonly clientSecret?: string;
  /** The gateway URL the handlers answer (default PDD's production gateway). */
  readonly baseUrl?: string;
  /** The platform's start time (default `2026-11-11T04:00:00.000Z`). */
  readonly now?: string;
  /** Largest `page_size` accepted (default 100). */
  readonly maxPageSize?: number;
  /** Deepest `page` served; deeper pages get an error (default 100). */
  readonly maxPages?: number;
  /** Whether `end_updated_at` is inclusive (default true, matching the adapter's default). */
  readonly endInclusive?: boolean;
  /** How far a request `timestamp` may be from the platform's time (default 600 s). */
  readonly timestampToleranceSeconds?: number;
  /** Throttle every Nth call with PDD's 52101 (default: never). */
  readonly throttleEvery?: number;
  /** How long an injected `timeout` fault stalls before answering (default 60 000 ms). */
  readonly timeoutDelayMs?: number;
  /** PRNG seed for generated orders (default 1). */
  readonly seed?: number;
}

/** One stored entity and its modified time. */
export interface MockRow {
  raw: PddMockOrder;
  modifiedMs: number;
}

/** One shop of the mock. */
export interface MockShop {
  readonly orders: Map<string, MockRow>;
  readonly refunds: Map<string, MockRow>;
  readonly shipped: Map<string, string[]>;
}

/** A pending "modify while paging" request. */
export interface PagingMutation {
  readonly count: number;
  readonly afterCalls: number;
  readonly served: Set<string>;
  calls: number;
}

/** The whole in-memory platform. */
export interface MockState {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly maxPageSize: number;
  readonly maxPages: number;
  readonly endInclusive: boolean;
  readonly toleranceSeconds: number;
  readonly throttleEvery: number | undefined;
  readonly timeoutDelayMs: number;
  readonly random: () => number;
  nowMs: number;
  serial: number;
  callCount: number;
  readonly shops: Map<string, MockShop>;
  /** Token -> shop, for tokens still valid. */
  readonly tokens: Map<string, string>;
  readonly faults: { kind: MockFaultKind; remaining: number }[];
  readonly calls: { operation: string; ok: boolean }[];
  readonly mutations: Map<string, PagingMutation>;
}

/** The shop, created on first use. */
export function shopOf(state: MockState, shopId: string): MockShop {
  let shop = state.shops.get(shopId);
  if (shop === undefined) {
    shop = { orders: new Map(), refunds: new Map(), shipped: new Map() };
    state.shops.set(shopId, shop);
  }
  return shop;
}
