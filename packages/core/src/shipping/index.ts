/**
 * Shipping: rate cards as plain data, chargeable weight, parcel quotes by zone or lane, and
 * carrier choice by a weighted score of price, promised days and KPIs. Pure; part of
 * `@omskit/core`.
 *
 * @module
 */

export type { CarrierKpi, CarrierOffer, CarrierWeights, RankedOffer } from './carrier-score';
export {
  carrierKpiSchema,
  carrierScore,
  carrierWeightsSchema,
  defaultCarrierWeights,
  kpiQuality,
  rankCarrierOffers,
} from './carrier-score';
export { chargeableWeightGrams, roundChargeableWeight, volumetricWeightGrams } from './chargeable-weight';
export type { ParcelQuote, ParcelToQuote, QuoteRefusal, ResolvedLane } from './quote-parcel';
export { priceByWeight, quoteParcel, resolveLane } from './quote-parcel';
export type { RateCard, RateCardInput, RateLane, WeightRounding, ZonePrice } from './rate-card';
export { rateCardSchema, rateLaneSchema, weightRoundingSchema, zonePriceSchema } from './rate-card';
