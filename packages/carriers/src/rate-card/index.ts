/**
 * `@omskit/carriers/rate-card`: offline quotes from rate cards (core's `RateCard` schema), and
 * synthetic example cards.
 *
 * @module
 */
export { quoteShipmentOnRateCard, type RateCardShipmentQuote } from './quote-shipment-on-rate-card';
export { createRateCardCarrier, type RateCardCarrierOptions } from './rate-card-carrier';
export { syntheticRateCards } from './synthetic-rate-cards';
