import { z } from 'zod';

const names = z.array(z.string().min(1)).min(1);
const bound = z.number().nonnegative();

/**
 * A condition of a routing rule, as JSON. Leaves test one fact of the order; `all`, `any` and
 * `not` combine them.
 *
 * - `province`, `city`, `district`: the destination, by GB/T 2260 code or name (`广东`, `440000`,
 *   `Guangdong`; cities and districts by code or exact name);
 * - `channel`, `shop`, `buyerTag`: the order's channel, shop id or tags;
 * - `sku`, `skuTag`: the SKUs or their catalogue tags; `match: 'any'` (default) holds when some
 *   line matches, `'every'` when all lines do;
 * - `amount` (paid, in fen), `weight` (grams), `volume` (cm³): inclusive bounds;
 * - `presale`, `cod`: flags of the order;
 * - `shipBy`: the promised ship-by time is at most `withinHours` after the context's `now`.
 */
export type RoutingCondition =
  | { type: 'province' | 'city' | 'district' | 'channel' | 'shop' | 'buyerTag'; in: string[] }
  | { type: 'sku' | 'skuTag'; in: string[]; match?: 'any' | 'every' | undefined }
  | { type: 'amount'; minFen?: number | undefined; maxFen?: number | undefined }
  | { type: 'weight'; minGrams?: number | undefined; maxGrams?: number | undefined }
  | { type: 'volume'; minCm3?: number | undefined; maxCm3?: number | undefined }
  | { type: 'presale' | 'cod'; is: boolean }
  | { type: 'shipBy'; withinHours: number }
  | { type: 'all' | 'any'; of: RoutingCondition[] }
  | { type: 'not'; of: RoutingCondition };

/** The zod schema of {@link RoutingCondition}; strict, so a misspelt key is an error at its path. */
export const routingConditionSchema: z.ZodType<RoutingCondition> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.strictObject({
      type: z.enum(['province', 'city', 'district', 'channel', 'shop', 'buyerTag']),
      in: names,
    }),
    z.strictObject({
      type: z.enum(['sku', 'skuTag']),
      in: names,
      match: z.enum(['any', 'every']).optional(),
    }),
    z.strictObject({ type: z.literal('amount'), minFen: bound.optional(), maxFen: bound.optional() }),
    z.strictObject({ type: z.literal('weight'), minGrams: bound.optional(), maxGrams: bound.optional() }),
    z.strictObject({ type: z.literal('volume'), minCm3: bound.optional(), maxCm3: bound.optional() }),
    z.strictObject({ type: z.enum(['presale', 'cod']), is: z.boolean() }),
    z.strictObject({ type: z.literal('shipBy'), withinHours: bound }),
    z.strictObject({ type: z.enum(['all', 'any']), of: z.array(routingConditionSchema).min(1) }),
    z.strictObject({ type: z.literal('not'), of: routingConditionSchema }),
  ]),
);
