import { formatShanghaiWallTime, shanghaiWallTimeToIso } from '@omskit/core';
import { jdBusinessFailure, jdErrorResponse, jdSuccess } from './jd-mock-envelope';
import type { JdMockOrderRow, JdMockShop, JdMockState } from './jd-mock-state';

/** Limits the mock enforces like the platform. */
export interface JdMockLimits {
  readonly pageSizeLimit: number;
  readonly maxPages: number;
  readonly maxWindowMs: number;
  readonly shipmentParameterNames: 'logiCoprId' | 'legacy' | 'any';
}

type Params = Readonly<Record<string, unknown>>;

/** A JOS parameter as text (numbers written out), else undefined. */
export const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;

/** A Beijing wall-time parameter as epoch ms, else undefined. */
export function wallMs(value: unknown): number | undefined {
  const wall = text(value);
  if (wall === undefined) return undefined;
  try {
    return Date.parse(shanghaiWallTimeToIso(wall));
  } catch {
    return undefined;
  }
}

/** Sets an order's modified time to the platform's now (whole seconds), as any change does. */
export function touchRow(state: JdMockState, row: JdMockOrderRow, remark?: string): void {
  row.modifiedMs = Math.floor(state.nowMs / 1000) * 1000;
  row.raw['modified'] = formatShanghaiWallTime(row.modifiedMs);
  if (remark !== undefined) row.raw['venderRemark'] = remark;
}

const searchRoot = 'jingdong_pop_order_search_responce';
const searchResult = 'searchorderinfo_result';

/** `jingdong.pop.order.search`: by modified time (`dateType` 0), both ends inclusive, ascending. */
export function searchOrders(
  state: JdMockState,
  shop: JdMockShop,
  limits: JdMockLimits,
  given: Params,
): Response {
  // Accepts the flat parameters and the peer-reported `paramOrderJSFQuery` container alike.
  const container = given['paramOrderJSFQuery'];
  const params: Params = typeof container === 'object' && container !== null ? (container as Params) : given;
  const start = wallMs(params['start_date']);
  const end = wallMs(params['end_date']);
  const page = Number(text(params['page']) ?? '1');
  const pageSize = Number(text(params['page_size']) ?? '20');
  if (start === undefined || end === undefined || end < start) {
    return jdBusinessFailure(searchRoot, searchResult, 'mock-bad-dates', 'start_date/end_date 格式错误');
  }
  if (end - start > limits.maxWindowMs) {
    return jdBusinessFailure(searchRoot, searchResult, 'mock-window-too-wide', '查询时间跨度超出限制');
  }
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > limits.pageSizeLimit) {
    return jdBusinessFailure(
      searchRoot,
      searchResult,
      'mock-page-size',
      `page_size 不能超过${limits.pageSizeLimit}`,
    );
  }
  if (!Number.isInteger(page) || page < 1 || page > limits.maxPages) {
    return jdBusinessFailure(searchRoot, searchResult, 'mock-page-limit', '查询页数超出限制');
  }
  const states = text(params['order_state'])
    ?.split(',')
    .filter((value) => value !== '');
  const byCreated = text(params['dateType']) === '1';
  const timeOf = (row: JdMockOrderRow): number =>
    byCreated ? (wallMs(row.raw['orderStartTime']) ?? 0) : row.modifiedMs;
  const matching = [...shop.orders.values()]
    .filter((row) => timeOf(row) >= start && timeOf(row) <= end + 999)
    .filter((row) => states === undefined || states.includes(String(row.raw['orderState'])))
    .sort(
      (a, b) => timeOf(a) - timeOf(b) || String(a.raw['orderId']).localeCompare(String(b.raw['orderId'])),
    );
  const slice = matching.slice((page - 1) * pageSize, page * pageSize);
  const response = jdSuccess(searchRoot, {
    [searchResult]: {
      apiResult: { success: true, code: '0', chineseErrCode: '成功', englishErrCode: 'success' },
      orderTotal: matching.length,
      orderInfoList: slice.map((row) => structuredClone(row.raw)),
    },
  });
  if (page === 1 && shop.modifyDuringPaging > 0 && matching.length > pageSize) {
    // The platform's hazard: orders not yet served change while the client pages.
    const unserved = matching.slice(pageSize);
    const count = Math.min(shop.modifyDuringPaging, unserved.length);
    const step = unserved.length / count;
    for (let index = 0; index < count; index += 1) {
      const row = unserved[Math.floor(index * step)];
      if (row !== undefined) touchRow(state, row, `改备注 ${index + 1}`);
    }
    shop.modifyDuringPaging = 0;
  }
  return response;
}

/** `jingdong.pop.order.get`: `orderDetailInfo.orderInfo`, null when the order does not exist. */
export function getOrder(shop: JdMockShop, params: Params): Response {
  const row = shop.orders.get(text(params['order_id']) ?? '');
  return jdSuccess('jingdong_pop_order_get_responce', {
    orderDetailInfo: {
      apiResult: { success: true, code: '0', chineseErrCode: '成功', englishErrCode: 'success' },
      orderInfo: row === undefined ? null : structuredClone(row.raw),
    },
  });
}

const shipRoot = 'jingdong_pop_order_shipment_responce';
const shipResult = 'sopjosshipment_result';

/** `jingdong.pop.order.shipment`: ships a waiting order and records its waybills. */
export function shipOrder(
  state: JdMockState,
  shop: JdMockShop,
  limits: JdMockLimits,
  params: Params,
): Response {
  const modern = limits.shipmentParameterNames !== 'legacy' && params['orderId'] !== undefined;
  const legacy = limits.shipmentParameterNames !== 'logiCoprId' && params['order_id'] !== undefined;
  if (!modern && !legacy)
    return jdErrorResponse('mock-missing-parameter', '缺少参数 orderId', 'missing orderId');
  const orderId = text(modern ? params['orderId'] : params['order_id']) ?? '';
  const logisticsId = text(modern ? params['logiCoprId'] : params['logistics_id']) ?? '';
  const waybill = text(modern ? params['logiNo'] : params['waybill']) ?? '';
  const row = shop.orders.get(orderId);
  if (row === undefined) return jdBusinessFailure(shipRoot, shipResult, 'mock-no-order', '订单不存在');
  if (row.raw['orderState'] !== 'WAIT_SELLER_STOCK_OUT' || !/^\d+$/.test(logisticsId) || waybill === '') {
    return jdBusinessFailure(shipRoot, shipResult, 'mock-cannot-ship', '订单状态不允许出库或参数错误');
  }
  row.shipped.push(...waybill.split(','));
  row.raw['orderState'] = 'WAIT_GOODS_RECEIVE_CONFIRM';
  row.raw['orderStateRemark'] = '等待确认收货';
  row.raw['waybill'] = waybill;
  row.raw['logisticsId'] = logisticsId;
  touchRow(state, row);
  return jdSuccess(shipRoot, {
    [shipResult]: { success: true, code: '0', chineseErrCode: '成功', englishErrCode: 'success' },
  });
}
