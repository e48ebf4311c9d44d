import {
  type ChannelOrderItem,
  type ChannelPage,
  invalidInput,
  isoToEpochMs,
  type ListWindowParams,
  OmsError,
} from '@omskit/core';
import type { DouyinCall } from './douyin-client';
import { type DouyinPagingState, decodeDouyinPageToken, encodeDouyinPageToken } from './douyin-page-token';
import { isJsonObject } from './douyin-read';
import { mapDouyinOrder } from './map-douyin-order';

/** What listing needs from the adapter. */
export interface DouyinListContext {
  readonly call: DouyinCall;
  readonly pageSize: number;
  readonly maxOrderWindowMs: number;
}

/** Maps one raw order into a channel item, keeping it raw with the error when it does not map. */
export function toOrderItem(raw: unknown, shopId: string): ChannelOrderItem {
  try {
    const { order, warnings } = mapDouyinOrder(raw, { shopId });
    return { ok: true, order, warnings };
  } catch (error) {
    const id = isJsonObject(raw) ? raw['order_id'] : undefined;
    return {
      ok: false,
      ...(typeof id === 'string' ? { platformOrderId: id } : {}),
      error: OmsError.is(error)
        ? error
        : invalidInput([], 'the order could not be mapped', { rawPayload: raw }),
      raw,
    };
  }
}

function updateSecond(raw: unknown, fallback: number): number {
  const value = isJsonObject(raw) ? raw['update_time'] : undefined;
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : fallback;
}

function orderId(raw: unknown): string {
  const value = isJsonObject(raw) ? raw['order_id'] : undefined;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** The seconds `[start, end]` (both inclusive) of a half-open ISO window. */
export function windowSeconds(params: ListWindowParams, maxWindowMs: number): { start: number; end: number } {
  const from = isoToEpochMs(params.window.from);
  const to = isoToEpochMs(params.window.to);
  if (!(from < to)) throw invalidInput(['window'], 'from must be before to');
  if (to - from > maxWindowMs) throw invalidInput(['window'], `wider than ${maxWindowMs} ms`);
  return { start: Math.ceil(from / 1000), end: Math.ceil(to / 1000) - 1 };
}

/**
 * One page of orders modified in a window, through `order.searchList` sorted by ascending
 * `update_time`. Every page is page 0 of a window narrowed to start at the last second served
 * (keyset paging), so no page is ever deeper than the platform serves and orders modified while
 * paging neither shift others out of reach nor come twice within one sequence. Only when more
 * than a page of orders share one second does it page by number inside that second.
 */
export async function listDouyinOrders(
  context: DouyinListContext,
  params: ListWindowParams,
): Promise<ChannelPage<ChannelOrderItem>> {
  const { start, end } = windowSeconds(params, context.maxOrderWindowMs);
  if (end < start) return { items: [], nextPageToken: undefined, total: 0 };
  const state: DouyinPagingState =
    params.pageToken === undefined
      ? { windowStart: start, windowEnd: end, cursor: start, seen: [] }
      : decodeDouyinPageToken(params.pageToken, start, end);
  const crowded = state.page !== undefined;
  const data = await context.call(
    'order.searchList',
    {
      update_time_start: state.cursor,
      update_time_end: crowded ? state.cursor : end,
      order_by: 'update_time',
      order_asc: true,
      page: state.page ?? 0,
      size: context.pageSize,
    },
    { shopId: params.shopId, signal: params.signal },
  );
  const rawList = data['shop_order_list'];
  if (rawList !== undefined && rawList !== null && !Array.isArray(rawList)) {
    // Ending the paging here would silently drop the rest of the window.
    throw new OmsError('network', 'douyin order.searchList: shop_order_list is not an array', {
      platform: 'douyin',
    });
  }
  const list: readonly unknown[] = rawList ?? [];
  const seen = new Set(state.seen);
  const fresh = list.filter((raw) => !seen.has(orderId(raw)));
  const items = fresh.map((raw) => toOrderItem(raw, params.shopId));
  const total =
    typeof data['total'] === 'number' && params.pageToken === undefined ? data['total'] : undefined;
  const page = (next: DouyinPagingState | undefined): ChannelPage<ChannelOrderItem> => ({
    items,
    nextPageToken: next === undefined ? undefined : encodeDouyinPageToken(next),
    ...(total === undefined ? {} : { total }),
  });

  if (crowded) {
    if (list.length >= context.pageSize) return page({ ...state, page: (state.page ?? 0) + 1 });
    const { windowStart, windowEnd } = state;
    return page(
      state.cursor < end ? { windowStart, windowEnd, cursor: state.cursor + 1, seen: [] } : undefined,
    );
  }
  if (list.length < context.pageSize) return page(undefined);
  const last = updateSecond(list[list.length - 1], state.cursor);
  if (last > state.cursor) {
    const atLast = list.filter((raw) => updateSecond(raw, state.cursor) === last).map(orderId);
    return page({ ...state, cursor: last, seen: atLast });
  }
  // A whole page within one second: walk that second by page number, then move on.
  return page({ ...state, seen: [], page: 1 });
}
