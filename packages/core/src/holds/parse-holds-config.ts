import { formatPath, invalidInput } from '../errors/oms-error';
import { type HoldsConfig, type HoldsConfigInput, holdsConfigSchema } from './holds-config';

/** One problem in a holds config, with the path of the bad field. */
export interface HoldsConfigIssue {
  readonly path: readonly (string | number)[];
  /** The path as text: `rules[2].maxOrders`. */
  readonly pathText: string;
  readonly message: string;
}

/** The result of {@link safeParseHoldsConfig}. */
export type ParseHoldsConfigResult =
  | { readonly ok: true; readonly config: HoldsConfig }
  | { readonly ok: false; readonly issues: readonly HoldsConfigIssue[] };

/** Validates a holds config (parsed JSON) and fills defaults; every problem names its path. */
export function safeParseHoldsConfig(input: unknown): ParseHoldsConfigResult {
  const parsed = holdsConfigSchema.safeParse(input);
  if (parsed.success) return { ok: true, config: parsed.data };
  const issues = parsed.error.issues.map((issue) => {
    const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
    return { path, pathText: formatPath(path), message: issue.message };
  });
  return { ok: false, issues };
}

/**
 * Validates a holds config like {@link safeParseHoldsConfig} but throws an `invalid_input`
 * `OmsError` whose path is the first bad field and whose message lists every problem.
 */
export function parseHoldsConfig(input: unknown): HoldsConfig {
  const result = safeParseHoldsConfig(input);
  if (result.ok) return result.config;
  const first = result.issues[0];
  const summary = result.issues.map((issue) => `${issue.pathText}: ${issue.message}`).join('; ');
  throw invalidInput(first?.path ?? [], `invalid holds config (${summary})`, { rawPayload: input });
}

const hour = 60 * 60 * 1000;

/**
 * A sensible starting config: velocity per buyer, receiver and address (5 orders a day), vague
 * addresses, paid under 30% of list, the default message keywords, upstream address changes
 * and refund requests, platform ship blocks and ship-by deadlines within 2 hours. No blacklist
 * (add your own) and no IP velocity (most platforms do not give the IP).
 */
export const defaultHoldsConfigInput: HoldsConfigInput = {
  specificationVersion: 'v1',
  rules: [
    { id: 'velocity-buyer', type: 'velocity', dimension: 'buyer', maxOrders: 5, windowMs: 24 * hour },
    { id: 'velocity-receiver', type: 'velocity', dimension: 'receiver', maxOrders: 5, windowMs: 24 * hour },
    { id: 'velocity-address', type: 'velocity', dimension: 'address', maxOrders: 8, windowMs: 24 * hour },
    { id: 'vague-address', type: 'vague_address' },
    { id: 'low-amount', type: 'low_amount', minPaidRatio: 0.3, minListAmountFen: 1000 },
    { id: 'message-keywords', type: 'message_keyword' },
    { id: 'address-changed', type: 'address_changed' },
    { id: 'refund-requested', type: 'refund_requested' },
    { id: 'ship-blocked', type: 'ship_blocked' },
    { id: 'ship-by', type: 'ship_by_missed', marginMs: 2 * hour },
  ],
};

/** {@link defaultHoldsConfigInput}, validated. */
export function defaultHoldsConfig(): HoldsConfig {
  return parseHoldsConfig(defaultHoldsConfigInput);
}
