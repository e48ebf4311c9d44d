import {
  type ChannelOrderItem,
  type ChannelPage,
  formatShanghaiWallTime,
  invalidInput,
  type ListWindowParams,
  OmsError,
} from '@omskit/core';
import type { JdCall } from './jd-client';
import { decodeJdPageToken, encodeJdPageToken, type JdPagingState } from './jd-page-token';
import type { JdJsonObject } from './jd-param-json';
import { asJdObject, type JdObject } from './jd-read';
import { type MapJdOrderOptions, mapJdOrder } from './map-jd-order';

/** What listing needs besides the caller. */
export interface JdListOptions {
  readonly call: JdCall;
  readonly pageSize: number;
  readonly maxPages: number;
  readonly maxOrderWindowMs: number;
  readonly orderStates: readonly string[];
  readonly optionalFields: readonly string[];
  readonly mapping: Omit<MapJdOrderOptions, 'shopId'>;
  readonly container: string | undefined;
  readonly extraParams: Readonly<Record<string, string>>;
}

/** Maps one raw order, keeping it raw with the reason when it does not map. */
export function toJdOrderItem(
  raw: unknown,
  shopId: string,
  mapping: Omit<MapJdOrderOptions, 'shopId'>,
): ChannelOrderItem {
  try {
    const { order, warnings } = mapJdOrder(raw, { ...mapping, shopId });
    return { ok: true, order, warnings };
  } catch (error) {
    if (!OmsError.is(error)) throw error;
    const id = asJdObject(raw)?.['orderId'];
    return {
      ok: false,
      ...(typeof id === 'string' || typeof id === 'number' ? { platformOrderId: String(id) } : {}),
      error,
      raw,
    };
  }
}

/** A non-negative count JOS writes as a number or a string of digits (0 when absent or bad). */
export function readJdCount(result: JdObject, key: string): number {
  const value = result[key];
  const total = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof total === 'number' && Number.isSafeInteger(total) && total >= 0 ? total : 0;
}

async function searchPage(
  options: JdListOptions,
  params: ListWindowParams,
  range: readonly [number, number],
  page: number,
): Promise<{ orders: readonly unknown[]; total: number }> {
  const business: JdJsonObject = {
    ...options.extraParams,
    start_date: formatShanghaiWallTime(range[0]),
    // JOS compares whole seconds, both ends inclusive: the last second of a half-open window.
    end_date: formatShanghaiWallTime(range[1] - 1),
    order_state: options.orderStates.join(','),
    optional_fields: options.optionalFields.join(','),
    page: String(page),
    page_size: String(options.pageSize),
    dateType: 0,
    sortType: 0,
  };
  const root = await options.call(
    params.shopId,
    'jingdong.pop.order.search',
    options.container === undefined ? business : { [options.container]: business },
    params.signal,
  );
  const result = asJdObject(root['searchorderinfo_result']) ?? {};
  const list = result['orderInfoList'];
  return { orders: Array.isArray(list) ? list : [], total: readJdCount(result, 'orderTotal') };
}

export function checkWindow(params: ListWindowParams, maxOrderWindowMs: number): readonly [number, number] {
  const from = Date.parse(params.window.from);
  const to = Date.parse(params.window.to);
  if (!Number.isFinite(from)) throw invalidInput(['window', 'from'], 'not an ISO instant');
  if (!Number.isFinite(to)) throw invalidInput(['window', 'to'], 'not an ISO instant');
  if (to <= from) throw invalidInput(['window'], '`to` must be after `from`');
  if (to - from > maxOrderWindowMs) {
    throw invalidInput(
      ['window'],
      `wider than ${maxOrderWindowMs} ms; split it (capabilities.maxOrderWindowMs)`,
    );
  }
  return [from, to];
}

/**
 * Where paging goes after a page that was not the last. JOS pages by position, and an order
 * served on an earlier page that changes while later pages are read leaves the window, so every
 * row behind it moves up one place and one would slip past the page boundary unseen. So the next
 * query starts again at page 1 from the last second served (ascending modified time), and the
 * orders already served at that second are dropped when they come back. Only when a whole page
 * shares the range's first second (more orders in one second than a page holds) does it fall back
 * to the next page number.
 */
function continueAfter(
  state: JdPagingState,
  range: readonly [number, number],
  rest: readonly (readonly [number, number])[],
  items: readonly ChannelOrderItem[],
): JdPagingState {
  let second = state.after?.second ?? Number.NEGATIVE_INFINITY;
  for (const item of items) {
    if (!item.ok) continue;
    const modified = Date.parse(item.order.platformModifiedAt);
    second = Math.max(second, modified - (modified % 1000));
  }
  if (second === Number.NEGATIVE_INFINITY) return { ...state, page: state.page + 1 };
  const ids = items.flatMap((item) => {
    if (!item.ok) return [];
    const modified = Date.parse(item.order.platformModifiedAt);
    return modified - (modified % 1000) === second ? [item.order.platformOrderId] : [];
  });
  const servedAtSecond = state.after?.second === second ? [...state.after.ids, ...ids] : ids;
  const after = { second, ids: servedAtSecond };
  if (second > range[0])
    return { window: state.window, queue: [[second, range[1]], ...rest], page: 1, after };
  return { ...state, page: state.page + 1, after };
}

/**
 * One page of orders modified in a window. A window holding more orders than JOS pages
 * (`pageSize x maxPages`) is bisected on whole seconds; the page token carries the sub-windows left.
 */
export async function listJdOrders(
  options: JdListOptions,
  params: ListWindowParams,
): Promise<ChannelPage<ChannelOrderItem>> {
  const window = checkWindow(params, options.maxOrderWindowMs);
  let state: JdPagingState =
    params.pageToken === undefined
      ? { window, queue: [window], page: 1 }
      : decodeJdPageToken(params.pageToken, window);
  const capacity = options.pageSize * options.maxPages;
  for (;;) {
    const [range, ...rest] = state.queue;
    if (range === undefined) return { items: [], nextPageToken: undefined };
    const { orders, total } = await searchPage(options, params, range, state.page);
    const mid = Math.floor((range[0] + range[1]) / 2000) * 1000;
    if (state.page === 1 && total > capacity && mid > range[0] && mid < range[1]) {
      state = { ...state, queue: [[range[0], mid], [mid, range[1]], ...rest] };
      continue;
    }
    const after = state.after;
    const items = orders
      .map((raw) => toJdOrderItem(raw, params.shopId, options.mapping))
      .filter((item) => {
        if (!item.ok) return true;
        // Whole-second queries can return a neighbour window's orders; that window reports them.
        const modified = Date.parse(item.order.platformModifiedAt);
        if (modified < range[0] || modified >= range[1]) return false;
        // Served on the previous page, read again because paging restarted at that second.
        return !(
          after !== undefined &&
          modified - (modified % 1000) === after.second &&
          after.ids.includes(item.order.platformOrderId)
        );
      });
    const more = orders.length > 0 && state.page * options.pageSize < total;
    const next: JdPagingState | undefined = more
      ? continueAfter(state, range, rest, items)
      : rest.length > 0
        ? { window: state.window, queue: rest, page: 1 }
        : undefined;
    return {
      items,
      nextPageToken: next === undefined ? undefined : encodeJdPageToken(next),
      ...(range[0] === window[0] && range[1] === window[1] ? { total } : {}),
    };
  }
}
