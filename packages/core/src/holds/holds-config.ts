import { z } from 'zod';
import {
  defaultHouseNumberMarkers,
  defaultLandmarkKeywords,
  defaultMessageKeywords,
} from './default-keywords';
import { velocityDimensionSchema } from './hold';

const keywordList = z.array(z.string().min(1));

/** Fields every rule has: a unique id, an on/off switch and an optional release timer. */
const ruleBase = {
  /** Unique within the config; holds record it as `ruleId`. */
  id: z.string().min(1),
  /** Off rules are kept in the config but not evaluated. Default true. */
  enabled: z.boolean().default(true),
  /** When set, holds from this rule release themselves this long after being placed. */
  releaseAfterMs: z.number().int().positive().optional(),
};

/** Too many orders per buyer, receiver, address or IP within a window. */
export const velocityRuleSchema = z.strictObject({
  ...ruleBase,
  type: z.literal('velocity'),
  dimension: velocityDimensionSchema,
  /** Orders allowed in the window, this one included; one more places a hold. */
  maxOrders: z.number().int().positive(),
  windowMs: z.number().int().positive(),
});

/** Street detail with landmarks instead of an address, or no house number. */
export const vagueAddressRuleSchema = z.strictObject({
  ...ruleBase,
  type: z.literal('vague_address'),
  landmarkKeywords: keywordList.default([...defaultLandmarkKeywords]),
  houseNumberMarkers: keywordList.default([...defaultHouseNumberMarkers]),
  /** Hold clear-text details without any house number even with no landmark. Default true. */
  requireHouseNumber: z.boolean().default(true),
});

/** Paid far below list price (a mispriced listing, stacked coupons). */
export const lowAmountRuleSchema = z.strictObject({
  ...ruleBase,
  type: z.literal('low_amount'),
  /** Hold when paid / list falls below this (0.3 = paid less than 30% of list). */
  minPaidRatio: z.number().gt(0).max(1),
  /** Ignore orders whose list amount is below this many fen (cheap items, samples). Default 0. */
  minListAmountFen: z.number().int().nonnegative().default(0),
  /** Also check each line on its own (gift lines at zero will match, so default false). */
  perLine: z.boolean().default(false),
});

/** The seller's blacklists. */
export const blacklistRuleSchema = z.strictObject({
  ...ruleBase,
  type: z.literal('blacklist'),
  buyerTokens: z.array(z.string().min(1)).default([]),
  /** Receiver tokens: oaid or platform ciphertexts. */
  receiverTokens: z.array(z.string().min(1)).default([]),
  /** Masked phones (`138****0000`); coarse, many people share one mask. */
  phonesMasked: z.array(z.string().min(1)).default([]),
  /** Values of `addressHash` for known bad addresses. */
  addressHashes: z.array(z.string().min(1)).default([]),
  /** Fragments of masked street detail (`菜鸟驿站代收`). */
  addressKeywords: keywordList.default([]),
  ips: z.array(z.string().min(1)).default([]),
});

/** Keywords in the buyer's message (or the seller's memo). */
export const messageKeywordRuleSchema = z.strictObject({
  ...ruleBase,
  type: z.literal('message_keyword'),
  keywords: keywordList.default([...defaultMessageKeywords]),
  fields: z
    .array(z.enum(['buyerMessage', 'sellerMemo']))
    .min(1)
    .default(['buyerMessage']),
});

/** The platform reported an address change after payment. */
export const addressChangedRuleSchema = z.strictObject({ ...ruleBase, type: z.literal('address_changed') });

/** The buyer asked for a refund on an unshipped order. */
export const refundRequestedRuleSchema = z.strictObject({ ...ruleBase, type: z.literal('refund_requested') });

/** The platform forbids shipping for now (Taobao paid-but-must-not-ship, group buy not formed). */
export const shipBlockedRuleSchema = z.strictObject({ ...ruleBase, type: z.literal('ship_blocked') });

/** The ship-by deadline has passed, or is within `marginMs`. */
export const shipByMissedRuleSchema = z.strictObject({
  ...ruleBase,
  type: z.literal('ship_by_missed'),
  marginMs: z.number().int().nonnegative().default(0),
});

/** One hold rule, keyed on `type` (the code of the holds it places). */
export const holdRuleSchema = z.discriminatedUnion('type', [
  velocityRuleSchema,
  vagueAddressRuleSchema,
  lowAmountRuleSchema,
  blacklistRuleSchema,
  messageKeywordRuleSchema,
  addressChangedRuleSchema,
  refundRequestedRuleSchema,
  shipBlockedRuleSchema,
  shipByMissedRuleSchema,
]);

/** The holds configuration: JSON a seller can edit, a list of rules with unique ids. */
export const holdsConfigSchema = z
  .strictObject({
    specificationVersion: z.literal('v1').default('v1'),
    rules: z.array(holdRuleSchema),
  })
  .superRefine((config, context) => {
    const seen = new Set<string>();
    for (const [index, rule] of config.rules.entries()) {
      if (seen.has(rule.id)) {
        context.addIssue({
          code: 'custom',
          path: ['rules', index, 'id'],
          message: `duplicate rule id "${rule.id}"`,
        });
      }
      seen.add(rule.id);
    }
  });

/** A validated holds configuration, defaults filled in. */
export type HoldsConfig = z.output<typeof holdsConfigSchema>;
/** A holds configuration as written (defaults optional). */
export type HoldsConfigInput = z.input<typeof holdsConfigSchema>;
/** One validated rule. */
export type HoldRule = z.output<typeof holdRuleSchema>;
/** A validated rule of one type. */
export type HoldRuleOf<T extends HoldRule['type']> = Extract<HoldRule, { type: T }>;
