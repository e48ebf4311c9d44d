import { randomUUID } from 'node:crypto';
import type { CarrierAdapter } from '@omskit/core';
import { OmsError } from '@omskit/core';
import {
  createCarrierGateway,
  rejectUnknownSettings,
  requireSetting,
  resolveBaseUrl,
} from '../shared/carrier-settings';
import { checkShipmentRequest } from '../shared/shipment-totals';
import { callSf, classifySfResponse, type SfCallContext } from './sf-api';
import { buildSfCreateOrder, sfWaybillFromResponse } from './sf-create-order';
import { parseSfRoutePush, sfPushAck } from './sf-push';
import { buildSfQuoteRequest, sfQuotesFromResponse } from './sf-quote';
import { sfEventsFromRouteResponse } from './sf-routes';
import { type SfCarrierSettings, sfGatewayUrls, sfSettingKeys } from './sf-settings';

/**
 * Creates the SF Express (顺丰, 丰桥 open platform) carrier adapter: quotes through
 * `EXP_RECE_QUERY_DELIVERTM`, waybills through `EXP_RECE_CREATE_ORDER` (mother/child numbers for
 * several parcels, COD and insurance as services), tracking through `EXP_RECE_SEARCH_ROUTES`,
 * cancelling through `EXP_RECE_UPDATE_ORDER` (`dealType` 2) and, when `pushToken` is set, route
 * pushes. Every call is signed with {@link sfMsgDigest}.
 *
 * @throws OmsError `invalid_input` naming a missing or unknown setting.
 * @example
 * const sf = createSfCarrier({ partnerId, checkWord, monthlyCard, environment: 'sandbox' });
 * const waybill = await sf.createWaybill(shipment);
 */
export function createSfCarrier(settings: SfCarrierSettings): CarrierAdapter {
  rejectUnknownSettings('sf', settings, sfSettingKeys);
  const partnerId = requireSetting('sf', settings, 'partnerId');
  const checkWord = requireSetting('sf', settings, 'checkWord');
  const { gateway, clock, logger } = createCarrierGateway(
    'sf',
    settings,
    resolveBaseUrl(settings, sfGatewayUrls),
    classifySfResponse,
  );
  const context: SfCallContext = {
    gateway,
    partnerId,
    checkWord,
    now: () => clock.now(),
    requestId: randomUUID,
  };
  const mapping = { overrides: settings.opCodeOverrides, logger };
  const pushToken = settings.pushToken;

  const carrier: CarrierAdapter = {
    specificationVersion: 'v1',
    carrierCode: 'SF',
    capabilities: {
      quote: true,
      createWaybill: true,
      track: true,
      cancel: true,
      push: pushToken !== undefined,
      multiParcel: true,
      cod: true,
      insurance: true,
    },
    async quote(request, options) {
      checkShipmentRequest(request);
      const nowMs = clock.now();
      const msgData = await callSf(
        context,
        'EXP_RECE_QUERY_DELIVERTM',
        buildSfQuoteRequest(request, nowMs),
        options?.signal,
      );
      return sfQuotesFromResponse(msgData, nowMs);
    },
    async createWaybill(request, options) {
      checkShipmentRequest(request);
      const msgData = buildSfCreateOrder(request, {
        monthlyCard: settings.monthlyCard,
        expressTypeId: settings.expressTypeId,
        payMethod: settings.payMethod,
      });
      const response = await callSf(context, 'EXP_RECE_CREATE_ORDER', msgData, options?.signal);
      return sfWaybillFromResponse(request.reference, response);
    },
    async track(trackingNumber, options) {
      const msgData = await callSf(
        context,
        'EXP_RECE_SEARCH_ROUTES',
        { language: '0', trackingType: '1', trackingNumber: [trackingNumber], methodType: '1' },
        options?.signal,
      );
      return sfEventsFromRouteResponse(msgData, mapping);
    },
    async cancel(waybill, options) {
      const response = await callSf(
        context,
        'EXP_RECE_UPDATE_ORDER',
        {
          orderId: waybill.reference,
          dealType: 2,
          waybillNoInfoList: [{ waybillType: 1, waybillNo: waybill.trackingNumber }],
        },
        options?.signal,
      );
      // resStatus 2 = 成功; 1 = the order and waybill do not match.
      if (String(response['resStatus'] ?? '2') !== '2') {
        throw new OmsError(
          'platform_rejected',
          'sf EXP_RECE_UPDATE_ORDER: the order and the waybill do not match',
          {
            platform: 'sf',
            platformCode: `resStatus ${String(response['resStatus'])}`,
          },
        );
      }
    },
  };
  if (pushToken === undefined) return carrier;
  return {
    ...carrier,
    async parsePush(request) {
      const events = parseSfRoutePush(request, {
        pushToken,
        pushTokenParameter: settings.pushTokenParameter,
        ...mapping,
      });
      return {
        events,
        reply: {
          status: 200,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(sfPushAck),
        },
      };
    },
  };
}
