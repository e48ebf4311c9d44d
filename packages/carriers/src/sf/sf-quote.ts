import type { CarrierQuote, ShipmentRequest, WaybillParty } from '@omskit/core';
import { formatShanghaiWallTime, moneyFromYuan, shanghaiWallTimeToIso } from '@omskit/core';
import { arrayOrEmpty, type JsonObject, nonEmptyText, objectOrEmpty, textOf } from '../shared/carrier-read';
import { gramsToKg, totalVolumeCm3, totalWeightGrams } from '../shared/shipment-totals';

const dayMs = 24 * 60 * 60 * 1000;

function address(party: WaybillParty): JsonObject {
  return { province: party.province, city: party.city, district: party.district, address: party.detail };
}

/** The `msgData` of `EXP_RECE_QUERY_DELIVERTM` (时效标准及价格查询) for a shipment consigned at `nowMs`. */
export function buildSfQuoteRequest(request: ShipmentRequest, nowMs: number): JsonObject {
  const volume = totalVolumeCm3(request);
  return {
    ...(request.serviceCode === undefined ? {} : { businessType: request.serviceCode }),
    weight: gramsToKg(totalWeightGrams(request)),
    ...(volume > 0 ? { volume } : {}),
    consignedTime: formatShanghaiWallTime(nowMs),
    searchPrice: '1',
    srcAddress: address(request.sender),
    destAddress: address(request.receiver),
  };
}

/**
 * Quotes from an `EXP_RECE_QUERY_DELIVERTM` response: one per `deliverTmDto` product with a
 * `fee` (yuan); promised days from `deliverTime` against the consigned time, in whole days, at
 * least 1. The response shape is DOC-level only (no real sample seen); products without a
 * parsable fee are skipped.
 */
export function sfQuotesFromResponse(msgData: JsonObject, nowMs: number): CarrierQuote[] {
  const quotes: CarrierQuote[] = [];
  for (const product of arrayOrEmpty(msgData['deliverTmDto']).map(objectOrEmpty)) {
    const fee = textOf(product['fee']);
    if (fee === undefined || !/^\d+(\.\d{1,2})?$/.test(fee)) continue;
    const deliverTime = nonEmptyText(product['deliverTime']);
    let promisedDays: number | undefined;
    if (deliverTime !== undefined) {
      try {
        const at = Date.parse(shanghaiWallTimeToIso(deliverTime));
        promisedDays = Math.max(1, Math.ceil((at - nowMs) / dayMs));
      } catch {
        promisedDays = undefined;
      }
    }
    const serviceCode = textOf(product['businessType']);
    quotes.push({
      carrierCode: 'SF',
      ...(serviceCode === undefined ? {} : { serviceCode }),
      price: moneyFromYuan(fee),
      ...(promisedDays === undefined ? {} : { promisedDays }),
    });
  }
  return quotes;
}
