import type { ChannelOrderItem, ChannelPage, ListWindowParams } from '@omskit/core';
import { OmsError } from '@omskit/core';
import type { MapPddOrderOptions } from './map-pdd-order';
import { mapPddOrder } from './map-pdd-order';
import type { PddCallContext } from './pdd-call';
import { callPdd } from './pdd-call';
import { isJsonObject } from './pdd-read';
import type { PddWindowPage } from './pdd-window-paging';
import { pagePddWindow } from './pdd-window-paging';

/** Paging settings shared by the windowed list calls. */
export interface PddPagingSettings {
  readonly pageSize: number;
  readonly maxPages: number;
  readonly maxWindowMs: number;
  readonly maxRangeSeconds: number;
  readonly endInclusive: boolean;
}

/** Reads `total_count` and a list out of a PDD list response (tolerant: absent list = empty). */
export function readPddListPage(
  root: { readonly [key: string]: unknown },
  listKey: string,
): PddWindowPage<unknown> {
  const list = root[listKey];
  const rows = Array.isArray(list) ? list : [];
  const rawTotal = root['total_count'];
  const total =
    typeof rawTotal === 'number' ? rawTotal : typeof rawTotal === 'string' ? Number(rawTotal) : rows.length;
  if (!Number.isSafeInteger(total) || total < 0) {
    throw new OmsError('network', 'pdd: total_count is not a count', {
      platform: 'pdd',
      retryable: false,
      rawPayload: root,
    });
  }
  return { total, rows };
}

/** The order id of a raw row, when it has a usable one. */
export function pddOrderSnOf(row: unknown): string | undefined {
  const value = isJsonObject(row) ? row['order_sn'] : undefined;
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Maps one raw order, keeping it raw with the reason when it does not map. */
export function toChannelOrderItem(raw: unknown, options: MapPddOrderOptions): ChannelOrderItem {
  try {
    const { order, warnings } = mapPddOrder(raw, options);
    return { ok: true, order, warnings };
  } catch (error) {
    const omsError = OmsError.is(error)
      ? error
      : new OmsError('internal', 'pdd: order mapping failed unexpectedly', {
          platform: 'pdd',
          cause: error,
          rawPayload: raw,
        });
    const platformOrderId = pddOrderSnOf(raw);
    return { ok: false, ...(platformOrderId === undefined ? {} : { platformOrderId }), error: omsError, raw };
  }
}

/** `listOrders` over `pdd.order.number.list.increment.get`: all statuses, windowed, split and paged backwards. */
export async function listPddOrders(
  context: PddCallContext,
  paging: PddPagingSettings,
  mapping: Omit<MapPddOrderOptions, 'shopId'>,
  params: ListWindowParams,
): Promise<ChannelPage<ChannelOrderItem>> {
  const step = await pagePddWindow<unknown>({
    window: params.window,
    pageToken: params.pageToken,
    pageSize: paging.pageSize,
    maxPages: paging.maxPages,
    maxWindowMs: paging.maxWindowMs,
    maxRangeSeconds: paging.maxRangeSeconds,
    endInclusive: paging.endInclusive,
    idOf: pddOrderSnOf,
    fetchPage: async (range, page) => {
      const root = await callPdd(context, {
        type: 'pdd.order.number.list.increment.get',
        shopId: params.shopId,
        responseKey: 'order_sn_increment_get_response',
        params: {
          order_status: 5,
          refund_status: 5,
          is_lucky_flag: 0,
          start_updated_at: range.start,
          end_updated_at: range.end,
          page,
          page_size: paging.pageSize,
        },
        ...(params.signal === undefined ? {} : { signal: params.signal }),
      });
      return readPddListPage(root, 'order_sn_list');
    },
  });
  return {
    items: step.rows.map((raw) => toChannelOrderItem(raw, { ...mapping, shopId: params.shopId })),
    nextPageToken: step.nextPageToken,
    ...(step.total === undefined ? {} : { total: step.total }),
  };
}

/**
 * `getOrder` over `pdd.order.information.get`. A response without `order_info` means the order
 * does not exist (how PDD answers an unknown `order_sn` is UNVERIFIED).
 */
export async function getPddOrder(
  context: PddCallContext,
  mapping: Omit<MapPddOrderOptions, 'shopId'>,
  params: { shopId: string; platformOrderId: string; signal?: AbortSignal },
): Promise<ChannelOrderItem> {
  const root = await callPdd(context, {
    type: 'pdd.order.information.get',
    shopId: params.shopId,
    responseKey: 'order_info_get_response',
    params: { order_sn: params.platformOrderId },
    ...(params.signal === undefined ? {} : { signal: params.signal }),
  });
  const info = root['order_info'];
  if (!isJsonObject(info)) {
    throw new OmsError('not_found', `pdd: order ${params.platformOrderId} not found`, { platform: 'pdd' });
  }
  return toChannelOrderItem(info, { ...mapping, shopId: params.shopId });
}
