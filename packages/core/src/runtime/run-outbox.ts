import type { ShipmentWriteBack } from '../contracts/channel-adapter';
import { OmsError } from '../errors/oms-error';
import type { OrderEvent } from '../schema/events';
import type { EffectHandler, OutboxRunReport } from './oms-types';
import { pipelineRetryEffectKind, runPipeline } from './run-pipeline';
import type { RuntimeDeps } from './runtime-deps';

/** Outbox kind that writes parcels back to a platform through its channel adapter. */
export const channelShipEffectKind = 'channel.ship';

/** Payload of a `channel.ship` effect. */
export interface ChannelShipPayload {
  channel: string;
  shopId: string;
  platformOrderId: string;
  parcels: ShipmentWriteBack[];
}

/** The built-in effect handlers: shipping write-back and pipeline retries. */
export function builtInEffects(deps: () => RuntimeDeps): Record<string, EffectHandler> {
  return {
    [channelShipEffectKind]: async (payload, context) => {
      const ship = payload as ChannelShipPayload;
      const adapter = context.channels.get(ship.channel);
      if (adapter === undefined) throw new OmsError('not_found', `no adapter for channel ${ship.channel}`);
      await adapter.ship({
        shopId: ship.shopId,
        platformOrderId: ship.platformOrderId,
        parcels: ship.parcels,
        ...(context.signal === undefined ? {} : { signal: context.signal }),
      });
      return { shipped: ship.parcels.length };
    },
    [pipelineRetryEffectKind]: async (payload) => {
      const retry = payload as { orderId: string; fromStep: number; events: OrderEvent[] };
      const stored = await deps().stores.orders.get(retry.orderId);
      if (stored === undefined) throw new OmsError('not_found', `order ${retry.orderId} is gone`);
      await runPipeline(deps(), stored.value, undefined, retry.events, retry.fromStep);
      return { rerun: true };
    },
  };
}

const purgeEveryMs = 60 * 60 * 1000;
const purgeBatch = 1000;

/**
 * The outbox's housekeeping (`outboxRetentionMs`): at most once an hour per worker, deletes up to
 * 1,000 `done` entries created before the retention. Off when no retention is set or the store
 * has no `purge`. A failing purge is logged and tried again at the next pass; effects never wait
 * on it.
 */
async function purgeOldEntries(deps: RuntimeDeps): Promise<number> {
  const retention = deps.outboxRetentionMs;
  const purge = deps.stores.outbox.purge?.bind(deps.stores.outbox);
  if (retention === undefined || purge === undefined) return 0;
  const now = deps.clock.now();
  const last = deps.housekeeping.lastPurgeAt;
  if (last !== undefined && now - last < purgeEveryMs) return 0;
  try {
    const purged = await purge(now - retention, purgeBatch);
    deps.housekeeping.lastPurgeAt = now;
    if (purged > 0) deps.logger.info('outbox purged', { purged });
    return purged;
  } catch (error) {
    deps.logger.warn('outbox purge failed; tried again at the next pass', {
      code: OmsError.is(error) ? error.code : 'internal',
    });
    return 0;
  }
}

/**
 * Claims due outbox entries and runs them. Success marks an entry done; a retryable `OmsError`
 * puts it back with exponential backoff (at least the platform's retry-after) until
 * `maxEffectAttempts`; anything else, or an unknown kind, parks it with the reason.
 */
export async function runOutbox(
  deps: RuntimeDeps,
  options: { limit?: number; signal?: AbortSignal } = {},
): Promise<OutboxRunReport> {
  const report: OutboxRunReport = { claimed: 0, done: 0, retrying: 0, parked: 0, purged: 0 };
  const claimMs = Math.max(deps.leaseTtlMs, 30_000);
  const entries = await deps.stores.outbox.claim(
    deps.workerId,
    options.limit ?? 50,
    claimMs,
    deps.clock.now(),
  );
  report.claimed = entries.length;
  for (const entry of entries) {
    options.signal?.throwIfAborted();
    const handler = deps.effects.get(entry.kind);
    try {
      if (handler === undefined) {
        throw new OmsError('unsupported', `no effect handler for kind ${entry.kind}`);
      }
      const result = await handler(entry.payload, {
        entry,
        channels: deps.channels,
        ...(options.signal === undefined ? {} : { signal: options.signal }),
      });
      await deps.stores.outbox.complete(entry.key, deps.workerId, result ?? null, deps.clock.now());
      report.done += 1;
      deps.progress({ type: 'effect-done', key: entry.key, kind: entry.kind });
    } catch (error) {
      const code = OmsError.is(error) ? error.code : 'internal';
      const message = error instanceof Error ? error.message : String(error);
      const retryable = OmsError.is(error) && error.retryable && entry.attempts < deps.maxEffectAttempts;
      const now = deps.clock.now();
      if (retryable) {
        const backoff = Math.min(
          deps.maxBackoffMs,
          deps.effectBackoffMs * 2 ** Math.max(0, entry.attempts - 1),
        );
        const retryAt = now + Math.max(backoff, error.retryAfterMs ?? 0);
        await deps.stores.outbox.fail(entry.key, deps.workerId, { code, message }, retryAt, now);
        report.retrying += 1;
        deps.progress({
          type: 'effect-retrying',
          key: entry.key,
          kind: entry.kind,
          attempts: entry.attempts,
          code,
          retryAt,
        });
      } else {
        await deps.stores.outbox.fail(entry.key, deps.workerId, { code, message }, undefined, now);
        report.parked += 1;
        deps.logger.warn('effect parked', { key: entry.key, kind: entry.kind, code });
        deps.progress({
          type: 'effect-parked',
          key: entry.key,
          kind: entry.kind,
          attempts: entry.attempts,
          code,
        });
      }
    }
  }
  report.purged = await purgeOldEntries(deps);
  return report;
}
