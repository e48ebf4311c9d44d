import type { MockFaultKind } from '@omskit/core/testing';
import { createRandom, generateShopOrder, type MockShopOrder } from './douyin-mock-orders';

/** One shop of the mock platform. */
export interface MockShop {
  readonly shopId: string;
  readonly orders: Map<string, MockShopOrder>;
  readonly shipped: Map<string, string[]>;
  readonly afterSales: Map<string, { [key: string]: unknown }>;
  /** Armed by `modifyDuringPaging`. */
  modifyDuringPaging: number;
}

/** An access token of the mock. */
export interface MockToken {
  readonly shopId: string;
  valid: boolean;
  expiresAtMs: number;
}

/** Access tokens live 7 days, refresh tokens 14 (Douyin's documented lifetimes). */
export const accessTokenLifetimeMs = 7 * 86_400_000;
const refreshTokenLifetimeMs = 14 * 86_400_000;

/** The mock platform's whole world. */
export interface MockWorld {
  nowMs: number;
  readonly random: () => number;
  readonly shops: Map<string, MockShop>;
  /** access token -> shop, whether it still works and when it expires. */
  readonly tokens: Map<string, MockToken>;
  /** refresh token -> the access token it was issued with. */
  readonly refreshTokens: Map<string, { accessToken: string; expiresAtMs: number }>;
  /** Authorisation codes not yet exchanged by `token.create` -> the shop that consented. */
  readonly authorizationCodes: Map<string, string>;
  readonly faults: MockFaultKind[];
  readonly calls: { operation: string; ok: boolean }[];
  /** ciphertext -> the fake clear text the mock decrypts it to. */
  readonly plaintexts: Map<string, string>;
  nextOrderNumber: number;
  nextTokenNumber: number;
}

/** A fresh world. */
export function createWorld(startMs: number, seed: number): MockWorld {
  return {
    nowMs: startMs,
    random: createRandom(seed),
    shops: new Map(),
    tokens: new Map(),
    refreshTokens: new Map(),
    authorizationCodes: new Map(),
    faults: [],
    calls: [],
    plaintexts: new Map(),
    nextOrderNumber: 1,
    nextTokenNumber: 1,
  };
}

/** The shop, created on first use. */
export function shopOf(world: MockWorld, shopId: string): MockShop {
  let shop = world.shops.get(shopId);
  if (shop === undefined) {
    shop = { shopId, orders: new Map(), shipped: new Map(), afterSales: new Map(), modifyDuringPaging: 0 };
    world.shops.set(shopId, shop);
  }
  return shop;
}

/** A new access token for the shop (older ones keep their state). */
export function issueToken(world: MockWorld, shopId: string): string {
  return issueTokenPair(world, shopId).accessToken;
}

/** A new access and refresh token pair for the shop. */
export function issueTokenPair(
  world: MockWorld,
  shopId: string,
): { accessToken: string; refreshToken: string } {
  shopOf(world, shopId);
  const number = world.nextTokenNumber;
  world.nextTokenNumber += 1;
  const accessToken = `mock-at-${shopId}-${number}`;
  const refreshToken = `mock-rt-${shopId}-${number}`;
  world.tokens.set(accessToken, { shopId, valid: true, expiresAtMs: world.nowMs + accessTokenLifetimeMs });
  world.refreshTokens.set(refreshToken, { accessToken, expiresAtMs: world.nowMs + refreshTokenLifetimeMs });
  return { accessToken, refreshToken };
}

/**
 * `token.refresh` as Douyin documents it: more than an hour before the access token expires the
 * same pair comes back; inside the last hour a new pair, the old one staying valid for an hour.
 */
export function refreshTokenPair(
  world: MockWorld,
  refreshToken: string,
): { accessToken: string; refreshToken: string; shopId: string } | undefined {
  const entry = world.refreshTokens.get(refreshToken);
  const token = entry === undefined ? undefined : world.tokens.get(entry.accessToken);
  if (entry === undefined || token === undefined || entry.expiresAtMs <= world.nowMs) return undefined;
  const hour = 3_600_000;
  if (token.valid && token.expiresAtMs - world.nowMs > hour) {
    return { accessToken: entry.accessToken, refreshToken, shopId: token.shopId };
  }
  const pair = issueTokenPair(world, token.shopId);
  token.expiresAtMs = world.nowMs + hour;
  entry.expiresAtMs = world.nowMs + hour;
  return { ...pair, shopId: token.shopId };
}

function shopDigits(shopId: string): string {
  let hash = 0;
  for (const char of shopId) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) % 10_000_000;
  return String(hash).padStart(7, '0');
}

/** Seeds `count` orders with update times spread evenly strictly inside `[fromMs, toMs)`. */
export function seedOrders(
  world: MockWorld,
  shopId: string,
  count: number,
  fromMs: number,
  toMs: number,
): string[] {
  const shop = shopOf(world, shopId);
  const ids: string[] = [];
  const firstSecond = Math.floor(fromMs / 1000) + 1;
  const lastSecond = Math.ceil(toMs / 1000) - 1;
  for (let index = 0; index < count; index += 1) {
    const exact = fromMs + ((index + 1) * (toMs - fromMs)) / (count + 1);
    const second = Math.min(lastSecond, Math.max(firstSecond, Math.floor(exact / 1000)));
    const orderId = `69${String(world.nextOrderNumber).padStart(10, '0')}${shopDigits(shopId)}`;
    world.nextOrderNumber += 1;
    const order = generateShopOrder(world.random, { orderId, shopId }, second);
    shop.orders.set(orderId, order);
    for (const [key, label] of [
      ['encrypt_post_receiver', '测试收件人'],
      ['encrypt_post_tel', '13800000000'],
    ] as const) {
      const text = order[key];
      if (typeof text === 'string') world.plaintexts.set(text, label);
    }
    ids.push(orderId);
  }
  return ids;
}

/** Changes an order now: a new seller memo and a new update time. */
export function touchOrder(world: MockWorld, order: MockShopOrder): void {
  const second = Math.floor(world.nowMs / 1000);
  order.update_time = second;
  order.seller_words = `备注 ${second}`;
  order.seller_remark_stars = 2;
}

/** A one-time authorisation code, as the consent redirect would carry it for `shopId`. */
export function issueAuthorizationCode(world: MockWorld, shopId: string): string {
  world.nextTokenNumber += 1;
  const code = `mock-code-${shopId}-${world.nextTokenNumber}`;
  world.authorizationCodes.set(code, shopId);
  return code;
}
