import type { CarrierAdapter, ShipmentRequest, TrackingEvent } from '@omskit/core';
import { OmsError, shanghaiWallTimeToIso } from '@omskit/core';
import {
  arrayOrEmpty,
  badPayload,
  isJsonObject,
  nonEmptyText,
  objectOrEmpty,
  textOf,
} from '../shared/carrier-read';
import {
  createCarrierGateway,
  rejectUnknownSettings,
  requireSetting,
  resolveBaseUrl,
} from '../shared/carrier-settings';
import { checkShipmentRequest, gramsToKg, totalWeightGrams } from '../shared/shipment-totals';
import { type RawTrackingEvent, toTrackingEvents } from '../shared/tracking-code-table';
import { callYto, type YtoCallContext } from './yto-api';
import { parseYtoPush, ytoPushAck } from './yto-push';
import { type YtoCarrierSettings, ytoGatewayUrls, ytoSettingKeys } from './yto-settings';
import { ytoStatuses } from './yto-status';

/** The create-order `param` (field names from YTO's YtoCreateOrderParam, UNVERIFIED as a whole). */
export function buildYtoCreateOrder(request: ShipmentRequest): Record<string, unknown> {
  const { sender, receiver } = request;
  return {
    logisticsNo: request.reference,
    senderName: sender.name,
    senderMobile: sender.phone,
    senderProvinceName: sender.province,
    senderCityName: sender.city,
    senderCountyName: sender.district,
    senderAddress: sender.detail,
    recipientName: receiver.name,
    recipientMobile: receiver.phone,
    recipientProvinceName: receiver.province,
    recipientCityName: receiver.city,
    recipientCountyName: receiver.district,
    recipientAddress: receiver.detail,
    weight: gramsToKg(totalWeightGrams(request)),
    goodsName: request.cargo,
  };
}

/** Unified events of a YTO trace list (`waybill_No, upload_Time, infoContent, processInfo, city, district`). */
export function ytoEventsFromTraces(
  result: unknown,
  options: Parameters<typeof toTrackingEvents>[3] = {},
): TrackingEvent[] {
  const list = Array.isArray(result) ? result : arrayOrEmpty(objectOrEmpty(result)['data']);
  const raw: RawTrackingEvent[] = list.filter(isJsonObject).map((trace, index) => {
    let at: string;
    try {
      at = shanghaiWallTimeToIso(textOf(trace['upload_Time']) ?? '');
    } catch {
      throw badPayload('yto', [index, 'upload_Time'], 'expected yyyy-MM-dd HH:mm:ss', result);
    }
    const location = [nonEmptyText(trace['city']), nonEmptyText(trace['district'])].filter(Boolean).join(' ');
    return {
      trackingNumber: textOf(trace['waybill_No']) ?? '',
      code: textOf(trace['infoContent']) ?? '',
      text: textOf(trace['processInfo']) ?? '',
      at,
      location: location || undefined,
    };
  });
  return toTrackingEvents('YTO', raw, ytoStatuses, options);
}

/**
 * Creates the YTO (圆通) carrier adapter on YTO's open gateway: tracking (`track_query_adapter`),
 * signed status pushes ({@link verifyYtoPush}) and, when their API names are configured,
 * waybill creation and cancelling (UNVERIFIED names and fields). YTO's price API is not used.
 *
 * @throws OmsError `invalid_input` naming a missing or unknown setting.
 */
export function createYtoCarrier(settings: YtoCarrierSettings): CarrierAdapter {
  rejectUnknownSettings('yto', settings, ytoSettingKeys);
  const secret = requireSetting('yto', settings, 'secret');
  const pathSuffix = requireSetting('yto', settings, 'pathSuffix');
  const { gateway, clock, logger } = createCarrierGateway(
    'yto',
    settings,
    resolveBaseUrl(settings, ytoGatewayUrls),
  );
  const context: YtoCallContext = { gateway, secret, pathSuffix, now: () => clock.now() };
  const names = { trackQuery: 'track_query_adapter', ...settings.apiNames };
  const mapping = { overrides: settings.statusOverrides, logger };
  const { createOrder, cancelOrder } = names;

  const carrier: CarrierAdapter = {
    specificationVersion: 'v1',
    carrierCode: 'YTO',
    capabilities: {
      quote: false,
      createWaybill: createOrder !== undefined,
      track: true,
      cancel: createOrder !== undefined && cancelOrder !== undefined,
      push: true,
      multiParcel: false,
      cod: false,
      insurance: false,
    },
    async track(trackingNumber, options) {
      const result = await callYto(context, names.trackQuery, { Number: trackingNumber }, options?.signal);
      return ytoEventsFromTraces(result, mapping);
    },
    async parsePush(request) {
      const { events, txLogisticId } = parseYtoPush(request, { secret, ...mapping });
      return {
        events,
        reply: {
          status: 200,
          headers: { 'content-type': 'application/xml' },
          body: ytoPushAck(txLogisticId, true),
        },
      };
    },
  };
  if (createOrder !== undefined) {
    carrier.createWaybill = async (request, options) => {
      checkShipmentRequest(request);
      if (request.parcels.length > 1) {
        throw new OmsError('unsupported', 'yto: one waybill per parcel; create a waybill for each', {
          platform: 'yto',
        });
      }
      const result = objectOrEmpty(
        await callYto(context, createOrder, buildYtoCreateOrder(request), options?.signal),
      );
      const mailNo = nonEmptyText(result['mailNo']) ?? nonEmptyText(objectOrEmpty(result['data'])['mailNo']);
      if (mailNo === undefined) {
        throw new OmsError('network', `yto ${createOrder}: no mailNo in the response`, {
          platform: 'yto',
          rawPayload: result,
        });
      }
      return {
        carrierCode: 'YTO',
        reference: request.reference,
        trackingNumber: mailNo,
        childTrackingNumbers: [],
      };
    };
  }
  if (createOrder !== undefined && cancelOrder !== undefined) {
    carrier.cancel = async (waybill, options) => {
      await callYto(
        context,
        cancelOrder,
        { logisticsNo: waybill.reference, cancelDesc: '客户取消' },
        options?.signal,
      );
    };
  }
  return carrier;
}
