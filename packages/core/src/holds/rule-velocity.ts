import type { Order } from '../schema';
import type { HoldContext, HoldFinding } from './hold-context';
import type { HoldRuleOf } from './holds-config';
import { velocityEntryOf, velocityKey } from './velocity-state';

/**
 * Counts the orders sharing this order's key in the window `(placed - windowMs, placed]`, this
 * order included once whether or not the history already has it.
 *
 * @internal
 */
export function findVelocity(
  order: Order,
  context: HoldContext,
  rule: HoldRuleOf<'velocity'>,
): HoldFinding[] {
  const key = velocityKey(velocityEntryOf(order, context.ip), rule.dimension);
  if (key === undefined) return [];
  const placed = Date.parse(order.createdAt);
  const related = (context.velocity?.entries ?? []).filter((entry) => {
    if (entry.orderId === order.id || velocityKey(entry, rule.dimension) !== key) return false;
    const at = Date.parse(entry.at);
    return at > placed - rule.windowMs && at <= placed;
  });
  const count = related.length + 1;
  if (count <= rule.maxOrders) return [];
  const relatedOrderIds = [...new Set(related.map((entry) => entry.orderId))].sort();
  return [
    {
      reason: {
        code: 'velocity',
        dimension: rule.dimension,
        count,
        maxOrders: rule.maxOrders,
        windowMs: rule.windowMs,
        relatedOrderIds,
      },
      fingerprint: rule.dimension,
    },
  ];
}
