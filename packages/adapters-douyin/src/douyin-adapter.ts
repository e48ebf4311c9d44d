import { type ChannelAdapter, type ChannelCapabilities, type ChannelOrderItem, OmsError } from '@omskit/core';
import { listDouyinAfterSales } from './douyin-after-sales';
import { createDouyinCall } from './douyin-client';
import { decryptDouyinReceivers } from './douyin-decrypt';
import { classifyDouyinError } from './douyin-error';
import { listDouyinOrders, toOrderItem } from './douyin-list-orders';
import { parseDouyinPush } from './douyin-push';
import { type DouyinAdapterSettings, resolveDouyinSettings } from './douyin-settings';
import { shipDouyinOrder } from './douyin-ship';

/** A Douyin channel adapter: the ChannelAdapter v1 contract, with `parsePush` and `decryptReceivers`. */
export interface DouyinAdapter extends ChannelAdapter {
  readonly channel: 'douyin';
  parsePush: NonNullable<ChannelAdapter['parsePush']>;
  decryptReceivers: NonNullable<ChannelAdapter['decryptReceivers']>;
  listAfterSales: NonNullable<ChannelAdapter['listAfterSales']>;
}

/**
 * Creates the Douyin shop (抖店) channel adapter: incremental order pulls by `update_time`
 * (`order.searchList`), `order.orderDetail`, shipping write-back (`order.logisticsAdd` and the
 * multi-pack variant), `afterSale.List`, `order.batchDecrypt` and signed HTTP pushes.
 *
 * @example
 * ```ts
 * const douyin = createDouyinAdapter({
 *   appKey: process.env.DOUYIN_APP_KEY!,
 *   appSecret: process.env.DOUYIN_APP_SECRET!,
 *   accessToken: (shopId) => tokens.get(shopId),
 *   refreshAccessToken: (shopId) => tokens.refresh(shopId),
 * });
 * const page = await douyin.listOrders({ shopId, window: { from, to } });
 * ```
 *
 * @throws OmsError `invalid_input` naming the setting when the settings are malformed.
 */
export function createDouyinAdapter(settings: DouyinAdapterSettings): DouyinAdapter {
  const resolved = resolveDouyinSettings(settings);
  const { call } = createDouyinCall(resolved);
  const carrierCodes = resolved.carrierCodes ?? {};
  const capabilities: ChannelCapabilities = {
    maxOrderWindowMs: resolved.maxOrderWindowMs,
    maxOrdersPerWindow: resolved.pageSize * resolved.maxPages,
    fetchesDetailsPerOrder: false,
    splitShipment: true,
    afterSales: true,
    afterSaleDecisions: [],
    push: true,
    messagePull: false,
    decryptReceiver: true,
  };
  const listContext = { call, pageSize: resolved.pageSize, maxOrderWindowMs: resolved.maxOrderWindowMs };

  const getOrder: ChannelAdapter['getOrder'] = async (params) => {
    const notFound = () =>
      new OmsError('not_found', `douyin order ${params.platformOrderId} does not exist`, {
        platform: 'douyin',
      });
    let data: Awaited<ReturnType<typeof call>>;
    try {
      data = await call(
        'order.orderDetail',
        { shop_order_id: params.platformOrderId },
        { shopId: params.shopId, signal: params.signal },
      );
    } catch (error) {
      const subCode = OmsError.is(error) ? (error.platformCode ?? '').replace(/^\d+:/, '') : '';
      if (subCode !== '' && resolved.orderNotFoundSubCodes.some((prefix) => subCode.startsWith(prefix))) {
        throw notFound();
      }
      throw error;
    }
    const detail = data['shop_order_detail'];
    if (detail === undefined || detail === null) throw notFound();
    const item: ChannelOrderItem = toOrderItem(detail, params.shopId);
    return item;
  };

  return {
    specificationVersion: 'v1',
    channel: 'douyin',
    capabilities,
    listOrders: (params) => listDouyinOrders(listContext, params),
    getOrder,
    ship: (params) => shipDouyinOrder({ call, carrierCodes }, params),
    listAfterSales: (params) => listDouyinAfterSales(listContext, params),
    parsePush: async (request) =>
      parseDouyinPush(request, {
        appKey: resolved.appKey,
        appSecret: resolved.appSecret,
        signMethod: resolved.pushSignMethod,
      }),
    decryptReceivers: (params) => decryptDouyinReceivers(call, params),
    classifyError: (body, httpStatus) => classifyDouyinError(body, httpStatus),
  };
}
