import { OmsError } from '../errors/oms-error';
import type { OrderEvent } from '../schema/events';
import type { Order } from '../schema/order';
import type { RuntimeDeps } from './runtime-deps';

/** The outbox kind that re-runs the pipeline for an order whose steps failed. */
export const pipelineRetryEffectKind = 'pipeline.retry';

/**
 * Runs the pipeline steps in order for a stored order. A failing step stops the pipeline for this
 * order and stores a `pipeline.retry` effect in the outbox, so the steps run again later with the
 * same events instead of being forgotten (the order itself is already durable).
 */
export async function runPipeline(
  deps: RuntimeDeps,
  order: Order,
  previous: Order | undefined,
  events: readonly OrderEvent[],
  fromStep = 0,
): Promise<void> {
  const steps = deps.pipeline;
  for (let index = fromStep; index < steps.length; index += 1) {
    const step = steps[index];
    if (step === undefined) continue;
    try {
      await step.run({
        order,
        previous,
        events,
        stores: deps.stores,
        clock: deps.clock,
        ids: deps.ids,
        logger: deps.logger,
        enqueueEffect: async (effect) => {
          await deps.stores.outbox.enqueue(effect, deps.clock.now());
        },
      });
    } catch (error) {
      const code = OmsError.is(error) ? error.code : 'internal';
      const message = error instanceof Error ? error.message : String(error);
      deps.progress({ type: 'pipeline-failed', orderId: order.id, step: step.name, code, message });
      deps.logger.warn('pipeline step failed', { orderId: order.id, step: step.name, code });
      const eventIds = events.map((event) => event.id).join(',');
      await deps.stores.outbox.enqueue(
        {
          key: `pipeline:${order.id}:${order.platformModifiedAt}:${step.name}:${eventIds}`,
          kind: pipelineRetryEffectKind,
          payload: { orderId: order.id, fromStep: index, events },
        },
        deps.clock.now(),
      );
      return;
    }
  }
}
