// Test-only: for each event type, an event whose data fits the case, so path walks only test the table.
import type { AfterSaleCase } from '../after-sale-case';
import type { AfterSaleEvent, AfterSaleEventType } from '../after-sale-event';

/** An event of `type` with data that fits `afterSaleCase` (receives and inspects every asked unit). */
export function makeValidEvent(type: AfterSaleEventType, afterSaleCase: AfterSaleCase): AfterSaleEvent {
  const lines = afterSaleCase.afterSale.lines;
  switch (type) {
    case 'check':
      return { type, verdict: { verdict: 'manual', rule: 'manual', reason: 'test' } };
    case 'refuse':
      return { type, reason: 'test refusal' };
    case 'await_return':
      return { type, returnAddressId: 'addr-1' };
    case 'ship_return':
      return { type, trackingNumber: 'SF-RETURN-1' };
    case 'receive':
      return {
        type,
        warehouseId: 'WH-1',
        lines: lines.map((line) => ({ lineId: line.lineId, quantity: line.quantity })),
      };
    case 'inspect':
      return {
        type,
        warehouseId: 'WH-1',
        lines: afterSaleCase.received.map((line) => ({
          lineId: line.lineId,
          sku: 'SKU-A',
          resellable: Math.ceil(line.quantity / 2),
          damaged: Math.floor(line.quantity / 2),
        })),
      };
    case 'confirm_refund':
      return { type, paymentId: 'pay-1' };
    case 'ship_replacement':
      return { type, parcel: { carrierCode: 'SF', trackingNumber: 'SF-NEW-1' } };
    default:
      return { type };
  }
}
