import { formatShanghaiWallTime } from '@omskit/core';
import { mockErrorCodes, pddErrorEnvelope } from './pdd-mock-errors';
import { decryptMockCiphertext } from './pdd-mock-orders';
import type { MockRow, MockShop, MockState } from './pdd-mock-state';

/** What an API answers: a JSON-ready body and whether it is a success. */
export interface MockAnswer {
  readonly body: unknown;
  readonly ok: boolean;
}

/** The mock's company list (its own ids; real ids come from PDD's list). */
export const mockLogisticsCompanies = [
  { id: 1, logistics_company: '申通快递', code: 'STO', available: 1 },
  { id: 44, logistics_company: '顺丰快递', code: 'SF', available: 1 },
  { id: 85, logistics_company: '圆通快递', code: 'YTO', available: 1 },
  { id: 115, logistics_company: '中通快递', code: 'ZTO', available: 1 },
  { id: 121, logistics_company: '韵达快递', code: 'YUNDA', available: 1 },
  { id: 384, logistics_company: '极兔速递', code: 'JTSD', available: 1 },
  { id: 118, logistics_company: '邮政EMS', code: 'EMS', available: 1 },
  { id: 120, logistics_company: '京东配送', code: 'JD', available: 1 },
  { id: 3, logistics_company: '百世快递', code: 'BEST', available: 0 },
] as const;

const bad = (message: string): MockAnswer => ({
  body: pddErrorEnvelope(mockErrorCodes.badParameter, message),
  ok: false,
});

function integerParam(params: ReadonlyMap<string, string>, name: string): number | undefined {
  const text = params.get(name);
  return text !== undefined && /^-?\d+$/.test(text) ? Number(text) : undefined;
}

/** Rows of a shop map whose modified second falls in `[start, end]` (or `[start, end)`), in platform order. */
export function rowsInRange(
  state: MockState,
  rows: Map<string, MockRow>,
  start: number,
  end: number,
): [string, MockRow][] {
  return [...rows.entries()]
    .filter(([, row]) => {
      const second = Math.floor(row.modifiedMs / 1000);
      return second >= start && (state.endInclusive ? second <= end : second < end);
    })
    .sort(([aId, a], [bId, b]) => a.modifiedMs - b.modifiedMs || (aId < bId ? -1 : aId > bId ? 1 : 0));
}

/** Modifies an order now: new modified time and a visible seller memo change. */
export function touchMockOrder(state: MockState, row: MockRow, memo: string): void {
  row.modifiedMs = Math.floor(state.nowMs / 1000) * 1000;
  row.raw = { ...row.raw, remark: memo, updated_at: formatShanghaiWallTime(row.modifiedMs) };
}

function windowPage(
  state: MockState,
  shopId: string,
  rows: Map<string, MockRow>,
  params: ReadonlyMap<string, string>,
  listKey: string,
  responseKey: string,
): MockAnswer {
  const start = integerParam(params, 'start_updated_at');
  const end = integerParam(params, 'end_updated_at');
  const page = integerParam(params, 'page') ?? 1;
  const pageSize = integerParam(params, 'page_size') ?? 100;
  if (start === undefined || end === undefined)
    return bad('start_updated_at and end_updated_at are required');
  if (end < start || end - start > 30 * 60) return bad('the time range must be at most 30 minutes');
  if (page < 1 || page > state.maxPages) return bad(`page must be between 1 and ${state.maxPages}`);
  if (pageSize < 1 || pageSize > state.maxPageSize)
    return bad(`page_size must be between 1 and ${state.maxPageSize}`);
  const matching = rowsInRange(state, rows, start, end);
  const served = matching.slice((page - 1) * pageSize, page * pageSize);
  const body = {
    [responseKey]: {
      total_count: matching.length,
      has_next: page * pageSize < matching.length,
      [listKey]: served.map(([, row]) => row.raw),
    },
  };
  const mutation = listKey === 'order_sn_list' ? state.mutations.get(shopId) : undefined;
  if (mutation !== undefined) {
    for (const [id] of served) mutation.served.add(id);
    mutation.calls += 1;
    if (mutation.calls >= mutation.afterCalls) {
      state.mutations.delete(shopId);
      const unserved = matching.filter(([id]) => !mutation.served.has(id)).slice(0, mutation.count);
      for (const [, row] of unserved) touchMockOrder(state, row, '已修改 (paging)');
    }
  }
  return { body, ok: true };
}

function ship(state: MockState, shop: MockShop, params: ReadonlyMap<string, string>): MockAnswer {
  const orderSn = params.get('order_sn') ?? '';
  const row = shop.orders.get(orderSn);
  if (row === undefined) return bad('order_sn not found');
  const logisticsId = integerParam(params, 'logistics_id');
  const company = mockLogisticsCompanies.find((entry) => entry.id === logisticsId);
  if (company === undefined || company.available !== 1) return bad('logistics_id not supported');
  const tracking = params.get('tracking_number');
  if (tracking === undefined) return bad('tracking_number is required');
  if (row.raw['order_status'] !== 1) return bad('order is not waiting for shipment');
  touchMockOrder(state, row, String(row.raw['remark'] ?? ''));
  row.raw = {
    ...row.raw,
    order_status: 2,
    logistics_id: logisticsId,
    tracking_number: tracking,
    shipping_time: formatShanghaiWallTime(row.modifiedMs),
    receiver_name: '',
    receiver_phone: '',
    receiver_address: '',
    address: '',
  };
  shop.shipped.set(orderSn, [...(shop.shipped.get(orderSn) ?? []), tracking]);
  return { body: { logistics_online_send_response: { is_success: true } }, ok: true };
}

function decrypt(params: ReadonlyMap<string, string>): MockAnswer {
  let list: unknown;
  try {
    list = JSON.parse(params.get('data_list') ?? '[]');
  } catch {
    return bad('data_list is not JSON');
  }
  if (!Array.isArray(list) || list.length > 100) return bad('data_list must be an array of at most 100');
  const rows = list.map((entry: { data_tag?: unknown; encrypted_data?: unknown }) => {
    const ciphertext = typeof entry.encrypted_data === 'string' ? entry.encrypted_data : '';
    const plain = decryptMockCiphertext(ciphertext);
    return {
      data_tag: entry.data_tag,
      encrypted_data: ciphertext,
      data_type: ciphertext.startsWith('$') ? 6 : 5,
      decrypted_data: plain ?? '',
      error_code: plain === undefined ? 1 : 0,
      error_msg: plain === undefined ? 'cannot decrypt' : '',
    };
  });
  return { body: { open_decrypt_batch_response: { data_decrypt_list: rows } }, ok: true };
}

/** Answers one authorised call by API name. */
export function answerMockApi(
  state: MockState,
  type: string,
  shopId: string | undefined,
  shop: MockShop | undefined,
  params: ReadonlyMap<string, string>,
): MockAnswer {
  if (type === 'pdd.logistics.companies.get') {
    return {
      body: { logistics_companies_get_response: { logistics_companies: mockLogisticsCompanies } },
      ok: true,
    };
  }
  if (type === 'pdd.time.get') {
    return { body: { time_get_response: { time: formatShanghaiWallTime(state.nowMs) } }, ok: true };
  }
  if (shop === undefined || shopId === undefined) {
    return { body: pddErrorEnvelope(mockErrorCodes.tokenExpired, 'access_token 已过期'), ok: false };
  }
  switch (type) {
    case 'pdd.order.number.list.increment.get':
      return windowPage(
        state,
        shopId,
        shop.orders,
        params,
        'order_sn_list',
        'order_sn_increment_get_response',
      );
    case 'pdd.refund.list.increment.get':
      return windowPage(state, shopId, shop.refunds, params, 'refund_list', 'refund_increment_get_response');
    case 'pdd.order.information.get': {
      const row = shop.orders.get(params.get('order_sn') ?? '');
      return {
        body: { order_info_get_response: row === undefined ? {} : { order_info: row.raw } },
        ok: true,
      };
    }
    case 'pdd.logistics.online.send':
      return ship(state, shop, params);
    case 'pdd.open.decrypt.batch':
      return decrypt(params);
    default:
      return bad(`unknown type ${type}`);
  }
}
