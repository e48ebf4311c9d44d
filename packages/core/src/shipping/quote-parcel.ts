import type { ShippingZone } from '../region';
import { shippingZoneBetween } from '../region';
import { chargeableWeightGrams } from './chargeable-weight';
import type { RateCard, ZonePrice } from './rate-card';

/** The price terms that apply between an origin and a destination on one rate card. */
export interface ResolvedLane {
  /** The shipping zone of the pair (also when an explicit lane priced it). */
  readonly zone: ShippingZone;
  /** The zone or lane price that applies. */
  readonly price: ZonePrice;
  /** The remote surcharge added to every parcel on this lane, in fen. */
  readonly surchargeFen: number;
}

/**
 * The price terms of `card` from `originCode` to `destinationCode` (GB/T 2260 codes), or
 * `undefined` when the card serves neither an explicit lane nor the zone. Pure.
 */
export function resolveLane(
  card: RateCard,
  originCode: string,
  destinationCode: string,
): ResolvedLane | undefined {
  const zone = shippingZoneBetween(
    originCode,
    destinationCode,
    card.remoteCodes === undefined ? {} : { remoteCodes: card.remoteCodes },
  );
  const surchargeFen = zone === 'remote' ? card.remoteSurchargeFen : 0;
  const originProvince = `${originCode.slice(0, 2)}0000`;
  const destinationProvince = `${destinationCode.slice(0, 2)}0000`;
  for (const lane of card.lanes) {
    if (lane.originProvinceCodes !== undefined && !lane.originProvinceCodes.includes(originProvince))
      continue;
    if (!lane.destinationProvinceCodes.includes(destinationProvince)) continue;
    return { zone, price: lane, surchargeFen };
  }
  const price = card.zones[zone];
  return price === undefined ? undefined : { zone, price, surchargeFen };
}

/** The carrier price in fen of a parcel of `chargeableGrams` under `price`, before surcharges. */
export function priceByWeight(price: ZonePrice, chargeableGrams: number): number {
  const extra = chargeableGrams - price.firstWeightGrams;
  const steps = extra > 0 ? Math.ceil(extra / price.additionalStepGrams) : 0;
  return price.firstPriceFen + steps * price.additionalPriceFen;
}

/** What a parcel to quote weighs and holds. */
export interface ParcelToQuote {
  /** GB/T 2260 code of the shipping warehouse's province (or city, district). */
  readonly originCode: string;
  /** GB/T 2260 code of the destination. */
  readonly destinationCode: string;
  /** Actual weight in grams. */
  readonly weightGrams: number;
  /** Volume in cm³ (0 when unknown). */
  readonly volumeCm3?: number;
  /** Tags of the SKUs in it (`battery`), checked against the card's refused tags. */
  readonly tags?: readonly string[];
}

/** Why a carrier cannot take a parcel. */
export type QuoteRefusal = 'no_lane' | 'over_max_weight' | 'refuses_tag';

/** A carrier's price for a parcel, or why it cannot take it. */
export type ParcelQuote =
  | {
      readonly ok: true;
      readonly carrierCode: string;
      readonly zone: ShippingZone;
      readonly chargeableWeightGrams: number;
      /** Carrier price including any remote surcharge, in fen. */
      readonly priceFen: number;
      readonly promisedDays: number;
    }
  | {
      readonly ok: false;
      readonly carrierCode: string;
      readonly reason: QuoteRefusal;
      readonly detail: string;
    };

/**
 * Quotes one parcel on one rate card: chargeable weight (max of actual and volumetric, rounded
 * by the card's rule), the zone or lane price, plus the remote surcharge. Pure.
 */
export function quoteParcel(card: RateCard, parcel: ParcelToQuote): ParcelQuote {
  const carrierCode = card.carrierCode;
  const refused = parcel.tags?.find((tag) => card.refusedTags.includes(tag));
  if (refused !== undefined) {
    return {
      ok: false,
      carrierCode,
      reason: 'refuses_tag',
      detail: `${carrierCode} does not carry ${refused}`,
    };
  }
  const lane = resolveLane(card, parcel.originCode, parcel.destinationCode);
  if (lane === undefined) {
    return { ok: false, carrierCode, reason: 'no_lane', detail: `${carrierCode} has no price for this lane` };
  }
  const chargeable = chargeableWeightGrams(
    parcel.weightGrams,
    parcel.volumeCm3 ?? 0,
    card.volumetricDivisor,
    card.rounding,
  );
  if (card.maxWeightGrams !== undefined && chargeable > card.maxWeightGrams) {
    return {
      ok: false,
      carrierCode,
      reason: 'over_max_weight',
      detail: `${chargeable} g is over ${carrierCode}'s limit of ${card.maxWeightGrams} g`,
    };
  }
  return {
    ok: true,
    carrierCode,
    zone: lane.zone,
    chargeableWeightGrams: chargeable,
    priceFen: priceByWeight(lane.price, chargeable) + lane.surchargeFen,
    promisedDays: lane.price.promisedDays,
  };
}
