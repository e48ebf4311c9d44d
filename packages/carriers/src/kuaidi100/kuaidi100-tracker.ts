import type { CarrierAdapter, CarrierQuote, ShipmentRequest } from '@omskit/core';
import { invalidInput, moneyFromYuan } from '@omskit/core';

import { arrayOrEmpty, isJsonObject, objectOrEmpty, textOf } from '../shared/carrier-read';
import { createCarrierGateway, rejectUnknownSettings, requireSetting } from '../shared/carrier-settings';
import { checkShipmentRequest, gramsToKg, totalWeightGrams } from '../shared/shipment-totals';
import { classifyKuaidi100Response } from './kuaidi100-error';
import { kuaidi100PushAck, parseKuaidi100Push } from './kuaidi100-push';
import { type Kuaidi100TrackerSettings, kuaidi100SettingKeys, kuaidi100Urls } from './kuaidi100-settings';
import { kuaidi100OrderSign, kuaidi100Sign } from './kuaidi100-sign';
import { kuaidi100CompanyCodes } from './kuaidi100-states';
import { kuaidi100Events } from './kuaidi100-traces';

/** A Kuaidi100 tracker: a carrier adapter that tracks (and may quote), plus `subscribe`. */
export interface Kuaidi100Tracker extends CarrierAdapter {
  /** Subscribes a waybill to pushes to `callbackUrl` (needs `salt` and `callbackUrl`). */
  subscribe(trackingNumber: string, options?: { signal?: AbortSignal }): Promise<void>;
}

const address = (party: ShipmentRequest['sender']) => `${party.province}${party.city}${party.district}`;

/**
 * Creates a Kuaidi100 (快递100) tracker for one carrier: real-time query (`poll/query.do`,
 * `resultv2=4`), subscription (`poll`) and its signed pushes, and, with `secret`, price quotes
 * through the label API (`method=price`). It creates no waybills.
 *
 * @throws OmsError `invalid_input` naming a missing or unknown setting, or a carrier without a
 *   known Kuaidi100 company code.
 */
export function createKuaidi100Tracker(settings: Kuaidi100TrackerSettings): Kuaidi100Tracker {
  rejectUnknownSettings('kuaidi100', settings, kuaidi100SettingKeys);
  const customer = requireSetting('kuaidi100', settings, 'customer');
  const key = requireSetting('kuaidi100', settings, 'key');
  const carrierCode = requireSetting('kuaidi100', settings, 'carrier');
  const company = settings.company ?? kuaidi100CompanyCodes[carrierCode];
  if (company === undefined)
    throw invalidInput(['settings', 'company'], `kuaidi100: no company code known for ${carrierCode}`);
  const urls = { ...kuaidi100Urls, ...settings.urls };
  const { gateway, clock, logger } = createCarrierGateway(
    'kuaidi100',
    settings,
    urls.query,
    classifyKuaidi100Response,
  );
  const mapping = { overrides: settings.stateOverrides, logger };
  const post = (url: string, operation: string, form: Record<string, string>, signal?: AbortSignal) =>
    gateway.request({
      method: 'POST',
      url,
      body: new URLSearchParams(form),
      operation,
      ...(signal === undefined ? {} : { signal }),
    });
  const { secret, salt } = settings;

  const tracker: Kuaidi100Tracker = {
    specificationVersion: 'v1',
    carrierCode,
    capabilities: {
      quote: secret !== undefined,
      createWaybill: false,
      track: true,
      cancel: false,
      push: salt !== undefined,
      multiParcel: false,
      cod: false,
      insurance: false,
    },
    async track(trackingNumber, options) {
      const param = JSON.stringify({
        com: company,
        num: trackingNumber,
        ...(settings.phone === undefined ? {} : { phone: settings.phone }),
        resultv2: '4',
      });
      const response = await post(
        urls.query,
        'poll/query.do',
        { customer, sign: kuaidi100Sign(param, key, customer), param },
        options?.signal,
      );
      const json = objectOrEmpty(response.json);
      // returnCode 500 = 查询无结果: no history yet, not a failure.
      if (json['result'] === false) return [];
      return kuaidi100Events(carrierCode, json, mapping);
    },
    async subscribe(trackingNumber, options) {
      if (salt === undefined || settings.callbackUrl === undefined) {
        throw invalidInput(
          ['settings', 'callbackUrl'],
          'kuaidi100: salt and callbackUrl are needed to subscribe',
        );
      }
      const param = JSON.stringify({
        company,
        number: trackingNumber,
        key,
        parameters: {
          callbackurl: settings.callbackUrl,
          salt,
          resultv2: '4',
          ...(settings.phone === undefined ? {} : { phone: settings.phone }),
        },
      });
      await post(urls.subscribe, 'poll', { schema: 'json', param }, options?.signal);
    },
  };
  if (secret !== undefined) {
    tracker.quote = async (request, options): Promise<readonly CarrierQuote[]> => {
      checkShipmentRequest(request);
      const param = JSON.stringify({
        kuaidicom: company,
        sendAddr: address(request.sender),
        recAddr: address(request.receiver),
        weight: String(gramsToKg(totalWeightGrams(request))),
      });
      const t = String(clock.now());
      const response = await post(
        urls.label,
        'label/order price',
        { method: 'price', key, t, sign: kuaidi100OrderSign(param, t, key, secret), param },
        options?.signal,
      );
      const data = objectOrEmpty(objectOrEmpty(response.json)['data']);
      return arrayOrEmpty(data['combos'])
        .filter(isJsonObject)
        .flatMap((combo) => {
          const price = textOf(combo['price']);
          if (price === undefined || !/^\d+(\.\d{1,2})?$/.test(price)) return [];
          const serviceCode = textOf(combo['expType']);
          return [
            {
              carrierCode,
              ...(serviceCode === undefined ? {} : { serviceCode }),
              price: moneyFromYuan(price),
            },
          ];
        });
    };
  }
  if (salt !== undefined) {
    tracker.parsePush = async (request) => {
      const { events } = parseKuaidi100Push(request, { carrierCode, salt, ...mapping });
      return {
        events,
        reply: {
          status: 200,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(kuaidi100PushAck),
        },
      };
    };
  }
  return tracker;
}
