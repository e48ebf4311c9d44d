import type { MaybePromise } from '../contracts/common';
import type {
  InventoryStore,
  ReservationPlan,
  ReservationResult,
  StockChangeResult,
} from '../contracts/stores';
import type { InventoryModel } from './inventory-model';
import { modelAdjust, modelChangeReservation, modelQuotaKey, modelShortages } from './inventory-model';
import { modelQuotaShortages, modelSetQuota, modelTransferQuota } from './inventory-model-quotas';
import type { ModelRequest } from './inventory-model-scenario';
import { modelChannels } from './inventory-model-scenario';

/** A request with every index turned into the run's names: what is sent, and its identity. */
export interface Call {
  /** Equal for two sends exactly when they are the same request. */
  readonly signature: string;
  /** Sends the request to the store. */
  readonly send: (now: number) => MaybePromise<ReservationResult | StockChangeResult>;
  /**
   * What the store must return on the key's first use; applies the request to the model, except
   * a plan that fits (`reserved`), which the runner applies with the ids the store gave.
   */
  readonly expected: () => ExpectedResult;
}

/** What the model says a first request must return; `reserved` for a plan that fits. */
export type ExpectedResult = ReservationResult | StockChangeResult | { readonly reserved: ReservationPlan };

/** What {@link callOf} needs to turn a request into a call. */
export interface CallContext {
  readonly store: InventoryStore;
  readonly model: InventoryModel;
  readonly prefix: string;
  readonly key: string;
  readonly orderId: string;
  readonly rows: readonly (readonly [string, string])[];
  readonly skus: readonly string[];
  /** Reservation ids of the successful plans, by key index, in the order they succeeded. */
  readonly planIds: ReadonlyMap<number, readonly string[]>;
}

/**
 * Turns a scenario's request into the call the store gets under `context.key`, its signature
 * (two sends are the same request exactly when their signatures are equal) and the model's due.
 */
export function callOf(request: ModelRequest, context: CallContext): Call {
  const { store, model, key, rows, skus } = context;
  const rowOf = (row: number) => rows[row] as readonly [string, string];
  const channelOf = (channel: number) => modelChannels[channel] ?? 'taobao';
  switch (request.kind) {
    case 'reserve': {
      const channel = modelChannels[request.channel];
      const plan: ReservationPlan = {
        key,
        orderId: context.orderId,
        ...(channel === undefined ? {} : { channel }),
        lines: request.lines.map((line, index) => {
          const [sku, warehouseId] = rowOf(line.row);
          return { lineId: `l${index}`, sku, warehouseId, quantity: line.quantity };
        }),
      };
      return {
        signature: JSON.stringify(['reserve', plan]),
        send: (now) => store.reserve(plan, now),
        expected: () => {
          const quotaShortages = modelQuotaShortages(model, plan);
          if (quotaShortages.length > 0)
            return { ok: false, reason: 'quota_exceeded', quotaShortages, replayed: false };
          const shortages = modelShortages(model, plan);
          if (shortages.length > 0)
            return { ok: false, reason: 'insufficient_stock', shortages, replayed: false };
          return { reserved: plan };
        },
      };
    }
    case 'deduct':
    case 'release': {
      const { kind, quantity } = request;
      const plans = [...context.planIds.values()];
      const ids = plans[request.plan % Math.max(1, plans.length)] ?? [];
      const target = ids[request.line % Math.max(1, ids.length)] ?? `${context.prefix}:no-such-reservation#0`;
      return {
        signature: JSON.stringify([kind, target, quantity]),
        send: (now) => store[kind](key, target, quantity, now),
        expected: () => modelChangeReservation(model, kind, target, quantity),
      };
    }
    case 'adjust': {
      const [sku, warehouseId] = rowOf(request.row);
      const adjustment = { key, sku, warehouseId, delta: request.delta, reason: 'correction' as const };
      return {
        signature: JSON.stringify(['adjust', adjustment]),
        send: (now) => store.adjust(adjustment, now),
        expected: () => modelAdjust(model, sku, warehouseId, request.delta),
      };
    }
    case 'quota': {
      const quota = {
        sku: skus[request.sku] ?? '',
        channel: channelOf(request.channel),
        quota: request.quota,
      };
      return {
        signature: JSON.stringify(['quota', quota]),
        send: (now) => requireMethod(store.setChannelQuota, 'setChannelQuota').call(store, key, quota, now),
        expected: () => modelSetQuota(model, quota.sku, quota.channel, quota.quota),
      };
    }
    case 'transfer': {
      const sku = skus[request.sku] ?? '';
      const holders = modelChannels.filter((channel) => model.quotas.has(modelQuotaKey(sku, channel)));
      const transfer = {
        sku,
        from: holders[request.from % Math.max(1, holders.length)] ?? channelOf(request.from),
        to: channelOf(request.to),
        quantity: request.quantity,
      };
      return {
        signature: JSON.stringify(['transfer', transfer]),
        send: (now) =>
          requireMethod(store.transferChannelQuota, 'transferChannelQuota').call(store, key, transfer, now),
        expected: () =>
          modelTransferQuota(model, transfer.sku, transfer.from, transfer.to, transfer.quantity),
      };
    }
  }
}

function requireMethod<T>(method: T | undefined, name: string): T {
  if (method === undefined) throw new Error(`runInventoryModel: the store has no ${name}`);
  return method;
}
