import { expect } from 'vitest';
import type { MaybePromise } from '../contracts/common';
import type { InventoryStore, ReservationResult, StockChangeResult } from '../contracts/stores';
import { OmsError } from '../errors/oms-error';
import { createInventoryModel, modelReserve, modelRowKey } from './inventory-model';
import { callOf } from './inventory-model-calls';
import type { InventoryModelRawReaders, ModelNames } from './inventory-model-checks';
import { expectStoreMatchesModel } from './inventory-model-checks';
import type { FastCheck, ModelRequest, ModelScenario } from './inventory-model-scenario';
import { modelKeyCount, modelRowCount, modelScenarios } from './inventory-model-scenario';
import { baseTime } from './storage-conformance-helpers';

export type { InventoryModelRawReaders } from './inventory-model-checks';

/** A store for {@link runInventoryModel}, with raw readers and a cleanup when it has them. */
export interface InventoryModelSubject {
  /** The store under test. */
  readonly store: InventoryStore;
  /**
   * Readers of the persisted rows and reservations that bypass the store (recommended: without
   * them the model reads back through the store's own `getItem` and `listReservations`).
   */
  readonly raw?: InventoryModelRawReaders;
  /** Called after the run that used this store. */
  readonly cleanup?: () => MaybePromise<void>;
}

/** Options of {@link runInventoryModel}. */
export interface InventoryModelOptions {
  /** Random scenarios to run (default 100). */
  numRuns?: number;
  /** fast-check seed, to replay a failure. */
  seed?: number;
  /** Most steps per scenario (default 50). */
  maxSteps?: number;
  /**
   * Whether to drive channel quotas (quota changes, transfers, plans limited by them). Default:
   * when the store has `setChannelQuota`, `transferChannelQuota` and `listChannelQuotas`; `true`
   * insists on them.
   */
  quotas?: boolean;
  /** Prefix of every SKU, warehouse, key and order id the runs use (default unique per call). */
  prefix?: string;
}

let invocations = 0;

/**
 * The model-based property of the inventory pool, for any {@link InventoryStore}: random
 * interleavings of reserve (one to three lines, with or without a channel), deduct, release,
 * adjust and, when the store enforces quotas, quota changes and transfers between channels, with
 * keys sent again (the same request, or another one under a used key). Every result must equal a
 * simple reference model's, and after every step the store must hold what the model holds: on
 * hand and reserved never negative, reserved equal to the open reservations, no channel above
 * its quota, and no key applied twice (a repeat replays the first result and changes nothing;
 * another request under a used key is a `key_conflict`, or `conflict` thrown by `reserve`).
 *
 * `createStore` is called once per run. Each run uses its own SKUs, warehouses, keys and order
 * ids under a fresh prefix, so a factory may hand back the same store every time (a database
 * schema migrated once). Needs `fast-check`; throws fast-check's report (with the seed and the
 * shrunk scenario) when a run fails.
 *
 * @example
 * it('matches the model', () =>
 *   runInventoryModel(() => {
 *     const store = createMemoryInventoryStore();
 *     return { store, raw: store.raw };
 *   }, { numRuns: 200 }));
 */
export async function runInventoryModel(
  createStore: () => MaybePromise<InventoryStore | InventoryModelSubject>,
  options: InventoryModelOptions = {},
): Promise<void> {
  const fc = await loadFastCheck();
  invocations += 1;
  const prefix = options.prefix ?? `inventory-model-${invocations}`;
  // The first store decides whether quotas are driven; it also serves the first run.
  let pending: InventoryModelSubject | undefined = subjectOf(await createStore());
  const quotas = quotasOf(pending.store, options.quotas);
  let run = 0;
  await fc.assert(
    fc.asyncProperty(modelScenarios(fc, quotas, options.maxSteps ?? 50), async (scenario) => {
      run += 1;
      const subject = pending ?? subjectOf(await createStore());
      pending = undefined;
      try {
        await runScenario(subject, scenario, `${prefix}-${run}`, quotas);
      } finally {
        await subject.cleanup?.();
      }
    }),
    { numRuns: options.numRuns ?? 100, ...(options.seed === undefined ? {} : { seed: options.seed }) },
  );
  await pending?.cleanup?.();
}

async function loadFastCheck(): Promise<FastCheck> {
  try {
    return await import('fast-check');
  } catch (error) {
    throw new Error('runInventoryModel needs fast-check installed', { cause: error });
  }
}

function subjectOf(value: InventoryStore | InventoryModelSubject): InventoryModelSubject {
  return 'specificationVersion' in value ? { store: value } : value;
}

function quotasOf(store: InventoryStore, wanted: boolean | undefined): boolean {
  const methods = [store.setChannelQuota, store.transferChannelQuota, store.listChannelQuotas];
  const present = methods.filter((method) => method !== undefined).length;
  if (present !== 0 && present !== methods.length)
    throw new Error(
      'runInventoryModel: a store that enforces quotas has setChannelQuota, transferChannelQuota and listChannelQuotas',
    );
  if (wanted === true && present === 0)
    throw new Error('runInventoryModel: quotas: true, but the store has no quota methods');
  return wanted ?? present > 0;
}

async function runScenario(
  subject: InventoryModelSubject,
  scenario: ModelScenario,
  prefix: string,
  quotas: boolean,
): Promise<void> {
  const { store, raw } = subject;
  const skus = [`${prefix}:SKU-0`, `${prefix}:SKU-1`];
  const rows = Array.from({ length: modelRowCount + 1 }, (_, row) =>
    row === modelRowCount
      ? ([`${prefix}:SKU-none`, `${prefix}:wh-0`] as const)
      : ([skus[row >> 1] as string, `${prefix}:wh-${row & 1}`] as const),
  );
  const names: ModelNames = {
    rows,
    skus,
    orderIds: Array.from({ length: modelKeyCount }, (_, key) => `${prefix}:order-${key}`),
  };
  const model = createInventoryModel();
  for (const [index, stock] of scenario.stock.entries()) {
    const [sku, warehouseId] = rows[index] as readonly [string, string];
    await store.setStock({ sku, warehouseId, ...stock });
    model.rows.set(modelRowKey(sku, warehouseId), { ...stock, reserved: 0 });
  }
  const first = new Map<number, { signature: string; result: ReservationResult | StockChangeResult }>();
  const planIds = new Map<number, readonly string[]>();

  for (const [index, step] of scenario.steps.entries()) {
    const now = baseTime + index;
    const key = `${prefix}:key-${step.key}`;
    const request = scenario.requests[(step.key + step.borrow) % modelKeyCount] as ModelRequest;
    const call = callOf(request, {
      store,
      model,
      prefix,
      key,
      orderId: `${prefix}:order-${step.key}`,
      rows,
      skus,
      planIds,
    });
    const previous = first.get(step.key);
    if (previous !== undefined && previous.signature !== call.signature) {
      if (request.kind === 'reserve') {
        const thrown = await Promise.resolve()
          .then(() => call.send(now))
          .then(
            () => undefined,
            (error: unknown) => error,
          );
        expect(OmsError.isCode(thrown, 'conflict'), `reserve under used key ${key}: ${String(thrown)}`).toBe(
          true,
        );
      } else {
        expect(await call.send(now)).toEqual({ ok: false, reason: 'key_conflict', replayed: false });
      }
    } else {
      const actual = await call.send(now);
      if (previous !== undefined) {
        expect(actual, `replay of ${key}`).toEqual({ ...previous.result, replayed: true });
      } else {
        first.set(step.key, { signature: call.signature, result: actual });
        const expected = call.expected();
        if ('reserved' in expected) {
          const plan = expected.reserved;
          if (!actual.ok || !('reservations' in actual))
            throw new Error(`model: plan ${key} fits, the store said ${JSON.stringify(actual)}`);
          expect(actual.replayed).toBe(false);
          expect(
            actual.reservations.map(({ id: _id, createdAt: _c, updatedAt: _u, ...rest }) => rest),
          ).toEqual(
            plan.lines.map((line) => ({
              orderId: plan.orderId,
              lineId: line.lineId,
              sku: line.sku,
              warehouseId: line.warehouseId,
              ...(plan.channel === undefined ? {} : { channel: plan.channel }),
              quantity: line.quantity,
              deductedQuantity: 0,
              releasedQuantity: 0,
              state: 'open',
              idempotencyKey: plan.key,
            })),
          );
          const ids = actual.reservations.map((reservation) => reservation.id);
          expect(new Set(ids).size, 'one id per line').toBe(ids.length);
          modelReserve(model, plan, ids);
          planIds.set(step.key, ids);
        } else {
          expect(actual, `first result of ${key}`).toEqual(expected);
        }
      }
    }
    await expectStoreMatchesModel(store, raw, model, names, quotas);
  }
}
