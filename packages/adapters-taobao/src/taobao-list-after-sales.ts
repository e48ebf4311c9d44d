import {
  type ChannelAfterSaleItem,
  type ChannelPage,
  formatShanghaiWallTime,
  OmsError,
  type TimeWindow,
} from '@omskit/core';
import { mapTaobaoAfterSale } from './map-taobao-after-sale';
import type { TaobaoClient } from './taobao-client';
import { taobaoRefundFields } from './taobao-fields';
import { checkWindow } from './taobao-list-orders';
import { decodeTaobaoPageToken, encodeTaobaoPageToken, type TaobaoPageState } from './taobao-page-token';
import { isTaobaoObject, readContext, readWrappedList } from './taobao-read';

/** What {@link listTaobaoAfterSales} needs from the adapter. */
export interface TaobaoAfterSaleDeps {
  readonly client: TaobaoClient;
  readonly pageSize: number;
  readonly maxOrderWindowMs: number;
}

async function refundsPage(
  deps: TaobaoAfterSaleDeps,
  shopId: string,
  window: readonly [number, number],
  pageNo: number,
  pageSize: number,
  signal: AbortSignal | undefined,
) {
  const root = await deps.client.call(
    'taobao.refunds.receive.get',
    {
      fields: taobaoRefundFields,
      start_modified: formatShanghaiWallTime(Math.floor(window[0] / 1000) * 1000),
      end_modified: formatShanghaiWallTime(Math.ceil(window[1] / 1000) * 1000),
      page_no: pageNo,
      page_size: pageSize,
    },
    { shopId, ...(signal === undefined ? {} : { signal }) },
  );
  const total = Number(root.total_results ?? 0);
  if (!Number.isSafeInteger(total) || total < 0) {
    throw new OmsError('network', 'taobao.refunds.receive.get: bad total_results', {
      platform: 'taobao',
      rawPayload: root,
    });
  }
  return { total, items: readWrappedList(readContext(root), root, 'refunds', 'refund', []).items };
}

/**
 * One page of refunds modified in a window (`taobao.refunds.receive.get`), paged from the last
 * page backwards like orders, each mapped with {@link mapTaobaoAfterSale}.
 */
export async function listTaobaoAfterSales(
  deps: TaobaoAfterSaleDeps,
  params: { shopId: string; window: TimeWindow; pageToken?: string; signal?: AbortSignal },
): Promise<ChannelPage<ChannelAfterSaleItem>> {
  const whole = checkWindow(params.window, deps.maxOrderWindowMs);
  const state: TaobaoPageState =
    params.pageToken === undefined
      ? { window: whole, windows: [whole], page: undefined, served: [] }
      : decodeTaobaoPageToken(params.pageToken, params.window);
  let page = state.page;
  if (page === undefined) {
    const { total } = await refundsPage(deps, params.shopId, whole, 1, 1, params.signal);
    if (total === 0) return { items: [], nextPageToken: undefined, total };
    page = Math.ceil(total / deps.pageSize);
  }
  const { items: raws } = await refundsPage(deps, params.shopId, whole, page, deps.pageSize, params.signal);
  const served = new Set(state.served);
  const pageIds: string[] = [];
  const items: ChannelAfterSaleItem[] = [];
  for (const raw of raws) {
    try {
      const { afterSale, warnings } = mapTaobaoAfterSale(raw, { shopId: params.shopId });
      pageIds.push(afterSale.platformAfterSaleId);
      if (served.has(afterSale.platformAfterSaleId)) continue;
      const modified = Date.parse(afterSale.platformModifiedAt);
      if (modified < whole[0] || modified >= whole[1]) continue;
      items.push({ ok: true, afterSale, warnings });
    } catch (error) {
      if (!OmsError.is(error)) throw error;
      const id = isTaobaoObject(raw) ? raw.refund_id : undefined;
      items.push({
        ok: false,
        ...(typeof id === 'string' || typeof id === 'number' ? { platformAfterSaleId: String(id) } : {}),
        error,
        raw,
      });
    }
  }
  const next: TaobaoPageState | undefined =
    page > 1 ? { ...state, page: page - 1, served: pageIds } : undefined;
  return { items, nextPageToken: next === undefined ? undefined : encodeTaobaoPageToken(next) };
}
