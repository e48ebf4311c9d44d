import type { ChannelAdapter, ChannelMessage, PushRequest, TimeWindow } from '../contracts/channel-adapter';
import type { Clock, IdGenerator, Logger } from '../contracts/common';
import type { OmsStores, OutboxEntry } from '../contracts/stores';
import type { OrderEvent } from '../schema/events';
import type { Order } from '../schema/order';
import type { OrderSheetFile, OrderSheetImport, OrderSheetOptions } from './order-sheet-types';

/** A shop the runtime syncs: which channel adapter serves it, and its id within the channel. */
export interface ShopRegistration {
  /** The channel name; must match a registered adapter's `channel`. */
  channel: string;
  shopId: string;
  /** Where to start on the very first sync (ISO instant); default: `initialLookbackMs` before now. */
  syncFrom?: string;
}

/** What the pipeline hands each step after an order was created or changed. */
export interface PipelineContext {
  /** The order as now stored. */
  readonly order: Order;
  /** The order before this change (undefined when it was created). */
  readonly previous: Order | undefined;
  /** The domain events of this change. */
  readonly events: readonly OrderEvent[];
  readonly stores: OmsStores;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly logger: Logger;
  /** Stores an effect in the outbox (idempotent by key); it runs in `runOutbox`. */
  enqueueEffect(effect: { key: string; kind: string; payload: unknown }): Promise<void>;
}

/**
 * One step of the pipeline that runs after each new or changed order (holds, routing,
 * reservation, fulfilment hooks, or the host's own). Steps run in order; a step that throws
 * stops the pipeline for that order, and the failure is reported as a progress event (the
 * order itself is already stored).
 */
export interface PipelineStep {
  readonly name: string;
  run(context: PipelineContext): void | Promise<void>;
}

/** Context an effect handler receives. */
export interface EffectContext {
  readonly entry: OutboxEntry;
  readonly channels: ReadonlyMap<string, ChannelAdapter>;
  readonly signal?: AbortSignal;
}

/** Runs one kind of effect; throw an `OmsError` (retryable or not) to fail it. */
export type EffectHandler = (payload: unknown, context: EffectContext) => Promise<unknown>;

/** Progress and outcome events of the runtime, for progress bars and monitoring. */
export type OmsProgressEvent =
  | { type: 'shop-skipped'; channel: string; shopId: string; reason: 'leased-elsewhere' | 'lease-lost' }
  | { type: 'shop-failed'; channel: string; shopId: string; code: string; message: string }
  | { type: 'window-started'; channel: string; shopId: string; window: TimeWindow }
  | {
      type: 'page-fetched';
      channel: string;
      shopId: string;
      window: TimeWindow;
      items: number;
      page: number;
      /** Orders in the window, when the platform says (for progress bars). */
      total?: number;
    }
  | {
      type: 'orders-stored';
      channel: string;
      shopId: string;
      created: number;
      updated: number;
      unchanged: number;
      stale: number;
    }
  | { type: 'window-completed'; channel: string; shopId: string; window: TimeWindow; syncedUntil: string }
  | { type: 'payload-quarantined'; source: string; platformId?: string; code: string }
  | { type: 'pipeline-failed'; orderId: string; step: string; code: string; message: string }
  | { type: 'push-received'; channel: string; messages: number; duplicates: number }
  | { type: 'effect-done'; key: string; kind: string }
  | { type: 'effect-retrying'; key: string; kind: string; attempts: number; code: string; retryAt: number }
  | { type: 'effect-parked'; key: string; kind: string; attempts: number; code: string };

/** Options of {@link createOms}. */
export interface CreateOmsOptions {
  /** The channel adapters, one per channel (each adapter is one app: its rate limit is shared by its shops). */
  channels: readonly ChannelAdapter[];
  /** The shops to sync. */
  shops: readonly ShopRegistration[];
  /** Storage; default: fresh in-memory stores. */
  stores?: OmsStores;
  /** Pipeline steps run after each created or updated order, in order. */
  pipeline?: readonly PipelineStep[];
  /** Effect handlers by kind, in addition to the built-in `channel.ship`. */
  effects?: Readonly<Record<string, EffectHandler>>;
  clock?: Clock;
  ids?: IdGenerator;
  logger?: Logger;
  /** This worker's name for leases and outbox claims (default: a random id). */
  workerId?: string;
  /** How far each window reaches back over the previous one (default 5 minutes). */
  overlapMs?: number;
  /** How long a shop lease lasts before another worker may take it over (default 60 s). */
  leaseTtlMs?: number;
  /** Where a shop's first sync starts when it has no `syncFrom` (default one day before now). */
  initialLookbackMs?: number;
  /** Windows end this long before now, so the platform's index has settled (default 0). */
  settleMs?: number;
  /** Outbox retry backoff: base delay (default 1 s), doubling per attempt up to `maxBackoffMs`. */
  effectBackoffMs?: number;
  maxBackoffMs?: number;
  /** Attempts before a retryable effect is parked (default 8). */
  maxEffectAttempts?: number;
  /**
   * The pipeline's safety net against a worker that dies between storing an order and finishing
   * its steps (default 15 minutes; 0 turns it off). Before each order write the runtime enqueues
   * a re-run of the pipeline due this long after, and withdraws it once the steps have run; if the
   * worker died, the outbox runs it. Keep it longer than the pipeline of one order ever takes: a
   * re-run that starts while the first run is still going runs the steps twice (they must be
   * idempotent anyway, as a retried step is). Needs `OutboxStore.cancel`; without it there is no
   * safety net.
   */
  pipelineRecoveryMs?: number;
  /**
   * Housekeeping of the outbox (default: off, every entry is kept). When set, `runOutbox` deletes
   * `done` entries created more than this long ago, at most once an hour per worker and up to
   * 1,000 a time, through `OutboxStore.purge` (a store without it keeps everything). Pending,
   * running and parked entries are never deleted. At least one day: a deleted key can be
   * enqueued again as new, so keep it well behind anything that could be retried under the same
   * key (a re-synced old order re-running its pipeline, say).
   */
  outboxRetentionMs?: number;
  /** Receives progress events. */
  onProgress?: (event: OmsProgressEvent) => void;
}

/** The summary of one sync run of one shop. */
export interface ShopSyncReport {
  channel: string;
  shopId: string;
  /**
   * `failed`: a call or a store threw; `error` says what, the counts and `syncedUntil` cover the
   * windows finished before it, and the cursor stays after the last finished window, so the next
   * run starts there. One shop's failure never stops the others.
   */
  status: 'synced' | 'skipped' | 'lease-lost' | 'failed';
  /** Why the shop failed (status `failed` only). */
  error?: { code: string; message: string };
  windows: number;
  created: number;
  updated: number;
  unchanged: number;
  stale: number;
  quarantined: number;
  syncedUntil?: string;
}

/** The result of `ingestPush`. */
export interface IngestPushResult {
  /** The reply to send to the platform. */
  reply: { status: number; headers?: Record<string, string>; body: string };
  messages: readonly ChannelMessage[];
  /** Messages seen before (by message id) and skipped. */
  duplicates: number;
}

/** The result of one `runOutbox` pass. */
export interface OutboxRunReport {
  claimed: number;
  done: number;
  retrying: number;
  parked: number;
  /** Old `done` entries deleted by this pass's housekeeping (see `outboxRetentionMs`). */
  purged: number;
}

/** The runtime object: one per process (or per worker). */
export interface Oms {
  readonly stores: OmsStores;
  /** Pulls every shop (or one) incrementally from its stored cursor up to now. */
  sync(options?: { channel?: string; shopId?: string; signal?: AbortSignal }): Promise<ShopSyncReport[]>;
  /** Verifies and applies a push for `channel`; returns the reply for the platform. */
  ingestPush(channel: string, request: PushRequest): Promise<IngestPushResult>;
  /** Applies one order snapshot through the same upsert and pipeline as sync (imports use this). */
  applyOrder(order: Order): Promise<'created' | 'updated' | 'unchanged' | 'stale'>;
  /**
   * Imports a spreadsheet of orders and applies the valid ones through the same upsert and
   * pipeline; a re-import of the same sheet changes nothing. `importedAt` defaults to now.
   */
  importOrderSheet(
    file: OrderSheetFile,
    options: Omit<OrderSheetOptions, 'importedAt'> & { importedAt?: string },
  ): Promise<OrderSheetImport & { applied: Record<'created' | 'updated' | 'unchanged' | 'stale', number> }>;
  /** Stores an effect in the outbox (idempotent by key). */
  enqueueEffect(effect: { key: string; kind: string; payload: unknown }): Promise<void>;
  /** Claims due effects and runs them; call it on a timer or after a sync. */
  runOutbox(options?: { limit?: number; signal?: AbortSignal }): Promise<OutboxRunReport>;
}
