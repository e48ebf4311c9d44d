import type { ShipmentRequest, Waybill, WaybillParty } from '@omskit/core';
import { invalidInput, OmsError } from '@omskit/core';
import { arrayOrEmpty, type JsonObject, nonEmptyText, objectOrEmpty, textOf } from '../shared/carrier-read';
import { fenToYuanText, gramsToKg, totalVolumeCm3, totalWeightGrams } from '../shared/shipment-totals';

/** The SF options a create-order call reads. */
export interface SfOrderOptions {
  readonly monthlyCard?: string | undefined;
  readonly expressTypeId?: string | undefined;
  readonly payMethod?: number | undefined;
}

function contact(party: WaybillParty, contactType: 1 | 2): JsonObject {
  return {
    contactType,
    contact: party.name,
    mobile: party.phone,
    country: 'CN',
    province: party.province,
    city: party.city,
    county: party.district,
    address: party.detail,
    ...(party.company === undefined ? {} : { company: party.company }),
  };
}

/**
 * The `msgData` of `EXP_RECE_CREATE_ORDER` for a unified shipment: sender and receiver as
 * `contactInfoList`, one cargo line, `parcelQty` for mother/child waybills, and COD and insurance
 * as `serviceList` entries (amounts in yuan; the COD `value1` card is UNVERIFIED and omitted).
 */
export function buildSfCreateOrder(request: ShipmentRequest, options: SfOrderOptions): JsonObject {
  const weightKg = gramsToKg(totalWeightGrams(request));
  const services: JsonObject[] = [];
  if (request.cashOnDelivery !== undefined) {
    services.push({ name: 'COD', value: fenToYuanText(request.cashOnDelivery.amount) });
  }
  if (request.insuredValue !== undefined) {
    services.push({ name: 'INSURE', value: fenToYuanText(request.insuredValue.amount) });
  }
  const volume = totalVolumeCm3(request);
  const expressTypeId = request.serviceCode ?? options.expressTypeId ?? '2';
  if (!/^\d{1,4}$/.test(expressTypeId)) {
    throw invalidInput(['serviceCode'], 'sf: an expressTypeId such as "1" (顺丰特快) or "2" (顺丰标快)');
  }
  return {
    language: 'zh-CN',
    orderId: request.reference,
    cargoDetails: [{ name: request.cargo, count: request.parcels.length, unit: '件', weight: weightKg }],
    contactInfoList: [contact(request.sender, 1), contact(request.receiver, 2)],
    ...(options.monthlyCard === undefined ? {} : { monthlyCard: options.monthlyCard }),
    payMethod: options.payMethod ?? 1,
    expressTypeId: Number(expressTypeId),
    parcelQty: request.parcels.length,
    totalWeight: weightKg,
    ...(volume > 0 ? { volume } : {}),
    isReturnRoutelabel: 1,
    ...(services.length === 0 ? {} : { serviceList: services }),
  };
}

/**
 * The unified waybill of an `EXP_RECE_CREATE_ORDER` response: `waybillType` 1 is the mother
 * waybill, 2 the children; the route label (`destRouteLabel`, `twoDimensionCode`, ...) and the
 * origin and destination codes become label data.
 */
export function sfWaybillFromResponse(reference: string, msgData: JsonObject): Waybill {
  const numbers = arrayOrEmpty(msgData['waybillNoInfoList']).map(objectOrEmpty);
  const mother = numbers.find((entry) => textOf(entry['waybillType']) === '1') ?? numbers[0];
  const trackingNumber = nonEmptyText(mother?.['waybillNo']);
  if (trackingNumber === undefined) {
    throw new OmsError('network', 'sf EXP_RECE_CREATE_ORDER: no waybill number in the response', {
      platform: 'sf',
      rawPayload: msgData,
    });
  }
  const children = numbers
    .filter((entry) => textOf(entry['waybillType']) === '2')
    .map((entry) => nonEmptyText(entry['waybillNo']))
    .filter((value): value is string => value !== undefined);
  const label: Record<string, string> = {};
  for (const key of ['originCode', 'destCode'] as const) {
    const value = nonEmptyText(msgData[key]);
    if (value !== undefined) label[key] = value;
  }
  const routeLabel = objectOrEmpty(
    objectOrEmpty(arrayOrEmpty(msgData['routeLabelInfo'])[0])['routeLabelData'],
  );
  for (const [key, value] of Object.entries(routeLabel)) {
    const text = nonEmptyText(value);
    if (text !== undefined) label[key] = text;
  }
  return { carrierCode: 'SF', reference, trackingNumber, childTrackingNumbers: children, label };
}
