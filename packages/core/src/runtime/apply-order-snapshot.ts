import type { DomainEnv } from '../contracts/common';
import type { OrderStore } from '../contracts/stores';
import { OmsError } from '../errors/oms-error';
import { upsertOrder } from '../order/upsert-order';
import type { OrderEvent } from '../schema/events';
import type { Order } from '../schema/order';

/** What applying one platform snapshot did. */
export interface AppliedSnapshot {
  outcome: 'created' | 'updated' | 'unchanged' | 'stale';
  order: Order;
  previous: Order | undefined;
  events: OrderEvent[];
}

const maxAttempts = 8;

/** A write {@link applyOrderSnapshot} is about to attempt: the order and the revision it will get. */
export interface PlannedOrderWrite {
  readonly order: Order;
  readonly previous: Order | undefined;
  readonly events: readonly OrderEvent[];
  /** The revision the order gets if the compare-and-set succeeds. */
  readonly revision: number;
}

/** Hooks around each compare-and-set attempt (the runtime's write-ahead pipeline safety net). */
export interface ApplySnapshotHooks {
  /** Runs before each attempt to write; a throw stops the apply with nothing written. */
  beforeWrite?(planned: PlannedOrderWrite): Promise<void>;
  /** Runs after an attempt lost the compare-and-set to another writer (nothing was written). */
  afterLostWrite?(planned: PlannedOrderWrite): Promise<void>;
}

/**
 * Applies a platform snapshot through the pure upsert rules and a compare-and-set write, retrying
 * when another worker wrote the same order in between (the upsert is recomputed on what that
 * worker stored, so neither update is lost). Durable once it returns.
 */
export async function applyOrderSnapshot(
  store: OrderStore,
  incoming: Order,
  env: DomainEnv,
  hooks: ApplySnapshotHooks = {},
): Promise<AppliedSnapshot> {
  for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
    const stored = await store.get(incoming.id);
    const result = upsertOrder(stored?.value, incoming, env);
    if (result.outcome === 'unchanged' || result.outcome === 'stale') {
      return { outcome: result.outcome, order: result.order, previous: stored?.value, events: [] };
    }
    const planned: PlannedOrderWrite = {
      order: result.order,
      previous: stored?.value,
      events: result.events,
      revision: (stored?.revision ?? 0) + 1,
    };
    await hooks.beforeWrite?.(planned);
    const written = await store.put(result.order, stored?.revision ?? 0);
    if (written.ok) {
      return { outcome: result.outcome, order: result.order, previous: stored?.value, events: result.events };
    }
    await hooks.afterLostWrite?.(planned);
  }
  throw new OmsError('conflict', `order ${incoming.id} kept changing under concurrent writers`);
}
