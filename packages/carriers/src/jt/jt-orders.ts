import type { ShipmentRequest, Waybill, WaybillParty } from '@omskit/core';
import { OmsError } from '@omskit/core';
import { nonEmptyText, objectOrEmpty } from '../shared/carrier-read';
import { gramsToKg, totalWeightGrams } from '../shared/shipment-totals';
import { type JtOrderDefaults, jtDemoOrderDefaults } from './jt-settings';

function party(value: WaybillParty): Record<string, string> {
  return {
    name: value.name,
    mobile: value.phone,
    countryCode: 'CHN',
    prov: value.province,
    city: value.city,
    area: value.district,
    address: value.detail,
  };
}

/** The `bizContent` of `order/addOrder` (fields from J&T's China UAT demo). */
export function buildJtAddOrder(
  request: ShipmentRequest,
  customer: { customerCode: string; digest: string },
  defaults: JtOrderDefaults = {},
): Record<string, unknown> {
  const codes = { ...jtDemoOrderDefaults, ...defaults };
  return {
    customerCode: customer.customerCode,
    digest: customer.digest,
    txlogisticId: request.reference,
    expressType: codes.expressType,
    orderType: codes.orderType,
    serviceType: codes.serviceType,
    deliveryType: codes.deliveryType,
    payType: codes.payType,
    sender: party(request.sender),
    receiver: party(request.receiver),
    goodsType: codes.goodsType,
    weight: String(gramsToKg(totalWeightGrams(request))),
    totalQuantity: request.parcels.length,
    items: [{ itemName: request.cargo, number: 1 }],
  };
}

/** The unified waybill of an `order/addOrder` response (`billCode`, `sortingCode`). */
export function jtWaybillFromData(reference: string, data: unknown): Waybill {
  const body = objectOrEmpty(data);
  const billCode = nonEmptyText(body['billCode']);
  if (billCode === undefined) {
    throw new OmsError('network', 'jt order/addOrder: no billCode in the response', {
      platform: 'jt',
      rawPayload: data,
    });
  }
  const label: Record<string, string> = {};
  for (const key of ['sortingCode', 'sumAddress', 'lastCenterName']) {
    const text = nonEmptyText(body[key]);
    if (text !== undefined) label[key] = text;
  }
  return { carrierCode: 'JTSD', reference, trackingNumber: billCode, childTrackingNumbers: [], label };
}
