import type { AfterSaleCase } from '../aftersales/after-sale-case';
import type { AfterSalePolicy } from '../aftersales/after-sale-policy';
import type { Clock, DomainEnv, Logger } from '../contracts/common';
import type { AfterSaleCaseStore, OmsStores, Revisioned } from '../contracts/stores';
import { OmsError } from '../errors/oms-error';
import type { Order } from '../schema/order';
import type { AfterSalesDeskOptions } from './after-sales-desk-types';

/** One effect as the desk enqueues it. */
export interface DeskEffect {
  readonly key: string;
  readonly kind: string;
  readonly payload: unknown;
}

/** What the parts of the desk share: stores, time and ids, policy, and the case writer. */
export interface DeskContext {
  readonly options: AfterSalesDeskOptions;
  readonly stores: OmsStores;
  readonly cases: AfterSaleCaseStore;
  readonly clock: Clock;
  readonly env: DomainEnv;
  readonly policy: AfterSalePolicy;
  readonly logger: Logger;
  /** Stores effects in the outbox, idempotent by key. */
  enqueue(effects: readonly DeskEffect[]): Promise<void>;
  /**
   * Writes the case (compare-and-set on `revision`) and mirrors its after-sale into the
   * after-sale store; false when another writer got there first (read again and retry).
   */
  save(next: AfterSaleCase, revision: number): Promise<boolean>;
  /** The stored order, or undefined. */
  orderOf(orderId: string): Promise<Order | undefined>;
  /**
   * Reads a case, lets `step` compute the next one, and writes it compare-and-set, retrying
   * from a fresh read when another writer got there first; a step without `next` writes
   * nothing. Enqueue effects after it returns, so a lost race never enqueues any.
   *
   * @throws OmsError `not_found` for a case that does not exist, `conflict` (retryable) after
   * `maxCasAttempts` lost races.
   */
  update<T>(
    afterSaleId: string,
    step: (stored: Revisioned<AfterSaleCase>) => Promise<{ next?: AfterSaleCase; result: T }>,
  ): Promise<T>;
}

/** Compare-and-set tries before the desk gives up on a case or an order. */
export const maxCasAttempts = 5;

/** The `conflict` thrown when concurrent writers kept winning; retryable. */
export function concurrentWriters(what: string): OmsError {
  return new OmsError('conflict', `${what}: concurrent writers, gave up after ${maxCasAttempts} tries`, {
    retryable: true,
  });
}

/** Builds the shared context of a desk. */
export function createDeskContext(
  options: AfterSalesDeskOptions,
  cases: AfterSaleCaseStore,
  env: DomainEnv,
  policy: AfterSalePolicy,
  logger: Logger,
): DeskContext {
  const { stores } = options;
  const enqueue: DeskContext['enqueue'] = async (effects) => {
    for (const effect of effects)
      await stores.outbox.enqueue(
        { key: effect.key, kind: effect.kind, payload: effect.payload },
        env.clock.now(),
      );
  };
  const save: DeskContext['save'] = async (next, revision) => {
    const written = await cases.put(next, revision);
    if (!written.ok) return false;
    // The after-sale store is a mirror for readers of the v1 contract; the case is the truth.
    for (let attempt = 0; attempt < maxCasAttempts; attempt += 1) {
      const stored = await stores.afterSales.get(next.afterSale.id);
      const mirrored = await stores.afterSales.put(next.afterSale, stored?.revision ?? 0);
      if (mirrored.ok) return true;
    }
    logger.warn('after-sale case saved, mirror in the after-sale store lost to other writers', {
      afterSaleId: next.afterSale.id,
    });
    return true;
  };
  return {
    options,
    stores,
    cases,
    clock: env.clock,
    env,
    policy,
    logger,
    enqueue,
    save,
    orderOf: async (orderId) => (await stores.orders.get(orderId))?.value,
    async update(afterSaleId, step) {
      for (let attempt = 0; attempt < maxCasAttempts; attempt += 1) {
        const stored = await cases.get(afterSaleId);
        if (stored === undefined) throw new OmsError('not_found', `no after-sale case ${afterSaleId}`);
        const { next, result } = await step(stored);
        if (next === undefined || (await save(next, stored.revision))) return result;
      }
      throw concurrentWriters(`after-sale ${afterSaleId}`);
    },
  };
}
