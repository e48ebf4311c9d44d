import { z } from 'zod';
import { idSchema, instantSchema, moneySchema } from '../schema';

/** The kinds of hold, one per interception rule plus `manual`. */
export const holdCodeSchema = z.enum([
  'velocity',
  'vague_address',
  'low_amount',
  'blacklist',
  'message_keyword',
  'address_changed',
  'refund_requested',
  'ship_blocked',
  'ship_by_missed',
  'manual',
]);

/** A kind of hold. */
export type HoldCode = z.infer<typeof holdCodeSchema>;

/** Every {@link HoldCode}. */
export const holdCodes: readonly HoldCode[] = holdCodeSchema.options;

/** What a velocity rule counts by: buyer token, receiver key, address hash or client IP. */
export const velocityDimensionSchema = z.enum(['buyer', 'receiver', 'address', 'ip']);

/** A velocity dimension. */
export type VelocityDimension = z.infer<typeof velocityDimensionSchema>;

/** Which blacklist an order matched. */
export const blacklistListSchema = z.enum([
  'buyer_token',
  'receiver_token',
  'phone_masked',
  'address_hash',
  'address_keyword',
  'ip',
]);

/** A blacklist name. */
export type BlacklistList = z.infer<typeof blacklistListSchema>;

/** One blacklist match; `entry` is the seller's list entry, left out for IPs. */
export const blacklistMatchSchema = z.object({ list: blacklistListSchema, entry: z.string().optional() });

/** A blacklist match. */
export type BlacklistMatch = z.infer<typeof blacklistMatchSchema>;

/**
 * Why an order is held: a union keyed on `code` with the details a person needs to decide.
 * Details never carry receiver PII in the clear: only masked text, opaque tokens, hashes, order
 * and line ids, and the keywords that matched (never the buyer's message itself, which may hold
 * a phone number).
 */
export const holdReasonSchema = z.discriminatedUnion('code', [
  z.object({
    code: z.literal('velocity'),
    dimension: velocityDimensionSchema,
    /** Orders in the window including this one. */
    count: z.number().int().positive(),
    maxOrders: z.number().int().positive(),
    windowMs: z.number().int().positive(),
    /** The other orders counted. */
    relatedOrderIds: z.array(idSchema),
  }),
  z.object({
    code: z.literal('vague_address'),
    /** Landmark words found (`门口`, `附近`, ...). */
    landmarks: z.array(z.string()),
    missingHouseNumber: z.boolean(),
    /** The street detail as the platform masked it. */
    detailMasked: z.string(),
  }),
  z.object({
    code: z.literal('low_amount'),
    /** paid / list, rounded to four decimals. */
    ratio: z.number(),
    minPaidRatio: z.number(),
    paid: moneySchema,
    list: moneySchema,
    /** Lines under the ratio on their own (with `perLine`). */
    lineIds: z.array(z.string()),
    /** Whether the host's reference prices were used instead of the platform's unit prices. */
    usedReferencePrices: z.boolean(),
  }),
  z.object({ code: z.literal('blacklist'), matches: z.array(blacklistMatchSchema) }),
  z.object({
    code: z.literal('message_keyword'),
    matches: z.array(
      z.object({ field: z.enum(['buyerMessage', 'sellerMemo']), keywords: z.array(z.string()) }),
    ),
  }),
  z.object({ code: z.literal('address_changed'), eventId: idSchema, changedAt: instantSchema }),
  z.object({
    code: z.literal('refund_requested'),
    lineIds: z.array(z.string()),
    eventIds: z.array(idSchema),
  }),
  z.object({ code: z.literal('ship_blocked'), platformStatus: z.string() }),
  z.object({
    code: z.literal('ship_by_missed'),
    shipBy: instantSchema,
    marginMs: z.number().int().nonnegative(),
  }),
  z.object({ code: z.literal('manual'), note: z.string().optional() }),
]);

/** Why an order is held. */
export type HoldReason = z.infer<typeof holdReasonSchema>;

/**
 * A hold on an order: plain, serialisable data (this schema validates it when read back from
 * storage). Active until `releasedAt` is set, explicitly (`releaseHold`) or by its timer
 * (`releaseDueHolds`, once `releaseAt` has passed).
 */
export const holdSchema = z.object({
  /** Unique id, from `env.ids`. */
  id: idSchema,
  orderId: idSchema,
  /** The config rule that placed it; absent for manual holds. */
  ruleId: z.string().optional(),
  /**
   * Deduplication key: `<ruleId>:<fingerprint>`. A rule does not place a second hold with a key
   * the order already has (active or released), so a released hold stays released on the next
   * evaluation unless what triggered it changed (a new event, other refunded lines, ...).
   */
  key: z.string().min(1),
  reason: holdReasonSchema,
  /** Who placed it: `system` for rules, the operator for manual holds. */
  placedBy: z.string().min(1),
  placedAt: instantSchema,
  /** When the timer releases it. */
  releaseAt: instantSchema.optional(),
  releasedAt: instantSchema.optional(),
  /** Operator id, or `timer`, or `system` when the condition cleared. */
  releasedBy: z.string().optional(),
});

/** A hold on an order. */
export type Hold = z.infer<typeof holdSchema>;
