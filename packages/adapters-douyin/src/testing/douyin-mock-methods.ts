import { signDouyinPush } from '../douyin-push';
import { type MockDouyinError, mockErrors } from './douyin-mock-envelope';
import type { MockJson, MockShopOrder } from './douyin-mock-orders';
import {
  accessTokenLifetimeMs,
  issueTokenPair,
  type MockShop,
  type MockWorld,
  refreshTokenPair,
  touchOrder,
} from './douyin-mock-state';

/** A method's outcome: `data` for success or a Douyin error. */
export type MockOutcome = { ok: true; data: unknown } | { ok: false; error: MockDouyinError };

/** Business parameters as the mock reads them. */
export type MockParams = { readonly [key: string]: unknown };

const fail = (error: MockDouyinError): MockOutcome => ({ ok: false, error });

function integerParam(params: MockParams, key: string): number | undefined {
  const value = params[key];
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : undefined;
}

function searchList(world: MockWorld, shop: MockShop, params: MockParams, maxPages: number): MockOutcome {
  const page = integerParam(params, 'page') ?? 0;
  const size = integerParam(params, 'size') ?? 20;
  if (page < 0 || size < 1 || size > 100) return fail(mockErrors.badParameter);
  if (page >= maxPages) return fail({ ...mockErrors.badParameter, subMsg: '超出最大可查询页数' });
  const start = integerParam(params, 'update_time_start');
  const end = integerParam(params, 'update_time_end');
  const byUpdate = params['order_by'] === 'update_time';
  const ascending = params['order_asc'] === true;
  const key = byUpdate ? 'update_time' : 'create_time';
  const matching = [...shop.orders.values()]
    .filter(
      (order) =>
        (start === undefined || order.update_time >= start) &&
        (end === undefined || order.update_time <= end),
    )
    .sort((a, b) => {
      const difference = Number(a[key]) - Number(b[key]);
      const ordered = difference !== 0 ? difference : a.order_id < b.order_id ? -1 : 1;
      return ascending ? ordered : -ordered;
    });
  const served = matching.slice(page * size, page * size + size);
  const data = { page, size, total: matching.length, shop_order_list: structuredClone(served) };
  if (shop.modifyDuringPaging > 0) {
    const notServed = matching.slice(page * size + size);
    const count = Math.min(shop.modifyDuringPaging, notServed.length);
    for (let index = 0; index < count; index += 1) {
      const order = notServed[Math.floor((index * notServed.length) / count)];
      if (order !== undefined) touchOrder(world, order);
    }
    shop.modifyDuringPaging = 0;
  }
  return { ok: true, data };
}

function orderOf(shop: MockShop, params: MockParams, key: string): MockShopOrder | undefined {
  const id = params[key];
  return typeof id === 'string' || typeof id === 'number' ? shop.orders.get(String(id)) : undefined;
}

function recordShipment(
  world: MockWorld,
  shop: MockShop,
  order: MockShopOrder,
  parcels: { code: string; tracking: string }[],
) {
  const second = Math.floor(world.nowMs / 1000);
  const list = shop.shipped.get(order.order_id) ?? [];
  const logistics = Array.isArray(order['logistics_info']) ? order['logistics_info'] : [];
  for (const parcel of parcels) {
    list.push(parcel.tracking);
    logistics.push({
      tracking_no: parcel.tracking,
      company: parcel.code,
      company_name: parcel.code,
      ship_time: second,
      product_info: [],
    });
  }
  shop.shipped.set(order.order_id, list);
  order['logistics_info'] = logistics;
  order['order_status'] = 3;
  order['order_status_desc'] = '已发货';
  order['ship_time'] = second;
  order.update_time = second;
  const lines = Array.isArray(order['sku_order_list']) ? order['sku_order_list'] : [];
  for (const line of lines) {
    if (typeof line === 'object' && line !== null && !Array.isArray(line)) line['order_status'] = 3;
  }
}

function shippable(order: MockShopOrder): boolean {
  return order['order_status'] === 2 || order['order_status'] === 105 || order['order_status'] === 101;
}

function logisticsAdd(world: MockWorld, shop: MockShop, params: MockParams): MockOutcome {
  const order = orderOf(shop, params, 'order_id');
  if (order === undefined) return fail(mockErrors.notFound);
  const code = params['company_code'];
  const tracking = params['logistics_code'];
  if (typeof code !== 'string' || typeof tracking !== 'string' || tracking === '')
    return fail(mockErrors.badParameter);
  if (!shippable(order))
    return fail({
      ...mockErrors.notFound,
      subCode: 'isv.business-failed:order-status',
      subMsg: '订单状态不可发货',
    });
  recordShipment(world, shop, order, [{ code, tracking }]);
  return { ok: true, data: {} };
}

function logisticsAddMultiPack(world: MockWorld, shop: MockShop, params: MockParams): MockOutcome {
  const order = orderOf(shop, params, 'order_id');
  if (order === undefined) return fail(mockErrors.notFound);
  const packs = params['pack_list'];
  if (!Array.isArray(packs) || packs.length === 0) return fail(mockErrors.badParameter);
  const parcels: { code: string; tracking: string }[] = [];
  for (const pack of packs as { [key: string]: unknown }[]) {
    if (typeof pack?.['company_code'] !== 'string' || typeof pack['logistics_code'] !== 'string') {
      return fail(mockErrors.badParameter);
    }
    parcels.push({ code: pack['company_code'], tracking: pack['logistics_code'] });
  }
  if (!shippable(order)) return fail(mockErrors.badParameter);
  recordShipment(world, shop, order, parcels);
  return {
    ok: true,
    data: { pack_list: parcels.map((_parcel, index) => ({ pack_id: `${order.order_id}${index}` })) },
  };
}

function batchDecrypt(world: MockWorld, params: MockParams): MockOutcome {
  const infos = params['cipher_infos'];
  if (!Array.isArray(infos) || infos.length > 50) return fail(mockErrors.badParameter);
  const decrypted = (infos as { [key: string]: unknown }[]).map((info) => {
    const text =
      typeof info?.['cipher_text'] === 'string' ? world.plaintexts.get(info['cipher_text']) : undefined;
    return text === undefined
      ? {
          auth_id: info?.['auth_id'] ?? '',
          cipher_text: info?.['cipher_text'] ?? '',
          err_no: 300008,
          err_msg: '解密失败',
        }
      : {
          auth_id: info['auth_id'],
          cipher_text: info['cipher_text'],
          decrypt_text: text,
          err_no: 0,
          err_msg: '',
        };
  });
  return { ok: true, data: { decrypt_infos: decrypted, custom_err: { err_code: 0, err_msg: '' } } };
}

function afterSaleList(shop: MockShop, params: MockParams): MockOutcome {
  const page = integerParam(params, 'page') ?? 0;
  const size = integerParam(params, 'size') ?? 10;
  if (page < 0 || size < 1 || size > 100) return fail(mockErrors.badParameter);
  const start = integerParam(params, 'update_start_time');
  const end = integerParam(params, 'update_end_time');
  const updated = (item: { [key: string]: unknown }) => {
    const info = item['aftersale_info'] as { update_time?: number } | undefined;
    return info?.update_time ?? 0;
  };
  const matching = [...shop.afterSales.values()]
    .filter(
      (item) =>
        (start === undefined || updated(item) >= start) && (end === undefined || updated(item) <= end),
    )
    .sort((a, b) => updated(a) - updated(b));
  const items = matching.slice(page * size, page * size + size);
  return {
    ok: true,
    data: { items, has_more: (page + 1) * size < matching.length, total: matching.length, page, size },
  };
}

/** Runs one business method of the mock for an authorised shop. */
export function runMockMethod(
  world: MockWorld,
  shop: MockShop,
  method: string,
  params: MockParams,
  options: { maxPages: number },
): MockOutcome {
  switch (method) {
    case 'order.searchList':
      return searchList(world, shop, params, options.maxPages);
    case 'order.orderDetail': {
      const order = orderOf(shop, params, 'shop_order_id');
      return order === undefined
        ? fail(mockErrors.notFound)
        : { ok: true, data: { shop_order_detail: structuredClone(order) } };
    }
    case 'order.logisticsAdd':
      return logisticsAdd(world, shop, params);
    case 'order.logisticsAddMultiPack':
      return logisticsAddMultiPack(world, shop, params);
    case 'order.batchDecrypt':
      return batchDecrypt(world, params);
    case 'afterSale.List':
      return afterSaleList(shop, params);
    default:
      return fail(mockErrors.unknownMethod);
  }
}

/** `token.create` and `token.refresh` (no access token needed). */
export function runMockTokenMethod(world: MockWorld, method: string, params: MockParams): MockOutcome {
  if (method === 'token.create') return createTokens(world, params);
  if (method !== 'token.refresh') return fail(mockErrors.unknownMethod);
  const refreshToken = params['refresh_token'];
  if (params['grant_type'] !== 'refresh_token' || typeof refreshToken !== 'string')
    return fail(mockErrors.badParameter);
  const pair = refreshTokenPair(world, refreshToken);
  if (pair === undefined) return fail(mockErrors.refreshFailed);
  return tokenData(world, pair);
}

/**
 * `token.create`: an authorisation code issued by {@link issueAuthorizationCode} (used once), or
 * `authorization_self` with a `shop_id` (a self-use app's own shop).
 */
function createTokens(world: MockWorld, params: MockParams): MockOutcome {
  const grant = params['grant_type'];
  let shopId: string | undefined;
  if (grant === 'authorization_code') {
    const code = params['code'];
    shopId = typeof code === 'string' ? world.authorizationCodes.get(code) : undefined;
    if (shopId === undefined) return fail(mockErrors.codeInvalid);
    world.authorizationCodes.delete(code as string);
  } else if (grant === 'authorization_self') {
    const shop = params['shop_id'];
    if (typeof shop !== 'string' && typeof shop !== 'number') return fail(mockErrors.badParameter);
    shopId = String(shop);
  } else return fail(mockErrors.badParameter);
  const pair = issueTokenPair(world, shopId);
  return tokenData(world, { ...pair, shopId });
}

function tokenData(
  world: MockWorld,
  pair: { accessToken: string; refreshToken: string; shopId: string },
): MockOutcome {
  const token = world.tokens.get(pair.accessToken);
  const expiresIn = Math.floor(
    ((token?.expiresAtMs ?? world.nowMs + accessTokenLifetimeMs) - world.nowMs) / 1000,
  );
  return {
    ok: true,
    data: {
      access_token: pair.accessToken,
      refresh_token: pair.refreshToken,
      expires_in: expiresIn,
      scope: 'SCOPE',
      shop_id: /^\d+$/.test(pair.shopId) ? Number(pair.shopId) : pair.shopId,
      shop_name: '测试店铺',
    },
  };
}

/** A push body with one message and its headers, signed as Douyin signs pushes. */
export function signedPush(
  appKey: string,
  appSecret: string,
  messages: readonly { tag: string; msgId: string; data: string }[],
): { body: string; headers: Record<string, string> } {
  const body = JSON.stringify(
    messages.map((message) => ({ tag: message.tag, msg_id: message.msgId, data: message.data })),
  );
  return {
    body,
    headers: {
      'content-type': 'application/json',
      'app-id': appKey,
      'event-sign': signDouyinPush(body, appKey, appSecret),
    },
  };
}

/** Type guard kept here so the handler stays small. */
export function isMockJsonObject(value: unknown): value is { [key: string]: MockJson } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
