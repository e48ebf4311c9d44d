import type { ChannelAdapter, ChannelCapabilities } from '@omskit/core';
import { createTaobaoClient } from './taobao-client';
import { decideTaobaoAfterSale, taobaoAfterSaleDecisions } from './taobao-decide';
import { decryptTaobaoReceivers } from './taobao-decrypt';
import { classifyTaobaoError } from './taobao-error';
import { fetchTaobaoTrade } from './taobao-fetch-trade';
import { listTaobaoAfterSales } from './taobao-list-after-sales';
import { listTaobaoOrders } from './taobao-list-orders';
import { resolveTaobaoSettings, type TaobaoAdapterSettings } from './taobao-settings';
import { createTaobaoCompanyCodes, shipTaobaoOrder } from './taobao-ship';
import { confirmTaobaoMessages, pullTaobaoMessages } from './taobao-tmc';

/**
 * Creates the Taobao/Tmall channel adapter (ChannelAdapter v1) over TOP.
 *
 * Orders are pulled by modified time (`taobao.trades.sold.increment.get`, paged backwards, windows
 * split when they hold more than the page limit) and detailed with `taobao.trade.fullinfo.get`;
 * shipments go back with `taobao.logistics.offline.send`; refunds come from
 * `taobao.refunds.receive.get`; TMC messages are pulled over HTTP; receivers are decrypted through
 * `taobao.top.oaid.decrypt` on request. An expired session (code 27) calls
 * `refreshAccessToken` once and retries the call once.
 *
 * @example
 * ```ts
 * const taobao = createTaobaoAdapter({
 *   appKey: process.env.TAOBAO_APP_KEY!,
 *   appSecret: process.env.TAOBAO_APP_SECRET!,
 *   accessToken: (shopId) => tokens.get(shopId),
 *   refreshAccessToken: (shopId) => tokens.refresh(shopId),
 * });
 * const page = await taobao.listOrders({ shopId, window: { from, to } });
 * ```
 *
 * @throws OmsError `invalid_input` when a setting is unknown or out of range.
 */
export function createTaobaoAdapter(settings: TaobaoAdapterSettings): ChannelAdapter {
  const resolved = resolveTaobaoSettings(settings);
  const client = createTaobaoClient(resolved);
  const capabilities: ChannelCapabilities = {
    maxOrderWindowMs: resolved.maxOrderWindowMs,
    maxOrdersPerWindow: resolved.pageSize * resolved.maxPagesPerWindow,
    fetchesDetailsPerOrder: true,
    splitShipment: true,
    afterSales: true,
    afterSaleDecisions: taobaoAfterSaleDecisions,
    push: false,
    messagePull: true,
    decryptReceiver: true,
  };
  const notFound =
    resolved.notFoundSubCodes === undefined ? {} : { notFoundSubCodes: resolved.notFoundSubCodes };
  const companyCodes = resolved.verifyCarrierCodes ? createTaobaoCompanyCodes(client) : undefined;
  return {
    specificationVersion: 'v1',
    channel: 'taobao',
    capabilities,
    listOrders: (params) =>
      listTaobaoOrders(
        {
          client,
          pageSize: resolved.pageSize,
          maxPagesPerWindow: resolved.maxPagesPerWindow,
          maxOrderWindowMs: resolved.maxOrderWindowMs,
          detailConcurrency: resolved.detailConcurrency,
          ...(resolved.logger === undefined ? {} : { logger: resolved.logger }),
        },
        params,
      ),
    getOrder: (params) => fetchTaobaoTrade(client, params.shopId, params.platformOrderId, params.signal),
    ship: (params) =>
      shipTaobaoOrder({ client, carrierCodes: resolved.carrierCodes ?? {}, companyCodes }, params),
    listAfterSales: (params) =>
      listTaobaoAfterSales(
        { client, pageSize: resolved.pageSize, maxOrderWindowMs: resolved.maxOrderWindowMs },
        params,
      ),
    pullMessages: (params) =>
      pullTaobaoMessages(client, {
        groupName: resolved.tmcGroupName,
        quantity: resolved.tmcBatchSize,
        ...(resolved.logger === undefined ? {} : { logger: resolved.logger }),
        ...(params.signal === undefined ? {} : { signal: params.signal }),
      }),
    confirmMessages: (params) =>
      confirmTaobaoMessages(client, {
        groupName: resolved.tmcGroupName,
        messageIds: params.messageIds,
        ...(params.signal === undefined ? {} : { signal: params.signal }),
      }),
    decryptReceivers: (params) => decryptTaobaoReceivers(client, params),
    decideAfterSale: (params) => decideTaobaoAfterSale(client, resolved.decisions ?? {}, params),
    classifyError: (body, httpStatus) => classifyTaobaoError(body, httpStatus, notFound),
  };
}
