import type { DomainEnv } from '../contracts/common';
import { invalidInput } from '../errors/oms-error';
import type { OrderEvent } from '../schema/events';
import type { Order } from '../schema/order';
import { diffOrders } from './diff-orders';
import { makeOrderEvent } from './make-order-event';
import { mergeOrderSnapshot } from './merge-order-snapshot';
import { orderFingerprint } from './order-fingerprint';
import { compareInstants } from './order-instants';
import { orderStatusEventType } from './order-status-event-type';

/**
 * What an upsert did:
 * - `created`: nothing was stored; store the incoming order.
 * - `updated`: store `order` (the merge); `events` lists what changed, and is empty when only
 *   `platformModifiedAt` advanced (the version must still be stored, so later older snapshots lose).
 * - `unchanged`: same version and same content; nothing to store.
 * - `stale`: the incoming snapshot is older than the stored order; nothing to store.
 */
export type UpsertOutcome = 'created' | 'updated' | 'unchanged' | 'stale';

/** The result of {@link upsertOrder}. */
export interface UpsertResult {
  readonly outcome: UpsertOutcome;
  /** What should be stored: the stored order itself for `unchanged` and `stale`. */
  readonly order: Order;
  /** Domain events for each real change, ids from `env.ids`, `at` from `env.clock`. */
  readonly events: OrderEvent[];
  /** Things a person may want to know (a status kept against the platform, a stale snapshot). */
  readonly notes: string[];
}

function created(incoming: Order, env: DomainEnv): UpsertResult {
  const events = [makeOrderEvent(env, 'order-created', incoming.id, { toStatus: incoming.status })];
  const statusEvent = orderStatusEventType(incoming.status);
  if (statusEvent !== undefined)
    events.push(makeOrderEvent(env, statusEvent, incoming.id, { toStatus: incoming.status }));
  return { outcome: 'created', order: incoming, events, notes: [] };
}

/**
 * Applies a platform snapshot of an order to what is stored, idempotently and monotonically. Pure:
 * neither input is mutated.
 *
 * 1. Nothing stored: `created`, with `order-created` and, when the order is already past
 *    `pending_payment`, the event of its status (`order-paid`, `order-shipped`, ...; `toStatus`
 *    set, no `fromStatus`).
 * 2. `incoming.platformModifiedAt` earlier than the stored one: `stale`; the stored order stays
 *    and nothing is emitted. An older snapshot never wins.
 * 3. Otherwise the snapshot is merged (see `mergeOrderSnapshot`: the platform is the authority,
 *    except that the status only moves forward along the lifecycle table, lifecycle timestamps are
 *    not erased, and a line's `shippedQuantity` never decreases). With the same
 *    `platformModifiedAt` and the same content ({@link orderFingerprint} of the merge equals the
 *    stored one's) the outcome is `unchanged` with no events, so applying an update twice changes
 *    nothing the second time.
 * 4. Else `updated`, with one event per real change (see `diffOrders`).
 *
 * An equal `platformModifiedAt` with different content is applied, not ignored: platforms report
 * modified times to the second, and two changes within one second are common (payment and the
 * risk check, a memo written right after an address change). A note records it. The cost is that
 * of two different snapshots carrying the same second, whichever arrives last wins.
 *
 * @throws OmsError `invalid_input` when the two orders have different ids, or a
 *   `platformModifiedAt` does not parse.
 */
export function upsertOrder(stored: Order | undefined, incoming: Order, env: DomainEnv): UpsertResult {
  if (stored === undefined) return created(incoming, env);
  if (stored.id !== incoming.id) {
    throw invalidInput(['id'], `cannot upsert order ${incoming.id} onto stored order ${stored.id}`);
  }
  const age = compareInstants(incoming.platformModifiedAt, stored.platformModifiedAt, ['platformModifiedAt']);
  if (age < 0) {
    const note = `stale: platformModifiedAt ${incoming.platformModifiedAt} is older than the stored ${stored.platformModifiedAt}`;
    return { outcome: 'stale', order: stored, events: [], notes: [note] };
  }
  const merged = mergeOrderSnapshot(stored, incoming);
  const sameContent = orderFingerprint(merged.order) === orderFingerprint(stored);
  if (age === 0 && sameContent)
    return { outcome: 'unchanged', order: stored, events: [], notes: merged.notes };
  const notes =
    age === 0
      ? [
          `same platformModifiedAt ${incoming.platformModifiedAt} with different content: applied`,
          ...merged.notes,
        ]
      : merged.notes;
  const events = sameContent
    ? []
    : diffOrders(stored, merged.order).map(({ type, ...details }) =>
        makeOrderEvent(env, type, stored.id, details),
      );
  return { outcome: 'updated', order: merged.order, events, notes };
}
