import { randomUUID } from 'node:crypto';
import type { ChannelAdapter, PushRequest } from '../contracts/channel-adapter';
import { type IdGenerator, silentLogger, systemClock } from '../contracts/common';
import { OmsError } from '../errors/oms-error';
import type { Order } from '../schema/order';
import { createMemoryStores } from '../stores/memory-stores';
import { applyChannelMessages, RecentMessageIds } from './apply-channel-messages';
import { importOrderSheet } from './import-order-sheet';
import type { CreateOmsOptions, IngestPushResult, Oms, ShopSyncReport } from './oms-types';
import { builtInEffects, runOutbox } from './run-outbox';
import type { RuntimeDeps } from './runtime-deps';
import { storeOrderAndRunPipeline } from './store-order';
import { syncShop } from './sync-shop';

const minute = 60_000;

/** Random ids for hosts that do not inject their own generator. */
export function createRandomIds(): IdGenerator {
  return { next: (prefix = 'id') => `${prefix}_${randomUUID()}` };
}

/**
 * Creates the runtime: the one object hosts and scripts use to sync shops, take pushes, apply
 * imported orders and run the outbox. Stores default to fresh in-memory stores; several workers
 * (processes or machines) share shops safely when they share stores such as PostgreSQL, because
 * shops are leased and cursors are fenced.
 */
export function createOms(options: CreateOmsOptions): Oms {
  const channels = new Map<string, ChannelAdapter>();
  for (const adapter of options.channels) {
    if (channels.has(adapter.channel)) {
      throw new OmsError('invalid_input', `two adapters for channel ${adapter.channel}`, {
        path: ['channels'],
      });
    }
    channels.set(adapter.channel, adapter);
  }
  for (const [index, shop] of options.shops.entries()) {
    if (!channels.has(shop.channel)) {
      throw new OmsError('invalid_input', `shops[${index}]: no adapter for channel ${shop.channel}`, {
        path: ['shops', index, 'channel'],
      });
    }
  }
  if (
    options.outboxRetentionMs !== undefined &&
    !(Number.isSafeInteger(options.outboxRetentionMs) && options.outboxRetentionMs >= 24 * 60 * minute)
  ) {
    throw new OmsError('invalid_input', 'outboxRetentionMs must be a whole number of ms, at least one day', {
      path: ['outboxRetentionMs'],
    });
  }
  const clock = options.clock ?? systemClock;
  const ids = options.ids ?? createRandomIds();
  const stores = options.stores ?? createMemoryStores();
  const effects = new Map(Object.entries({ ...builtInEffects(() => deps), ...(options.effects ?? {}) }));
  const deps: RuntimeDeps = {
    channels,
    stores,
    pipeline: options.pipeline ?? [],
    effects,
    clock,
    ids,
    logger: options.logger ?? silentLogger,
    env: { clock, ids },
    workerId: options.workerId ?? `worker_${randomUUID()}`,
    overlapMs: options.overlapMs ?? 5 * minute,
    leaseTtlMs: options.leaseTtlMs ?? minute,
    initialLookbackMs: options.initialLookbackMs ?? 24 * 60 * minute,
    settleMs: options.settleMs ?? 0,
    effectBackoffMs: options.effectBackoffMs ?? 1000,
    maxBackoffMs: options.maxBackoffMs ?? 10 * minute,
    maxEffectAttempts: options.maxEffectAttempts ?? 8,
    pipelineRecoveryMs: options.pipelineRecoveryMs ?? 15 * minute,
    outboxRetentionMs: options.outboxRetentionMs,
    housekeeping: { lastPurgeAt: undefined },
    progress: options.onProgress ?? (() => {}),
  };
  const recent = new RecentMessageIds();

  const apply = async (order: Order) => (await storeOrderAndRunPipeline(deps, order)).outcome;

  const adapterFor = (channel: string): ChannelAdapter => {
    const adapter = channels.get(channel);
    if (adapter === undefined) throw new OmsError('not_found', `no adapter for channel ${channel}`);
    return adapter;
  };

  return {
    stores,
    async sync(syncOptions = {}) {
      const reports: ShopSyncReport[] = [];
      for (const shop of options.shops) {
        if (syncOptions.channel !== undefined && shop.channel !== syncOptions.channel) continue;
        if (syncOptions.shopId !== undefined && shop.shopId !== syncOptions.shopId) continue;
        reports.push(await syncShop(deps, adapterFor(shop.channel), shop, syncOptions.signal));
      }
      return reports;
    },
    async ingestPush(channel: string, request: PushRequest): Promise<IngestPushResult> {
      const adapter = adapterFor(channel);
      if (adapter.parsePush === undefined) {
        throw new OmsError('unsupported', `channel ${channel} does not push over HTTP`);
      }
      const parsed = await adapter.parsePush(request);
      const duplicates = await applyChannelMessages(deps, adapter, parsed.messages, recent);
      deps.progress({ type: 'push-received', channel, messages: parsed.messages.length, duplicates });
      return { reply: parsed.reply, messages: parsed.messages, duplicates };
    },
    applyOrder: apply,
    async importOrderSheet(file, sheetOptions) {
      const imported = await importOrderSheet(file, {
        ...sheetOptions,
        importedAt: sheetOptions.importedAt ?? new Date(clock.now()).toISOString(),
      });
      const applied = { created: 0, updated: 0, unchanged: 0, stale: 0 };
      for (const order of imported.orders) applied[await apply(order)] += 1;
      return { ...imported, applied };
    },
    async enqueueEffect(effect) {
      await stores.outbox.enqueue(effect, clock.now());
    },
    runOutbox: (runOptions) => runOutbox(deps, runOptions),
  };
}
