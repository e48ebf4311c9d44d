import type { Order } from '../schema';
import type { HoldContext, HoldFinding } from './hold-context';
import type { HoldRuleOf } from './holds-config';
import { matchKeywords, normalizeForKeywords } from './match-keywords';

const round4 = (value: number) => Math.round(value * 10_000) / 10_000;

/**
 * Compares what was paid for the goods (line `paid`, so shipping is left out) with the list
 * amount: the host's reference price per unit when given for the SKU, else the platform's unit
 * price. Lines in another currency than they were paid in are skipped.
 *
 * @internal
 */
export function findLowAmount(
  order: Order,
  context: HoldContext,
  rule: HoldRuleOf<'low_amount'>,
): HoldFinding[] {
  let paid = 0;
  let list = 0;
  let usedReferencePrices = false;
  const lowLines: string[] = [];
  for (const line of order.lines) {
    const reference = context.referencePrices?.[line.sellerSku];
    const unit = reference ?? line.unitPrice;
    if (unit.currency !== line.paid.currency || unit.amount <= 0) continue;
    usedReferencePrices ||= reference !== undefined;
    const lineList = unit.amount * line.quantity;
    paid += line.paid.amount;
    list += lineList;
    if (rule.perLine && line.paid.amount / lineList < rule.minPaidRatio) lowLines.push(line.lineId);
  }
  if (list === 0 || list < rule.minListAmountFen) return [];
  const ratio = paid / list;
  if (ratio >= rule.minPaidRatio && lowLines.length === 0) return [];
  const currency = order.totals.paid.currency;
  return [
    {
      reason: {
        code: 'low_amount',
        ratio: round4(ratio),
        minPaidRatio: rule.minPaidRatio,
        paid: { amount: paid, currency },
        list: { amount: list, currency },
        lineIds: lowLines,
        usedReferencePrices,
      },
      fingerprint: `${paid}/${list}`,
    },
  ];
}

/**
 * Looks for keywords in the buyer's message (and the seller's memo when configured). Only the
 * matched keywords go into the reason: the message itself may carry a phone number.
 *
 * @internal
 */
export function findMessageKeywords(order: Order, rule: HoldRuleOf<'message_keyword'>): HoldFinding[] {
  const matches: { field: 'buyerMessage' | 'sellerMemo'; keywords: string[] }[] = [];
  for (const field of rule.fields) {
    const text = normalizeForKeywords(order[field]);
    if (text === '') continue;
    const keywords = matchKeywords(text, rule.keywords);
    if (keywords.length > 0) matches.push({ field, keywords });
  }
  if (matches.length === 0) return [];
  const fingerprint = matches.map((match) => `${match.field}=${match.keywords.join('|')}`).join(',');
  return [{ reason: { code: 'message_keyword', matches }, fingerprint }];
}
