import { invalidInput, OmsError, type ShipmentWriteBack } from '@omskit/core';
import { lookupOwn } from '@omskit/core/gateway';
import type { JdJsonObject } from './jd-param-json';
import type { JdShipmentParameterNames } from './jd-settings';

/**
 * The business parameters of `jingdong.pop.order.shipment` for one order. JOS ships a whole order
 * with one carrier; several waybills of that carrier are joined with `,` (as JD lists them on
 * orders). Parcels of different carriers or of some lines only are `unsupported`.
 */
export function buildJdShipmentParams(
  platformOrderId: string,
  parcels: readonly ShipmentWriteBack[],
  carrierIds: Readonly<Record<string, string>>,
  names: JdShipmentParameterNames,
): JdJsonObject {
  const first = parcels[0];
  if (first === undefined) throw invalidInput(['parcels'], 'at least one parcel is required');
  for (const [index, parcel] of parcels.entries()) {
    if (parcel.carrierCode !== first.carrierCode) {
      throw new OmsError(
        'unsupported',
        'JD ships an order with one carrier; split shipments are not supported',
        {
          platform: 'jd',
          path: ['parcels', index, 'carrierCode'],
        },
      );
    }
    if (parcel.lines !== undefined) {
      throw new OmsError('unsupported', 'JD ships whole orders; parcels of some lines are not supported', {
        platform: 'jd',
        path: ['parcels', index, 'lines'],
      });
    }
    if (!/^[A-Za-z0-9-]{4,40}$/.test(parcel.trackingNumber)) {
      throw invalidInput(['parcels', index, 'trackingNumber'], 'not a waybill number');
    }
  }
  const logisticsId = lookupOwn(carrierIds, first.carrierCode);
  if (logisticsId === undefined) {
    throw invalidInput(
      ['parcels', 0, 'carrierCode'],
      `no JD logistics id for ${first.carrierCode}; add it to settings.carrierIds`,
    );
  }
  const waybills = parcels.map((parcel) => parcel.trackingNumber).join(',');
  return names === 'legacy'
    ? { order_id: platformOrderId, logistics_id: logisticsId, waybill: waybills }
    : { orderId: platformOrderId, logiCoprId: logisticsId, logiNo: waybills };
}
