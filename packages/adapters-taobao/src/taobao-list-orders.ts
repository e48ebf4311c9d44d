import {
  type ChannelOrderItem,
  type ChannelPage,
  formatShanghaiWallTime,
  invalidInput,
  type Logger,
  OmsError,
  silentLogger,
  type TimeWindow,
} from '@omskit/core';
import type { TaobaoClient } from './taobao-client';
import { fetchTaobaoTrade } from './taobao-fetch-trade';
import { taobaoIncrementFields } from './taobao-fields';
import { mapWithLimit } from './taobao-map-limit';
import { decodeTaobaoPageToken, encodeTaobaoPageToken, type TaobaoPageState } from './taobao-page-token';
import { isTaobaoObject, readContext, readId, readTime, readWrappedList } from './taobao-read';

/** What {@link listTaobaoOrders} needs from the adapter. */
export interface TaobaoListDeps {
  readonly client: TaobaoClient;
  readonly pageSize: number;
  readonly maxPagesPerWindow: number;
  readonly maxOrderWindowMs: number;
  readonly detailConcurrency: number;
  readonly logger?: Logger;
}

type Window = readonly [number, number];

/** Parses and checks a window against the adapter's limit. */
export function checkWindow(window: TimeWindow, maxMs: number): Window {
  const from = Date.parse(window.from);
  const to = Date.parse(window.to);
  if (!Number.isFinite(from) || !Number.isFinite(to))
    throw invalidInput(['window'], 'from and to must be ISO instants');
  if (to <= from) throw invalidInput(['window'], 'to must be after from');
  if (to - from > maxMs)
    throw invalidInput(['window'], `wider than ${maxMs} ms, the most this adapter pulls at once`);
  return [from, to];
}

interface Row {
  readonly tid: string | undefined;
  readonly modifiedMs: number | undefined;
  readonly raw: unknown;
}

async function listPage(
  deps: TaobaoListDeps,
  shopId: string,
  window: Window,
  pageNo: number,
  pageSize: number,
  signal: AbortSignal | undefined,
): Promise<{ total: number; rows: Row[] }> {
  const root = await deps.client.call(
    'taobao.trades.sold.increment.get',
    {
      fields: taobaoIncrementFields,
      // TOP takes whole seconds; asking a little wide is safe because rows are filtered exactly.
      start_modified: formatShanghaiWallTime(Math.floor(window[0] / 1000) * 1000),
      end_modified: formatShanghaiWallTime(Math.ceil(window[1] / 1000) * 1000),
      page_no: pageNo,
      page_size: pageSize,
    },
    { shopId, ...(signal === undefined ? {} : { signal }) },
  );
  const context = readContext(root);
  const total = typeof root.total_results === 'number' ? root.total_results : Number(root.total_results ?? 0);
  if (!Number.isSafeInteger(total) || total < 0) {
    throw new OmsError('network', 'taobao.trades.sold.increment.get: bad total_results', {
      platform: 'taobao',
      rawPayload: root,
    });
  }
  const { items } = readWrappedList(context, root, 'trades', 'trade', []);
  const rows = items.map((item): Row => {
    if (!isTaobaoObject(item)) return { tid: undefined, modifiedMs: undefined, raw: item };
    const rowContext = readContext(item);
    let tid: string | undefined;
    try {
      tid = readId(rowContext, item, 'tid', [], true);
    } catch {
      tid = undefined;
    }
    const modified = readTime(rowContext, item, 'modified', [], false);
    return { tid, modifiedMs: modified === undefined ? undefined : Date.parse(modified), raw: item };
  });
  return { total, rows };
}

const inside = (ms: number, window: Window) => ms >= window[0] && ms < window[1];

function split(window: Window): [Window, Window] | undefined {
  const half = Math.floor((window[1] - window[0]) / 2000) * 1000;
  if (half < 1000) return undefined;
  return [
    [window[0], window[0] + half],
    [window[0] + half, window[1]],
  ];
}

/**
 * One page of `listOrders`: counts the window, splits it in halves while it holds more than
 * `pageSize x maxPagesPerWindow` orders, then pages it from the last page backwards (TOP lists
 * newest first, so an order modified meanwhile leaves the window without moving an unread one
 * onto a page already read), skips rows served on the previous page, and fetches every trade with
 * `taobao.trade.fullinfo.get`, `detailConcurrency` at a time. A trade modified again after it was
 * listed belongs to a later window and is left for it.
 */
export async function listTaobaoOrders(
  deps: TaobaoListDeps,
  params: { shopId: string; window: TimeWindow; pageToken?: string; signal?: AbortSignal },
): Promise<ChannelPage<ChannelOrderItem>> {
  const whole = checkWindow(params.window, deps.maxOrderWindowMs);
  const logger = deps.logger ?? silentLogger;
  let state: TaobaoPageState =
    params.pageToken === undefined
      ? { window: whole, windows: [whole], page: undefined, served: [] }
      : decodeTaobaoPageToken(params.pageToken, params.window);
  const limit = deps.pageSize * deps.maxPagesPerWindow;
  for (;;) {
    const [current, ...rest] = state.windows;
    if (current === undefined) return { items: [], nextPageToken: undefined };
    let page = state.page;
    if (page === undefined) {
      const { total } = await listPage(deps, params.shopId, current, 1, 1, params.signal);
      const halves = total > limit ? split(current) : undefined;
      if (halves !== undefined) {
        state = { ...state, windows: [...halves, ...rest], page: undefined, served: [] };
        continue;
      }
      if (total > limit)
        logger.warn('taobao: a one-second window holds more orders than the page limit', { total });
      if (total === 0) {
        state = { ...state, windows: rest, page: undefined, served: [] };
        if (rest.length === 0) return { items: [], nextPageToken: undefined };
        continue;
      }
      page = Math.min(Math.ceil(total / deps.pageSize), deps.maxPagesPerWindow);
    }
    const { rows } = await listPage(deps, params.shopId, current, page, deps.pageSize, params.signal);
    const served = new Set(state.served);
    const pageIds: string[] = [];
    const wanted: string[] = [];
    const broken: ChannelOrderItem[] = [];
    for (const row of rows) {
      if (row.tid === undefined) {
        broken.push({
          ok: false,
          error: invalidInput(['tid'], 'a listed trade has no id', { rawPayload: row.raw }),
          raw: row.raw,
        });
        continue;
      }
      pageIds.push(row.tid);
      if (served.has(row.tid) || wanted.includes(row.tid)) continue;
      if (row.modifiedMs !== undefined && !inside(row.modifiedMs, current)) continue;
      wanted.push(row.tid);
    }
    const fetched = await mapWithLimit(wanted, deps.detailConcurrency, async (tid) => {
      try {
        return await fetchTaobaoTrade(deps.client, params.shopId, tid, params.signal);
      } catch (error) {
        // Gone between the list and the detail call: nothing to report for this window.
        if (OmsError.isCode(error, 'not_found')) return undefined;
        throw error;
      }
    });
    const items: ChannelOrderItem[] = [...broken];
    for (const item of fetched) {
      if (item === undefined) continue;
      if (item.ok && !inside(Date.parse(item.order.platformModifiedAt), current)) continue;
      items.push(item);
    }
    const next: TaobaoPageState =
      page > 1
        ? { ...state, page: page - 1, served: pageIds }
        : { ...state, windows: rest, page: undefined, served: [] };
    return {
      items,
      nextPageToken: next.windows.length === 0 ? undefined : encodeTaobaoPageToken(next),
    };
  }
}
