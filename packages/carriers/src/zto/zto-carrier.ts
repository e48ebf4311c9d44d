import type { CarrierAdapter } from '@omskit/core';
import { invalidInput, OmsError } from '@omskit/core';
import { arrayOrEmpty, isJsonObject, objectOrEmpty } from '../shared/carrier-read';
import {
  createCarrierGateway,
  rejectUnknownSettings,
  requireSetting,
  resolveBaseUrl,
} from '../shared/carrier-settings';
import { checkShipmentRequest } from '../shared/shipment-totals';
import { callZto, classifyZtoResponse, type ZtoCallContext } from './zto-api';
import { buildZtoCreateOrder, ztoWaybillFromResult } from './zto-create-order';
import { parseZtoPush } from './zto-push';
import { type ZtoCarrierSettings, ztoDefaultPushReply, ztoGatewayUrls, ztoSettingKeys } from './zto-settings';
import { ztoEvents, ztoRawTrace } from './zto-traces';

/** The ZTO adapter, plus ZTO's trace subscription. */
export interface ZtoCarrier extends CarrierAdapter {
  /**
   * Subscribes a waybill to trace pushes (`zto.merchant.waybill.track.subsrcibe`, sic).
   *
   * @param phoneLast4 - The last four digits of the sender's or receiver's mobile.
   */
  subscribe(trackingNumber: string, phoneLast4: string, options?: { signal?: AbortSignal }): Promise<void>;
}

/**
 * Creates the ZTO (中通) carrier adapter: waybills through `zto.open.createOrder` (COD as a
 * value-added service), tracking through `zto.merchant.waybill.track.query`, cancelling through
 * `zto.open.cancelPreOrder` and trace pushes verified by {@link verifyZtoPush}. ZTO publishes no
 * price API, so `quote` is absent: pair it with `createRateCardCarrier`. One waybill carries one
 * parcel (no mother/child numbers).
 *
 * @throws OmsError `invalid_input` naming a missing or unknown setting.
 */
export function createZtoCarrier(settings: ZtoCarrierSettings): ZtoCarrier {
  rejectUnknownSettings('zto', settings, ztoSettingKeys);
  const appKey = requireSetting('zto', settings, 'appKey');
  const appSecret = requireSetting('zto', settings, 'appSecret');
  const { gateway, logger } = createCarrierGateway(
    'zto',
    settings,
    resolveBaseUrl(settings, ztoGatewayUrls),
    classifyZtoResponse,
  );
  const context: ZtoCallContext = { gateway, appKey, appSecret };
  const mapping = { overrides: settings.actionOverrides, logger };

  return {
    specificationVersion: 'v1',
    carrierCode: 'ZTO',
    capabilities: {
      quote: false,
      createWaybill: true,
      track: true,
      cancel: true,
      push: true,
      multiParcel: false,
      cod: true,
      insurance: false,
    },
    async createWaybill(request, options) {
      checkShipmentRequest(request);
      if (settings.account === undefined)
        throw invalidInput(['settings', 'account'], 'zto: needed to create waybills');
      if (request.parcels.length > 1) {
        throw new OmsError('unsupported', 'zto: one waybill per parcel; create a waybill for each', {
          platform: 'zto',
        });
      }
      const body = buildZtoCreateOrder(request, {
        account: settings.account,
        partnerType: settings.partnerType ?? '2',
        orderType: settings.orderType ?? '1',
      });
      const result = await callZto(context, 'zto.open.createOrder', body, options?.signal);
      return ztoWaybillFromResult(request.reference, result);
    },
    async track(trackingNumber, options) {
      const result = await callZto(
        context,
        'zto.merchant.waybill.track.query',
        { billCode: trackingNumber },
        options?.signal,
      );
      // The query's result shape is UNVERIFIED: a list of traces shaped like the push `data`.
      const list = Array.isArray(result) ? result : arrayOrEmpty(objectOrEmpty(result)['traces']);
      const raw = list
        .filter(isJsonObject)
        .map((trace, index) => ztoRawTrace(trace, ['result', index], result));
      return ztoEvents(raw, mapping);
    },
    async subscribe(trackingNumber, phoneLast4, options) {
      if (!/^\d{4}$/.test(phoneLast4)) throw invalidInput(['phoneLast4'], 'zto: four digits');
      await callZto(
        context,
        'zto.merchant.waybill.track.subsrcibe',
        { billCode: trackingNumber, mobilePhone: phoneLast4 },
        options?.signal,
      );
    },
    async cancel(waybill, options) {
      await callZto(
        context,
        'zto.open.cancelPreOrder',
        { cancelType: '2', orderCode: '', billCode: waybill.trackingNumber },
        options?.signal,
      );
    },
    async parsePush(request) {
      const events = parseZtoPush(request, { appSecret, companyId: appKey, ...mapping });
      return {
        events,
        reply: {
          status: 200,
          headers: { 'content-type': 'application/json' },
          body: settings.pushReply ?? ztoDefaultPushReply,
        },
      };
    },
  };
}
