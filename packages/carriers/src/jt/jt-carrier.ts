import type { CarrierAdapter } from '@omskit/core';
import { invalidInput, OmsError } from '@omskit/core';
import {
  createCarrierGateway,
  rejectUnknownSettings,
  requireSetting,
  resolveBaseUrl,
} from '../shared/carrier-settings';
import { checkShipmentRequest } from '../shared/shipment-totals';
import { callJt, type JtCallContext } from './jt-api';
import { jtBusinessDigest } from './jt-digest';
import { buildJtAddOrder, jtWaybillFromData } from './jt-orders';
import { type JtCarrierSettings, jtGatewayUrls, jtSettingKeys } from './jt-settings';
import { jtEventsFromTrace } from './jt-trace';

/**
 * Creates the J&T Express China (极兔) carrier adapter: waybills through `order/addOrder`
 * (business digest {@link jtBusinessDigest} inside `bizContent`), cancelling through
 * `order/cancelOrder` and tracking through `logistics/trace`. J&T's price API and push format are
 * UNVERIFIED, so `quote` and `parsePush` are absent; COD and insurance fields are not sent.
 *
 * @throws OmsError `invalid_input` naming a missing or unknown setting.
 */
export function createJtCarrier(settings: JtCarrierSettings): CarrierAdapter {
  rejectUnknownSettings('jt', settings, jtSettingKeys);
  const apiAccount = requireSetting('jt', settings, 'apiAccount');
  const privateKey = requireSetting('jt', settings, 'privateKey');
  const { gateway, clock, logger } = createCarrierGateway(
    'jt',
    settings,
    resolveBaseUrl(settings, jtGatewayUrls),
  );
  const context: JtCallContext = { gateway, apiAccount, privateKey, now: () => clock.now() };
  const customer = () => {
    const customerCode = settings.customerCode;
    const password = settings.customerPassword;
    if (customerCode === undefined || password === undefined) {
      throw invalidInput(
        ['settings', 'customerCode'],
        'jt: customerCode and customerPassword are needed for orders',
      );
    }
    return { customerCode, digest: jtBusinessDigest(customerCode, password, privateKey) };
  };

  return {
    specificationVersion: 'v1',
    carrierCode: 'JTSD',
    capabilities: {
      quote: false,
      createWaybill: true,
      track: true,
      cancel: true,
      push: false,
      multiParcel: false,
      cod: false,
      insurance: false,
    },
    async createWaybill(request, options) {
      checkShipmentRequest(request);
      if (request.parcels.length > 1) {
        throw new OmsError('unsupported', 'jt: one waybill per parcel; create a waybill for each', {
          platform: 'jt',
        });
      }
      const data = await callJt(
        context,
        'order/addOrder',
        buildJtAddOrder(request, customer(), settings.orderDefaults),
        options?.signal,
      );
      return jtWaybillFromData(request.reference, data);
    },
    async track(trackingNumber, options) {
      const data = await callJt(context, 'logistics/trace', { billCodes: trackingNumber }, options?.signal);
      return jtEventsFromTrace(data, { overrides: settings.scanTypeOverrides, logger });
    },
    async cancel(waybill, options) {
      const { customerCode, digest } = customer();
      await callJt(
        context,
        'order/cancelOrder',
        {
          customerCode,
          digest,
          txlogisticId: waybill.reference,
          orderType: settings.orderDefaults?.orderType ?? '1',
          reason: '客户取消',
        },
        options?.signal,
      );
    },
  };
}
