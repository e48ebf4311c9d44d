import type { CarrierAdapter, CarrierQuote, Logger, RateCardInput } from '@omskit/core';
import { invalidInput, moneyFromFen, rateCardSchema, silentLogger } from '@omskit/core';
import { checkShipmentRequest } from '../shared/shipment-totals';
import { quoteShipmentOnRateCard } from './quote-shipment-on-rate-card';

/** Options of {@link createRateCardCarrier}. */
export interface RateCardCarrierOptions {
  /** The service code written on quotes (`standard`). */
  serviceCode?: string;
  /** Where refusals are noted (reason only). */
  logger?: Logger;
}

/**
 * A carrier adapter that quotes offline from a rate card (core's `RateCard`: zod-validated JSON,
 * first weight plus additional weight steps by zone, chargeable weight by the card's divisor and
 * rounding, promised days by zone). It only quotes; a shipment the card cannot take (no lane,
 * over the weight limit) gets no quote, and the reason is logged rather than thrown.
 *
 * @param rateCard - The rate card as JSON; validated here.
 * @throws OmsError `invalid_input` naming the bad field of the rate card.
 * @example
 * const zto = createRateCardCarrier(syntheticRateCards.zto);
 * const [quote] = await zto.quote(shipment);
 */
export function createRateCardCarrier(
  rateCard: RateCardInput,
  options: RateCardCarrierOptions = {},
): CarrierAdapter & { quote: NonNullable<CarrierAdapter['quote']> } {
  const parsed = rateCardSchema.safeParse(rateCard);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalidInput(
      [
        'rateCard',
        ...(issue?.path ?? []).map((segment) => (typeof segment === 'symbol' ? String(segment) : segment)),
      ],
      issue?.message ?? 'invalid rate card',
    );
  }
  const card = parsed.data;
  const logger = options.logger ?? silentLogger;
  return {
    specificationVersion: 'v1',
    carrierCode: card.carrierCode,
    capabilities: {
      quote: true,
      createWaybill: false,
      track: false,
      cancel: false,
      push: false,
      multiParcel: false,
      cod: false,
      insurance: false,
    },
    async quote(request): Promise<readonly CarrierQuote[]> {
      checkShipmentRequest(request);
      const quote = quoteShipmentOnRateCard(card, request);
      if (!quote.ok) {
        logger.info('rate card cannot quote this shipment', {
          carrier: card.carrierCode,
          reason: quote.reason,
        });
        return [];
      }
      return [
        {
          carrierCode: card.carrierCode,
          ...(options.serviceCode === undefined ? {} : { serviceCode: options.serviceCode }),
          price: moneyFromFen(quote.priceFen),
          promisedDays: quote.promisedDays,
          chargeableWeightGrams: quote.chargeableWeightGrams,
        },
      ];
    },
  };
}
