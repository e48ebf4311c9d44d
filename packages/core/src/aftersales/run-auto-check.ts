import type { DomainEnv } from '../contracts/common';
import type { AfterSaleCase } from './after-sale-case';
import type { AfterSaleEffect } from './after-sale-effect';
import { type AfterSalePolicy, defaultAfterSalePolicy } from './after-sale-policy';
import type { AfterSaleFacts } from './check-after-sale-guards';
import { type AfterSaleAutoDecision, decideAfterSale } from './decide-after-sale';
import { type TransitionAfterSaleResult, transitionAfterSale } from './transition-after-sale';

/** The case after the automatic check, with the decision and every effect it raised. */
export type AutoCheckResult =
  | {
      readonly ok: true;
      readonly afterSaleCase: AfterSaleCase;
      readonly decision: AfterSaleAutoDecision;
      readonly effects: AfterSaleEffect[];
    }
  | Extract<TransitionAfterSaleResult, { ok: false }>;

/**
 * Runs the auto-decision on a requested after-sale: records the verdict (`check`, to
 * `auto_checked`) and, when a rule decided, applies it (`approve` or `refuse`, by `auto`, with the
 * rule's reason). A `manual` verdict leaves the case in `auto_checked` for a person.
 */
export function runAutoCheck(
  afterSaleCase: AfterSaleCase,
  facts: AfterSaleFacts,
  env: DomainEnv,
  policy: AfterSalePolicy = defaultAfterSalePolicy,
): AutoCheckResult {
  const nowMs = env.clock.now();
  const decision = decideAfterSale(afterSaleCase.afterSale, facts, policy, nowMs);
  const { verdict, rule, reason } = decision;
  const checked = transitionAfterSale(
    afterSaleCase,
    { type: 'check', verdict: { verdict, rule, reason } },
    env,
  );
  if (!checked.ok) return checked;
  if (verdict === 'manual')
    return { ok: true, afterSaleCase: checked.afterSaleCase, decision, effects: checked.effects };
  const answered = transitionAfterSale(
    checked.afterSaleCase,
    verdict === 'approve'
      ? { type: 'approve', by: 'auto', reason: `${rule}: ${reason}` }
      : { type: 'refuse', by: 'auto', reason: `${rule}: ${reason}` },
    env,
  );
  if (!answered.ok) return answered;
  return {
    ok: true,
    afterSaleCase: answered.afterSaleCase,
    decision,
    effects: [...checked.effects, ...answered.effects],
  };
}
