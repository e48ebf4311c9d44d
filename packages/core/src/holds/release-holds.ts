import type { DomainEnv } from '../contracts';
import type { Hold } from './hold';

/** Who released a hold and when. */
export interface HoldRelease {
  /** Operator id, `timer` or `system`. */
  readonly by: string;
  /** ISO instant. */
  readonly at: string;
}

/** The result of {@link releaseHold}. */
export type ReleaseHoldResult =
  | { readonly ok: true; readonly hold: Hold }
  | { readonly ok: false; readonly reason: 'already_released'; readonly hold: Hold };

/** Releases a hold explicitly. Releasing twice is refused (the first release stands). Pure. */
export function releaseHold(hold: Hold, release: HoldRelease): ReleaseHoldResult {
  if (hold.releasedAt !== undefined) return { ok: false, reason: 'already_released', hold };
  return { ok: true, hold: { ...hold, releasedAt: release.at, releasedBy: release.by } };
}

/** True while a hold is in force: not released (and, when `at` is given, its timer not yet due). */
export function isHoldActive(hold: Hold, at?: string): boolean {
  if (hold.releasedAt !== undefined) return false;
  if (at === undefined || hold.releaseAt === undefined) return true;
  return Date.parse(hold.releaseAt) > Date.parse(at);
}

/**
 * Releases, by timer, every active hold whose `releaseAt` is at or before `now` (an ISO instant,
 * or epoch milliseconds as `env.clock.now()` gives them). Returns the whole list with those holds
 * updated, plus the ones just released. Pure.
 */
export function releaseDueHolds(
  holds: readonly Hold[],
  now: string | number,
): { readonly holds: Hold[]; readonly released: Hold[] } {
  const at = typeof now === 'number' ? new Date(now).toISOString() : now;
  const released: Hold[] = [];
  const updated = holds.map((hold) => {
    if (hold.releasedAt !== undefined || isHoldActive(hold, at)) return hold;
    const next = { ...hold, releasedAt: at, releasedBy: 'timer' };
    released.push(next);
    return next;
  });
  return { holds: updated, released };
}

/** The active holds, of one order when `orderId` is given. */
export function activeHolds(holds: readonly Hold[], orderId?: string): Hold[] {
  return holds.filter((hold) => isHoldActive(hold) && (orderId === undefined || hold.orderId === orderId));
}

/** True when the order (or, without `orderId`, any order in the list) has an active hold. */
export function isOrderHeld(holds: readonly Hold[], orderId?: string): boolean {
  return activeHolds(holds, orderId).length > 0;
}

/** The ids of orders with an active hold, sorted: what `canMergeOrders` takes as `heldOrderIds`. */
export function heldOrderIds(holds: readonly Hold[]): string[] {
  return [...new Set(activeHolds(holds).map((hold) => hold.orderId))].sort();
}

/** Options of {@link placeManualHold}. */
export interface ManualHoldOptions {
  /** The operator placing it. */
  readonly by: string;
  readonly note?: string;
  /** When set, the hold releases itself at this instant. */
  readonly releaseAt?: string;
}

/** A hold an operator places by hand. Id and time come from `env`. */
export function placeManualHold(orderId: string, options: ManualHoldOptions, env: DomainEnv): Hold {
  const id = env.ids.next('hold');
  return {
    id,
    orderId,
    key: `manual:${id}`,
    reason: { code: 'manual', ...(options.note === undefined ? {} : { note: options.note }) },
    placedBy: options.by,
    placedAt: new Date(env.clock.now()).toISOString(),
    ...(options.releaseAt === undefined ? {} : { releaseAt: options.releaseAt }),
  };
}
