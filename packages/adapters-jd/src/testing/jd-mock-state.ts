import type { MockFaultKind } from '@omskit/core/testing';
import type { JdMockRawOrder } from './jd-mock-orders';
import type { JdMockServiceOrder } from './jd-mock-services';

/** One order of the mock shop. */
export interface JdMockOrderRow {
  raw: JdMockRawOrder;
  /** Epoch ms of `modified` (whole seconds). */
  modifiedMs: number;
  shipped: string[];
}

/** One shop of the mock platform. */
export interface JdMockShop {
  readonly venderId: string;
  readonly orders: Map<string, JdMockOrderRow>;
  /** Service orders by service id. */
  readonly services: Map<number, JdMockServiceOrder>;
  token: { value: string; expiresAtMs: number; revoked: boolean } | undefined;
  issued: number;
  /** Orders to modify right after the next first page of a multi-page listing. */
  modifyDuringPaging: number;
}

/** The whole in-memory platform. */
export interface JdMockState {
  nowMs: number;
  nextOrderId: bigint;
  nextServiceId: number;
  seed: number;
  readonly shops: Map<string, JdMockShop>;
  readonly faults: MockFaultKind[];
  readonly calls: { operation: string; ok: boolean }[];
}

/** The shop with this id, created on first use. */
export function shopOf(state: JdMockState, shopId: string): JdMockShop {
  let shop = state.shops.get(shopId);
  if (shop === undefined) {
    shop = {
      venderId: String(10_086_000 + state.shops.size + 1),
      orders: new Map(),
      services: new Map(),
      token: undefined,
      issued: 0,
      modifyDuringPaging: 0,
    };
    state.shops.set(shopId, shop);
  }
  return shop;
}

/** The shop holding an access token, if the token is one the mock issued. */
export function shopOfToken(state: JdMockState, token: string): [string, JdMockShop] | undefined {
  for (const entry of state.shops) if (entry[1].token?.value === token) return entry;
  return undefined;
}
