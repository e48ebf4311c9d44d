import {
  type ChannelAfterSaleItem,
  type ChannelPage,
  invalidInput,
  type ListWindowParams,
  OmsError,
} from '@omskit/core';
import type { DouyinCall } from './douyin-client';
import { windowSeconds } from './douyin-list-orders';
import { isJsonObject } from './douyin-read';
import { mapDouyinAfterSale } from './map-douyin-after-sale';

function toItem(raw: unknown, shopId: string): ChannelAfterSaleItem {
  try {
    const { afterSale, warnings } = mapDouyinAfterSale(raw, { shopId });
    return { ok: true, afterSale, warnings };
  } catch (error) {
    const info = isJsonObject(raw) && isJsonObject(raw['aftersale_info']) ? raw['aftersale_info'] : undefined;
    const id = info?.['aftersale_id'];
    return {
      ok: false,
      ...(typeof id === 'string' ? { platformAfterSaleId: id } : {}),
      error: OmsError.is(error)
        ? error
        : invalidInput([], 'the after-sale could not be mapped', { rawPayload: raw }),
      raw,
    };
  }
}

/**
 * After-sales modified in a window through `afterSale.List` (`update_start_time` /
 * `update_end_time`, pages from 0, ascending by update time). The token is the next page number.
 */
export async function listDouyinAfterSales(
  context: { call: DouyinCall; pageSize: number; maxOrderWindowMs: number },
  params: ListWindowParams,
): Promise<ChannelPage<ChannelAfterSaleItem>> {
  const { start, end } = windowSeconds(params, context.maxOrderWindowMs);
  if (end < start) return { items: [], nextPageToken: undefined, total: 0 };
  let page = 0;
  if (params.pageToken !== undefined) {
    const match = /^as:(\d{1,9})$/.exec(params.pageToken);
    if (match === null) throw invalidInput(['pageToken'], 'not an after-sale page token of this adapter');
    page = Number(match[1]);
  }
  const data = await context.call(
    'afterSale.List',
    {
      update_start_time: start,
      update_end_time: end,
      order_by: ['update_time asc'],
      page,
      size: context.pageSize,
    },
    { shopId: params.shopId, signal: params.signal },
  );
  const list = Array.isArray(data['items']) ? data['items'] : [];
  const more = data['has_more'] === true && list.length > 0;
  return {
    items: list.map((raw) => toItem(raw, params.shopId)),
    nextPageToken: more ? `as:${page + 1}` : undefined,
    ...(typeof data['total'] === 'number' ? { total: data['total'] } : {}),
  };
}
