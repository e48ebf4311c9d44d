import type { AfterSale } from '../schema/after-sale';
import type { AutoCheckVerdict } from './after-sale-event';
import { type AfterSalePolicy, defaultAfterSalePolicy } from './after-sale-policy';
import {
  type AfterSaleFacts,
  type AfterSaleGuardResult,
  checkAfterSaleGuards,
} from './check-after-sale-guards';

/** The auto-decision with the guard results that led to it. */
export interface AfterSaleAutoDecision extends AutoCheckVerdict {
  readonly guards: readonly AfterSaleGuardResult[];
}

const failed = (guards: readonly AfterSaleGuardResult[], name: AfterSaleGuardResult['guard']) =>
  guards.find((result) => result.guard === name && result.outcome === 'fail');

/**
 * Applies the auto-decision rules, in this order, and names the one that decided:
 *
 * 1. `quantity_exceeded` / `amount_exceeded`: refuse what can never be granted.
 * 2. `outside_return_window`: refuse when the window passed (if `autoRefuseOutsideWindow`).
 * 3. `opened_goods` / `unopened_unknown`: a person decides.
 * 4. `not_received_carrier_loss`: approve a "not received" reason once the carrier reported a loss.
 * 5. `trusted_buyer`: approve a trusted buyer's request up to `trustedBuyerMaxFen`.
 * 6. `under_amount`: approve the `autoApproveTypes` at or under `autoApproveMaxFen`.
 * 7. `manual`: none applied.
 *
 * Pure: every input is data, the verdict carries its reason.
 */
export function decideAfterSale(
  afterSale: AfterSale,
  facts: AfterSaleFacts,
  policy: AfterSalePolicy = defaultAfterSalePolicy,
  nowMs: number = Date.parse(afterSale.createdAt),
): AfterSaleAutoDecision {
  const guards = checkAfterSaleGuards(afterSale, facts, policy, nowMs);
  const verdict = (v: AutoCheckVerdict['verdict'], rule: string, reason: string): AfterSaleAutoDecision => ({
    verdict: v,
    rule,
    reason,
    guards,
  });
  const quantity = failed(guards, 'quantity');
  if (quantity !== undefined) return verdict('refuse', 'quantity_exceeded', quantity.reason);
  const amount = failed(guards, 'amount');
  if (amount !== undefined) return verdict('refuse', 'amount_exceeded', amount.reason);
  const window = failed(guards, 'return_window');
  if (window !== undefined && policy.autoRefuseOutsideWindow)
    return verdict('refuse', 'outside_return_window', window.reason);
  const unopened = guards.find((result) => result.guard === 'unopened');
  if (unopened?.outcome === 'fail') return verdict('manual', 'opened_goods', unopened.reason);
  if (unopened?.outcome === 'unknown') return verdict('manual', 'unopened_unknown', unopened.reason);
  if (window !== undefined) return verdict('manual', 'outside_return_window', window.reason);

  const fen = afterSale.refundAmount.amount;
  const reason = afterSale.reason ?? '';
  if ((policy.notReceivedReasons ?? []).includes(reason) && facts.carrierReportedLoss === true)
    return verdict(
      'approve',
      'not_received_carrier_loss',
      `buyer says "${reason}" and the carrier reported the parcel lost`,
    );
  const buyer = facts.order.buyerToken;
  if (
    buyer !== undefined &&
    (policy.trustedBuyers ?? []).includes(buyer) &&
    fen <= (policy.trustedBuyerMaxFen ?? 0)
  )
    return verdict(
      'approve',
      'trusted_buyer',
      `trusted buyer, ${fen} fen within ${policy.trustedBuyerMaxFen ?? 0}`,
    );
  const types = policy.autoApproveTypes ?? defaultAfterSalePolicy.autoApproveTypes ?? [];
  if (
    policy.autoApproveMaxFen !== undefined &&
    fen <= policy.autoApproveMaxFen &&
    types.includes(afterSale.type)
  )
    return verdict(
      'approve',
      'under_amount',
      `${fen} fen at or under ${policy.autoApproveMaxFen} for ${afterSale.type}`,
    );
  return verdict('manual', 'manual', 'no auto-decision rule applied');
}
