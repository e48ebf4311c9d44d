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

/**
 * Applies a platform snapshot through the pure upsert rules and a compare-and-set write, retrying
 * when another worker wrote the same order in between (the upsert is recomputed on what that
 * worker stored, so neither update is lost). Durable once it returns.
 */
export async function applyOrderSnapshot(
  store: OrderStore,
  incoming: Order,
  env: DomainEnv,
): Promise<AppliedSnapshot> {
  for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
    const stored = await store.get(incoming.id);
    const result = upsertOrder(stored?.value, incoming, env);
    if (result.outcome === 'unchanged' || result.outcome === 'stale') {
      return { outcome: result.outcome, order: result.order, previous: stored?.value, events: [] };
    }
    const written = await store.put(result.order, stored?.revision ?? 0);
    if (written.ok) {
      return { outcome: result.outcome, order: result.order, previous: stored?.value, events: result.events };
    }
  }
  throw new OmsError('conflict', `order ${incoming.id} kept changing under concurrent writers`);
}
