import type { AfterSaleStatus, AfterSaleType } from '../schema/after-sale';
import type { AfterSaleEventType } from './after-sale-event';
import { type AfterSaleTarget, afterSaleTransitions } from './after-sale-transitions';

/** One step of a path through the table. */
export interface AfterSalePathStep {
  readonly from: AfterSaleStatus;
  readonly event: AfterSaleEventType;
  readonly target: AfterSaleTarget;
}

/**
 * The shortest path of events from `from` to `to` in the machine of `type` (breadth first, ties
 * broken by table order); `[]` when `from === to`; undefined when `to` cannot be reached.
 */
export function findAfterSalePath(
  type: AfterSaleType,
  from: AfterSaleStatus,
  to: AfterSaleStatus,
): AfterSalePathStep[] | undefined {
  if (from === to) return [];
  const machine = afterSaleTransitions[type];
  const previous = new Map<AfterSaleStatus, AfterSalePathStep>();
  const queue: AfterSaleStatus[] = [from];
  const seen = new Set<AfterSaleStatus>([from]);
  while (queue.length > 0) {
    const status = queue.shift() as AfterSaleStatus;
    for (const [event, target] of Object.entries(machine[status] ?? {}) as [
      AfterSaleEventType,
      AfterSaleTarget,
    ][]) {
      if (seen.has(target.to)) continue;
      seen.add(target.to);
      previous.set(target.to, { from: status, event, target });
      if (target.to === to) {
        const path: AfterSalePathStep[] = [];
        for (let step = previous.get(to); step !== undefined; step = previous.get(step.from)) {
          path.unshift(step);
          if (step.from === from) break;
        }
        return path;
      }
      queue.push(target.to);
    }
  }
  return undefined;
}

/** Every status reachable from `from` in the machine of `type`, `from` included. */
export function reachableAfterSaleStatuses(type: AfterSaleType, from: AfterSaleStatus): Set<AfterSaleStatus> {
  const machine = afterSaleTransitions[type];
  const seen = new Set<AfterSaleStatus>([from]);
  const queue: AfterSaleStatus[] = [from];
  while (queue.length > 0) {
    const status = queue.shift() as AfterSaleStatus;
    for (const target of Object.values(machine[status] ?? {})) {
      if (target === undefined || seen.has(target.to)) continue;
      seen.add(target.to);
      queue.push(target.to);
    }
  }
  return seen;
}
