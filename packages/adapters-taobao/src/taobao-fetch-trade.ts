import { type ChannelOrderItem, OmsError } from '@omskit/core';
import { mapTaobaoOrder } from './map-taobao-order';
import type { TaobaoClient } from './taobao-client';
import { taobaoFullinfoFields } from './taobao-fields';
import { isTaobaoObject } from './taobao-read';

/**
 * Fetches one trade with `taobao.trade.fullinfo.get` and maps it. A trade that does not map
 * comes back as `{ ok: false }` with the raw trade kept for quarantine.
 *
 * @throws OmsError `not_found` when TOP has no such trade, or the call's own error.
 */
export async function fetchTaobaoTrade(
  client: TaobaoClient,
  shopId: string,
  tid: string,
  signal?: AbortSignal,
): Promise<ChannelOrderItem> {
  const root = await client.call(
    'taobao.trade.fullinfo.get',
    { fields: taobaoFullinfoFields, tid, include_oaid: 'true' },
    { shopId, ...(signal === undefined ? {} : { signal }) },
  );
  const trade = root.trade;
  if (!isTaobaoObject(trade)) {
    throw new OmsError('not_found', `taobao: no trade ${tid}`, { platform: 'taobao' });
  }
  try {
    const { order, warnings } = mapTaobaoOrder(trade, { shopId });
    return { ok: true, order, warnings };
  } catch (error) {
    if (!OmsError.is(error)) throw error;
    return { ok: false, platformOrderId: tid, error, raw: trade };
  }
}
