import type { Order } from '../schema/order';
import { type AppliedSnapshot, applyOrderSnapshot, type PlannedOrderWrite } from './apply-order-snapshot';
import { pipelineRetryEffectKind, runPipeline } from './run-pipeline';
import type { RuntimeDeps } from './runtime-deps';

/** The outbox key of the safety-net re-run for one write of an order. */
export function pipelineRecoveryKey(planned: Pick<PlannedOrderWrite, 'order' | 'revision'>): string {
  return `pipeline:recover:${planned.order.id}:${planned.revision}:${planned.order.platformModifiedAt}`;
}

/**
 * Stores a platform snapshot through the upsert rules and, when it created or changed the order,
 * runs the pipeline on it. Every path that brings orders in (sync, push, import, `applyOrder`)
 * goes through here.
 *
 * The safety net: storing the order and running its steps are two things, and a worker can die
 * between them; the next pull would then find the order `unchanged` and the steps would never run.
 * So before each write the re-run of the pipeline (from step 0, with this write's events) is
 * enqueued in the outbox, due `pipelineRecoveryMs` later, and withdrawn once the steps have run
 * (or a failing step has stored its own retry). A write that loses the compare-and-set withdraws
 * its re-run at once. Needs `OutboxStore.cancel`; off when the pipeline is empty or
 * `pipelineRecoveryMs` is 0.
 */
export async function storeOrderAndRunPipeline(deps: RuntimeDeps, order: Order): Promise<AppliedSnapshot> {
  const outbox = deps.stores.outbox;
  const cancel = outbox.cancel?.bind(outbox);
  const guarded = cancel !== undefined && deps.pipeline.length > 0 && deps.pipelineRecoveryMs > 0;
  const withdraw = async (planned: PlannedOrderWrite): Promise<boolean> =>
    (await cancel?.(pipelineRecoveryKey(planned))) === true;
  let written: PlannedOrderWrite | undefined;
  const applied = await applyOrderSnapshot(
    deps.stores.orders,
    order,
    deps.env,
    guarded
      ? {
          beforeWrite: async (planned) => {
            const now = deps.clock.now();
            await outbox.enqueue(
              {
                key: pipelineRecoveryKey(planned),
                kind: pipelineRetryEffectKind,
                payload: { orderId: planned.order.id, fromStep: 0, events: planned.events },
                runAfter: now + deps.pipelineRecoveryMs,
              },
              now,
            );
            written = planned;
          },
          afterLostWrite: async (planned) => {
            await withdraw(planned);
            written = undefined;
          },
        }
      : {},
  );
  if (applied.outcome === 'created' || applied.outcome === 'updated') {
    await runPipeline(deps, applied.order, applied.previous, applied.events);
    if (written !== undefined && !(await withdraw(written))) {
      // Claimed already: the pipeline took longer than pipelineRecoveryMs, so it runs once more.
      deps.logger.warn('pipeline outlived its safety net; it will run again from the outbox', {
        orderId: applied.order.id,
      });
    }
  }
  return applied;
}
