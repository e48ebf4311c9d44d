import { addressHash } from '../order-merge';
import type { Order } from '../schema';
import { assessAddressDetail } from './assess-address-detail';
import type { BlacklistMatch } from './hold';
import type { HoldContext, HoldFinding } from './hold-context';
import type { HoldRuleOf } from './holds-config';
import { normalizeForKeywords } from './match-keywords';

/** @internal */
export function findVagueAddress(order: Order, rule: HoldRuleOf<'vague_address'>): HoldFinding[] {
  const detail = order.receiver.detailMasked;
  const assessment = assessAddressDetail(detail, rule);
  if (assessment.verdict !== 'vague' || detail === undefined) return [];
  return [
    {
      reason: {
        code: 'vague_address',
        landmarks: [...assessment.landmarks],
        missingHouseNumber: !assessment.hasHouseNumber,
        detailMasked: detail,
      },
      fingerprint: addressHash(order.receiver),
    },
  ];
}

const compact = normalizeForKeywords;

/** @internal */
export function findBlacklisted(
  order: Order,
  context: HoldContext,
  rule: HoldRuleOf<'blacklist'>,
): HoldFinding[] {
  const matches: BlacklistMatch[] = [];
  if (order.buyerToken !== undefined && rule.buyerTokens.includes(order.buyerToken)) {
    matches.push({ list: 'buyer_token', entry: order.buyerToken });
  }
  const tokens = Object.values(order.receiver.tokens).filter(
    (token): token is string => typeof token === 'string',
  );
  for (const token of tokens) {
    if (rule.receiverTokens.includes(token)) matches.push({ list: 'receiver_token', entry: token });
  }
  const phone = compact(order.receiver.phoneMasked);
  const phoneEntry = rule.phonesMasked.find((entry) => phone !== '' && compact(entry) === phone);
  if (phoneEntry !== undefined) matches.push({ list: 'phone_masked', entry: phoneEntry });
  const hash = addressHash(order.receiver);
  if (rule.addressHashes.includes(hash)) matches.push({ list: 'address_hash', entry: hash });
  const detail = compact(order.receiver.detailMasked);
  for (const keyword of rule.addressKeywords) {
    if (detail.includes(compact(keyword))) matches.push({ list: 'address_keyword', entry: keyword });
  }
  if (context.ip !== undefined && rule.ips.includes(context.ip)) matches.push({ list: 'ip' });
  if (matches.length === 0) return [];
  const fingerprint = matches.map((match) => `${match.list}=${match.entry ?? ''}`).join(',');
  return [{ reason: { code: 'blacklist', matches }, fingerprint }];
}
