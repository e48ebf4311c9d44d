import {
  type AfterSaleStatus,
  type ChannelAfterSaleItem,
  type ChannelPage,
  formatShanghaiWallTime,
  type ListWindowParams,
  OmsError,
} from '@omskit/core';
import type { JdCall } from './jd-client';
import { checkWindow, readJdCount } from './jd-list-orders';
import { decodeJdPageToken, encodeJdPageToken } from './jd-page-token';
import { asJdObject } from './jd-read';
import { mapJdAfterSale } from './map-jd-after-sale';

/**
 * Settings of the service-order list (`jingdong.asc.query.list`), which turns on
 * `listAfterSales`. The method, its parameters and its response shape come from peers (two
 * independent integrations and one SDK), not from JD's pages: UNVERIFIED.
 */
export interface JdAfterSaleListSettings {
  /** The shop's vendor id (`buId`; JD's `vender_id`). */
  buId: string;
  /** The operator account sent as `operatePin`. */
  operatePin: string;
  /** The operator name sent as `operateNick`. Default: `operatePin`. */
  operateNick?: string;
  /**
   * Which time the window filters on: `update` (`updateTimeBegin`/`updateTimeEnd`, default: a
   * changed service order comes back) or `apply` (`applyTimeBegin`/`applyTimeEnd`, new ones only).
   */
  timeField?: 'update' | 'apply';
  /** Service orders per page (`pageSize`), 1-100. Default 50. */
  pageSize?: number;
  /** Status int to unified state, merged over the built-in table (which knows only 13). */
  statuses?: Readonly<Record<string, AfterSaleStatus>>;
}

const method = 'jingdong.asc.query.list';

function serviceIdOf(raw: unknown): string | undefined {
  const value = asJdObject(raw)?.['serviceId'];
  if (typeof value === 'string' && value !== '') return value;
  return typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : undefined;
}

function toItem(raw: unknown, shopId: string, settings: JdAfterSaleListSettings): ChannelAfterSaleItem {
  try {
    const { afterSale, warnings } = mapJdAfterSale(raw, {
      shopId,
      ...(settings.statuses === undefined ? {} : { statuses: settings.statuses }),
    });
    return { ok: true, afterSale, warnings };
  } catch (error) {
    if (!OmsError.is(error)) throw error;
    const id = serviceIdOf(raw);
    return { ok: false, ...(id === undefined ? {} : { platformAfterSaleId: id }), error, raw };
  }
}

/**
 * `listAfterSales` over `jingdong.asc.query.list`: service orders whose update (or apply) time
 * falls in the window, paged by page number (`pageNumber` from 1) until `pageResult.totalCount`
 * is reached. A `code` other than "0" is classified at the gateway (`classifyJdError`). Paging is by
 * position (no sort order is known to page by time), so a service order that changes while later
 * pages are read can push another past a page boundary; that one comes back when it changes
 * again or falls inside the next pull's overlap (the runtime's `overlapMs`). See the README.
 */
export async function listJdAfterSales(
  call: JdCall,
  maxWindowMs: number,
  settings: JdAfterSaleListSettings,
  params: ListWindowParams,
): Promise<ChannelPage<ChannelAfterSaleItem>> {
  const window = checkWindow(params, maxWindowMs);
  const page = params.pageToken === undefined ? 1 : decodeJdPageToken(params.pageToken, window).page;
  const pageSize = settings.pageSize ?? 50;
  const [begin, end] =
    settings.timeField === 'apply'
      ? ['applyTimeBegin', 'applyTimeEnd']
      : ['updateTimeBegin', 'updateTimeEnd'];
  const root = await call(
    params.shopId,
    method,
    {
      buId: settings.buId,
      operatePin: settings.operatePin,
      operateNick: settings.operateNick ?? settings.operatePin,
      [begin as string]: formatShanghaiWallTime(window[0]),
      // Whole seconds, both ends inclusive (as JOS's order search): the window's last second.
      [end as string]: formatShanghaiWallTime(window[1] - 1),
      pageNumber: String(page),
      pageSize: String(pageSize),
    },
    params.signal,
  );
  const result = asJdObject(root['pageResult']) ?? {};
  const data = result['data'];
  const rows = Array.isArray(data) ? data : [];
  const total = readJdCount(result, 'totalCount');
  const more = rows.length > 0 && page * pageSize < total;
  return {
    items: rows.map((raw) => toItem(raw, params.shopId, settings)),
    nextPageToken: more ? encodeJdPageToken({ window, queue: [window], page: page + 1 }) : undefined,
    total,
  };
}
