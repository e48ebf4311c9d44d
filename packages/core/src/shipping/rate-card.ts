import { z } from 'zod';

const fen = z.number().int().nonnegative();
const provinceCode = z.string().regex(/^\d{6}$/, 'expected a six-digit GB/T 2260 code');

/**
 * How a rate card prices one zone or lane: a first-weight price (首重) covering
 * `firstWeightGrams`, then `additionalPriceFen` for every started `additionalStepGrams` (续重),
 * and the delivery time the carrier promises.
 */
export const zonePriceSchema = z.object({
  /** Weight covered by the first-weight price; default 1 kg. */
  firstWeightGrams: z.number().int().positive().default(1000),
  /** Price of the first weight, in fen. */
  firstPriceFen: fen,
  /** Price of each additional step, in fen. */
  additionalPriceFen: fen,
  /** The additional step; default 1 kg. */
  additionalStepGrams: z.number().int().positive().default(1000),
  /** Days from hand-over to delivery the carrier promises. */
  promisedDays: z.number().int().positive(),
});

/** Price of a zone or lane as the rate card states it. */
export type ZonePrice = z.output<typeof zonePriceSchema>;

/** A lane priced explicitly: from some origin provinces (or any) to some destination provinces. */
export const rateLaneSchema = zonePriceSchema.extend({
  /** Origin province codes; absent means any origin. */
  originProvinceCodes: z.array(provinceCode).optional(),
  /** Destination province codes. */
  destinationProvinceCodes: z.array(provinceCode).min(1),
});

/** An explicitly priced lane. */
export type RateLane = z.output<typeof rateLaneSchema>;

/**
 * How the chargeable weight is rounded before pricing: up to the next multiple of `stepGrams`,
 * except that an excess of at most `graceGrams` over a whole step is dropped (some carriers
 * charge 1.2 kg as 1 kg). Default: up to the next 100 g.
 */
export const weightRoundingSchema = z.object({
  stepGrams: z.number().int().positive().default(100),
  graceGrams: z.number().int().nonnegative().default(0),
});

/** Weight rounding rules of a rate card. */
export type WeightRounding = z.output<typeof weightRoundingSchema>;

const zonePricesSchema = z
  .object({
    same_province: zonePriceSchema,
    jiangzhehu: zonePriceSchema,
    adjacent: zonePriceSchema,
    same_region: zonePriceSchema,
    national: zonePriceSchema,
    remote: zonePriceSchema,
  })
  .partial();

/**
 * A carrier's offline rate card, as the carriers package produces it: plain data, validated by
 * zod. Prices are integer fen. A parcel is priced by the first lane in `lanes` that matches its
 * origin and destination province, else by its shipping zone (see `shippingZoneBetween`) in
 * `zones`; a zone the card leaves out is not served.
 */
export const rateCardSchema = z.object({
  /** The carrier's code (`sf`, `zto`, `jt`). */
  carrierCode: z.string().min(1),
  /** Volumetric divisor in cm³ per kg: volumetric kg = volume / divisor. Default 8000. */
  volumetricDivisor: z.number().positive().default(8000),
  /** Rounding of the chargeable weight. */
  rounding: weightRoundingSchema.default({ stepGrams: 100, graceGrams: 0 }),
  /** Prices per shipping zone. */
  zones: zonePricesSchema,
  /** Explicit lanes, checked before `zones`. */
  lanes: z.array(rateLaneSchema).default([]),
  /** Added to parcels to remote destinations, in fen. */
  remoteSurchargeFen: fen.default(0),
  /** The remote destinations of this card (province, city or district codes); default list when absent. */
  remoteCodes: z.array(provinceCode).optional(),
  /** Heaviest chargeable weight accepted, in grams. */
  maxWeightGrams: z.number().int().positive().optional(),
  /** SKU tags the carrier refuses to carry (`battery`, `cold_chain`). */
  refusedTags: z.array(z.string()).default([]),
});

/** A validated rate card (defaults applied). */
export type RateCard = z.output<typeof rateCardSchema>;

/** A rate card as written by hand or received as JSON (defaults optional). */
export type RateCardInput = z.input<typeof rateCardSchema>;
