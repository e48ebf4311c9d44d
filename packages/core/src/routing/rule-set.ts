import { z } from 'zod';
import { carrierWeightsSchema } from '../shipping/carrier-score';
import { routingConditionSchema } from './rule-condition';

const id = z.string().min(1);

/**
 * A candidate that ships from `warehouse` with stock transferred (调拨) from `transferFrom`:
 * the transfer adds `transferCostFen` per parcel and `transferDays` to the promise.
 */
export const transferCandidateSchema = z.strictObject({
  warehouse: id,
  transferFrom: id,
  transferCostFen: z.number().int().nonnegative().default(0),
  transferDays: z.number().int().nonnegative().default(2),
});

/** A candidate warehouse: its id, or a transfer into it. */
export const candidateSchema = z.union([id, transferCandidateSchema]);

/** A candidate warehouse as written in a rule. */
export type RuleCandidate = z.input<typeof candidateSchema>;

/**
 * What a rule does when it matches:
 * - `warehouses`: candidates in priority order (all own warehouses when absent);
 * - `exclude`: warehouses never to use;
 * - `dropShip`: SKUs owned by a supplier ship from that supplier's warehouse;
 * - `carriers`: carriers allowed (`allow`, all contracted when absent) or denied;
 * - `hold`: hold the order for review instead of routing it.
 */
export const ruleActionSchema = z.strictObject({
  warehouses: z.array(candidateSchema).min(1).optional(),
  exclude: z.array(id).default([]),
  dropShip: z.boolean().default(false),
  carriers: z
    .strictObject({ allow: z.array(id).min(1).optional(), deny: z.array(id).default([]) })
    .optional(),
  hold: z.strictObject({ reason: z.string().min(1) }).optional(),
});

/** A rule's action, defaults applied. */
export type RuleAction = z.output<typeof ruleActionSchema>;

/** One rule: when its condition holds (always, when absent), its action applies. First match wins. */
export const routingRuleSchema = z.strictObject({
  id,
  description: z.string().optional(),
  when: routingConditionSchema.optional(),
  action: ruleActionSchema,
});

/** A routing rule, defaults applied. */
export type RoutingRule = z.output<typeof routingRuleSchema>;

/**
 * How the best plan among the candidates is chosen:
 * - `priority`: fewest parcels, then the earliest candidates in the rule's order, then cost;
 * - `nearest`: fewest parcels, then the nearest shipping zone, then cost;
 * - `fewest_parcels`: fewest parcels, then cost;
 * - `lowest_cost`: lowest landed cost (carrier prices, split cost, penalties).
 */
export const routingStrategySchema = z.enum(['priority', 'nearest', 'fewest_parcels', 'lowest_cost']);

/** A routing strategy. */
export type RoutingStrategy = z.output<typeof routingStrategySchema>;

/**
 * A versioned rule set, as JSON. Rules are tried in order and the first that matches decides
 * the candidates; `fallback` applies when none does.
 */
export const ruleSetSchema = z
  .strictObject({
    id: z.string().optional(),
    version: z.string().min(1),
    strategy: routingStrategySchema.default('priority'),
    carrierWeights: carrierWeightsSchema.default({ price: 1, days: 0, kpi: 0 }),
    rules: z.array(routingRuleSchema).default([]),
    fallback: ruleActionSchema.default({ exclude: [], dropShip: false }),
  })
  .superRefine((ruleSet, context) => {
    const seen = new Set<string>();
    for (const [index, rule] of ruleSet.rules.entries()) {
      if (seen.has(rule.id)) {
        context.addIssue({
          code: 'custom',
          path: ['rules', index, 'id'],
          message: `duplicate rule id ${rule.id}`,
        });
      }
      seen.add(rule.id);
    }
  });

/** A validated rule set, defaults applied. */
export type RuleSet = z.output<typeof ruleSetSchema>;

/** A rule set as written (defaults optional): what hosts store and send. */
export type RuleSetInput = z.input<typeof ruleSetSchema>;

/** One problem found in a rule set, with the path of the bad field. */
export interface RuleSetIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** The outcome of {@link parseRuleSet}. */
export type ParseRuleSetResult =
  | { readonly ok: true; readonly ruleSet: RuleSet }
  | { readonly ok: false; readonly issues: readonly RuleSetIssue[] };

/** Validates a rule set from JSON; a failure lists each problem with its path. Never throws. */
export function parseRuleSet(input: unknown): ParseRuleSetResult {
  const parsed = ruleSetSchema.safeParse(input);
  if (parsed.success) return { ok: true, ruleSet: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({
      path: issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment)),
      message: issue.message,
    })),
  };
}
