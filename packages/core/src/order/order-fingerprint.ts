import type { Order, OrderLine } from '../schema/order';
import { canonicalJson } from './canonical-json';

function byLineId(a: OrderLine, b: OrderLine): number {
  if (a.lineId < b.lineId) return -1;
  return a.lineId > b.lineId ? 1 : 0;
}

/**
 * A stable string that is equal for two orders exactly when their content is equal: every field
 * except `platformModifiedAt` (the version, compared on its own by `upsertOrder`), written with
 * sorted keys, with lines ordered by `lineId` and tags sorted (neither order carries meaning), and
 * with an optional field that is absent equal to one that is `undefined`. Not a cryptographic hash:
 * compare it, don't publish it.
 */
export function orderFingerprint(order: Order): string {
  return canonicalJson({
    ...order,
    platformModifiedAt: undefined,
    lines: [...order.lines].sort(byLineId),
    tags: [...order.tags].sort(),
  });
}
