import { z } from 'zod';

const rate = z.number().min(0).max(1);

/** A carrier's service record, each a fraction between 0 and 1. */
export const carrierKpiSchema = z.object({
  onTimeRate: rate,
  deliverySuccessRate: rate,
  damageRate: rate,
  complaintRate: rate,
});

/** Carrier KPIs (on-time, delivery success, damage and complaint rates). */
export type CarrierKpi = z.output<typeof carrierKpiSchema>;

/**
 * How carriers are scored: weights of price (relative to the cheapest), promised days
 * (relative to the fastest) and service quality (1 - KPI quality). Lower scores win. The
 * default weighs price only, so the cheapest carrier wins.
 */
export const carrierWeightsSchema = z.object({
  price: z.number().nonnegative().default(1),
  days: z.number().nonnegative().default(0),
  kpi: z.number().nonnegative().default(0),
});

/** Carrier scoring weights. */
export type CarrierWeights = z.output<typeof carrierWeightsSchema>;

/** The default weights: price only. */
export const defaultCarrierWeights: CarrierWeights = Object.freeze({ price: 1, days: 0, kpi: 0 });

/**
 * Service quality in [0, 1] from KPIs: the mean of on-time rate, delivery success rate,
 * 1 - damage rate and 1 - complaint rate. A carrier without KPIs counts as 0.9, neither
 * rewarded nor heavily punished for being new.
 */
export function kpiQuality(kpi: CarrierKpi | undefined): number {
  if (kpi === undefined) return 0.9;
  return (kpi.onTimeRate + kpi.deliverySuccessRate + (1 - kpi.damageRate) + (1 - kpi.complaintRate)) / 4;
}

/** One carrier's offer for a parcel, as the score reads it. */
export interface CarrierOffer {
  readonly carrierCode: string;
  /** Landed price of the parcel with this carrier, in fen (price plus any penalties). */
  readonly costFen: number;
  readonly promisedDays: number;
  /** KPI quality in [0, 1] (see {@link kpiQuality}). */
  readonly quality: number;
}

/**
 * The weighted score of one offer among offers whose cheapest cost is `minCostFen` and fastest
 * promise is `minDays`. Lower is better. Pure.
 */
export function carrierScore(
  offer: CarrierOffer,
  weights: CarrierWeights,
  minCostFen: number,
  minDays: number,
): number {
  const price = minCostFen > 0 ? offer.costFen / minCostFen : offer.costFen === 0 ? 1 : 2;
  const days = minDays > 0 ? offer.promisedDays / minDays : 1;
  return weights.price * price + weights.days * days + weights.kpi * (1 - offer.quality);
}

/** Offers ranked by score, best first, each with its score. */
export interface RankedOffer extends CarrierOffer {
  readonly score: number;
}

/**
 * Ranks carrier offers for one parcel by {@link carrierScore}, best first; ties go to the lower
 * cost, then the carrier code. Pure; returns `[]` for no offers.
 */
export function rankCarrierOffers(offers: readonly CarrierOffer[], weights: CarrierWeights): RankedOffer[] {
  if (offers.length === 0) return [];
  let minCost = Number.POSITIVE_INFINITY;
  let minDays = Number.POSITIVE_INFINITY;
  for (const offer of offers) {
    minCost = Math.min(minCost, offer.costFen);
    minDays = Math.min(minDays, offer.promisedDays);
  }
  return offers
    .map((offer) => ({ ...offer, score: carrierScore(offer, weights, minCost, minDays) }))
    .sort(
      (a, b) =>
        a.score - b.score ||
        a.costFen - b.costFen ||
        (a.carrierCode < b.carrierCode ? -1 : a.carrierCode > b.carrierCode ? 1 : 0),
    );
}
