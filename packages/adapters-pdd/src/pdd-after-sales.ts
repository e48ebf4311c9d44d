import type { ChannelAfterSaleItem, ChannelPage, ListWindowParams } from '@omskit/core';
import { OmsError } from '@omskit/core';
import { mapPddAfterSale } from './map-pdd-after-sale';
import type { PddCallContext } from './pdd-call';
import { callPdd } from './pdd-call';
import type { PddPagingSettings } from './pdd-orders';
import { readPddListPage } from './pdd-orders';
import { isJsonObject } from './pdd-read';
import { pagePddWindow } from './pdd-window-paging';

function refundIdOf(row: unknown): string | undefined {
  const value = isJsonObject(row) ? row['id'] : undefined;
  if (typeof value === 'string' && value !== '') return value;
  return typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : undefined;
}

function toItem(raw: unknown, shopId: string): ChannelAfterSaleItem {
  try {
    const { afterSale, warnings } = mapPddAfterSale(raw, { shopId });
    return { ok: true, afterSale, warnings };
  } catch (error) {
    const omsError = OmsError.is(error)
      ? error
      : new OmsError('internal', 'pdd: after-sale mapping failed unexpectedly', {
          platform: 'pdd',
          cause: error,
        });
    const id = refundIdOf(raw);
    return { ok: false, ...(id === undefined ? {} : { platformAfterSaleId: id }), error: omsError, raw };
  }
}

/** `listAfterSales` over `pdd.refund.list.increment.get` (every status and type), paged like orders. */
export async function listPddAfterSales(
  context: PddCallContext,
  paging: PddPagingSettings,
  params: ListWindowParams,
): Promise<ChannelPage<ChannelAfterSaleItem>> {
  const step = await pagePddWindow<unknown>({
    window: params.window,
    pageToken: params.pageToken,
    pageSize: paging.pageSize,
    maxPages: paging.maxPages,
    maxWindowMs: paging.maxWindowMs,
    maxRangeSeconds: paging.maxRangeSeconds,
    endInclusive: paging.endInclusive,
    idOf: refundIdOf,
    fetchPage: async (range, page) => {
      const root = await callPdd(context, {
        type: 'pdd.refund.list.increment.get',
        shopId: params.shopId,
        responseKey: 'refund_increment_get_response',
        params: {
          after_sales_status: 1,
          after_sales_type: 1,
          start_updated_at: range.start,
          end_updated_at: range.end,
          page,
          page_size: paging.pageSize,
        },
        ...(params.signal === undefined ? {} : { signal: params.signal }),
      });
      return readPddListPage(root, 'refund_list');
    },
  });
  return {
    items: step.rows.map((raw) => toItem(raw, params.shopId)),
    nextPageToken: step.nextPageToken,
    ...(step.total === undefined ? {} : { total: step.total }),
  };
}
