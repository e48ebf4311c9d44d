import type { QuoteRefusal, RateCard, ShipmentRequest } from '@omskit/core';
import { quoteParcel } from '@omskit/core';
import { parcelVolumeCm3, provinceCodeOf } from '../shared/shipment-totals';

/** A rate card's price for a whole shipment, or why the card cannot take it. */
export type RateCardShipmentQuote =
  | {
      readonly ok: true;
      readonly carrierCode: string;
      /** Sum of the parcels' prices, in fen. */
      readonly priceFen: number;
      /** Sum of the parcels' chargeable weights, in grams. */
      readonly chargeableWeightGrams: number;
      /** The slowest parcel's promise. */
      readonly promisedDays: number;
      readonly zone: string;
    }
  | {
      readonly ok: false;
      readonly carrierCode: string;
      readonly reason: QuoteRefusal;
      readonly detail: string;
    };

/**
 * Quotes a shipment on a validated rate card, parcel by parcel through core's `quoteParcel`
 * (chargeable weight = max(actual, volume / divisor) rounded by the card, first weight plus
 * started additional steps by zone or lane, remote surcharge). Pure.
 *
 * @throws OmsError `invalid_input` when the sender's or receiver's province cannot be resolved.
 */
export function quoteShipmentOnRateCard(card: RateCard, request: ShipmentRequest): RateCardShipmentQuote {
  const originCode = provinceCodeOf(request.sender, ['sender']);
  const destinationCode = provinceCodeOf(request.receiver, ['receiver']);
  let priceFen = 0;
  let chargeable = 0;
  let promisedDays = 0;
  let zone = '';
  for (const parcel of request.parcels) {
    const quote = quoteParcel(card, {
      originCode,
      destinationCode,
      weightGrams: parcel.weightGrams,
      volumeCm3: parcelVolumeCm3(parcel),
    });
    if (!quote.ok) return quote;
    priceFen += quote.priceFen;
    chargeable += quote.chargeableWeightGrams;
    promisedDays = Math.max(promisedDays, quote.promisedDays);
    zone = quote.zone;
  }
  return {
    ok: true,
    carrierCode: card.carrierCode,
    priceFen,
    chargeableWeightGrams: chargeable,
    promisedDays,
    zone,
  };
}
