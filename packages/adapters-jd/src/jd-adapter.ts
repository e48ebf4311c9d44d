import type { ChannelAdapter, ChannelCapabilities, ListWindowParams } from '@omskit/core';
import { invalidInput, OmsError } from '@omskit/core';
import { jdCarrierIds } from './jd-carriers';
import { createJdCall } from './jd-client';
import { decryptJdReceivers } from './jd-decrypt';
import { classifyJdError } from './jd-error';
import { listJdAfterSales } from './jd-list-after-sales';
import { listJdOrders, toJdOrderItem } from './jd-list-orders';
import { jdDefaultOptionalFields } from './jd-order-fields';
import { asJdObject } from './jd-read';
import { type JdAdapterSettings, validateJdAdapterSettings } from './jd-settings';
import { buildJdShipmentParams } from './jd-ship';
import { jdOrderStates } from './map-jd-order-status';

const day = 24 * 60 * 60 * 1000;

/**
 * Creates the JD (JOS) channel adapter: incremental pulls by modified time through
 * `jingdong.pop.order.search`, `jingdong.pop.order.get`, and shipping write-back through
 * `jingdong.pop.order.shipment`, and, when `afterSaleList` is set, service orders through
 * `jingdong.asc.query.list` (UNVERIFIED), and receivers decrypted by OAID when `oaidDecrypt` is
 * set. JD's push is not documented, so `capabilities.push` is false and
 * the runtime polls.
 *
 * @example
 * ```ts
 * const jd = createJdAdapter({
 *   appKey: process.env.JD_APP_KEY!,
 *   appSecret: process.env.JD_APP_SECRET!,
 *   accessToken: (shopId) => tokens.get(shopId),
 *   refreshAccessToken: (shopId) => tokens.refresh(shopId),
 * });
 * ```
 *
 * @throws OmsError `invalid_input` naming a bad or unknown setting.
 */
export function createJdAdapter(settings: JdAdapterSettings): ChannelAdapter {
  validateJdAdapterSettings(settings);
  const { call, errorTable } = createJdCall(settings);
  const pageSize = settings.pageSize ?? 100;
  const maxPages = settings.maxPages ?? 100;
  const carrierIds = { ...jdCarrierIds, ...settings.carrierIds };
  const optionalFields = settings.optionalFields ?? jdDefaultOptionalFields;
  const mapping = {
    carrierIds,
    ...(settings.isCiphertext === undefined ? {} : { isCiphertext: settings.isCiphertext }),
  };
  const afterSaleList = settings.afterSaleList;
  const oaidDecrypt = settings.oaidDecrypt;
  const capabilities: ChannelCapabilities = {
    maxOrderWindowMs: settings.maxOrderWindowMs ?? day,
    maxOrdersPerWindow: pageSize * maxPages,
    fetchesDetailsPerOrder: false,
    splitShipment: false,
    afterSales: settings.afterSaleList !== undefined,
    afterSaleDecisions: [],
    push: false,
    messagePull: false,
    decryptReceiver: settings.oaidDecrypt !== undefined,
  };
  return {
    specificationVersion: 'v1',
    channel: 'jd',
    capabilities,
    listOrders: (params) =>
      listJdOrders(
        {
          call,
          pageSize,
          maxPages,
          maxOrderWindowMs: capabilities.maxOrderWindowMs,
          orderStates: settings.orderStates ?? Object.keys(jdOrderStates),
          optionalFields,
          mapping,
          container: settings.orderSearchContainer,
          extraParams: settings.orderSearchExtraParams ?? {},
        },
        params,
      ),
    async getOrder({ shopId, platformOrderId, signal }) {
      if (!/^\d{1,40}$/.test(platformOrderId))
        throw invalidInput(['platformOrderId'], 'JD order ids are digits');
      const root = await call(
        shopId,
        'jingdong.pop.order.get',
        { order_id: platformOrderId, optional_fields: optionalFields.join(',') },
        signal,
      );
      const raw = asJdObject(root['orderDetailInfo'])?.['orderInfo'];
      if (raw === undefined || raw === null) {
        throw new OmsError('not_found', `JD order ${platformOrderId} not found`, { platform: 'jd' });
      }
      return toJdOrderItem(raw, shopId, mapping);
    },
    async ship({ shopId, platformOrderId, parcels, signal }) {
      const params = buildJdShipmentParams(
        platformOrderId,
        parcels,
        carrierIds,
        settings.shipmentParameterNames ?? 'logiCoprId',
      );
      await call(shopId, 'jingdong.pop.order.shipment', params, signal);
    },
    ...(afterSaleList === undefined
      ? {}
      : {
          listAfterSales: (params: ListWindowParams) =>
            listJdAfterSales(call, capabilities.maxOrderWindowMs, afterSaleList, params),
        }),
    ...(oaidDecrypt === undefined
      ? {}
      : {
          decryptReceivers: (params: Parameters<NonNullable<ChannelAdapter['decryptReceivers']>>[0]) =>
            decryptJdReceivers(call, oaidDecrypt, params),
        }),
    classifyError: (body, httpStatus) => classifyJdError(body, httpStatus, errorTable),
  };
}
