import { type AfterSaleCase, openAfterSaleCase } from '../aftersales/after-sale-case';
import type { AfterSaleEffect } from '../aftersales/after-sale-effect';
import type { AfterSaleEvent } from '../aftersales/after-sale-event';
import { type AfterSalePolicy, defaultAfterSalePolicy } from '../aftersales/after-sale-policy';
import {
  type AfterSalesView,
  type AfterSalesViewInput,
  buildAfterSalesView,
} from '../aftersales/build-after-sales-view';
import type { AfterSaleFacts } from '../aftersales/check-after-sale-guards';
import { followPlatformStatus } from '../aftersales/follow-platform-status';
import { runAutoCheck } from '../aftersales/run-auto-check';
import { settleAfterSaleRefund } from '../aftersales/settle-after-sale-refund';
import { transitionAfterSale } from '../aftersales/transition-after-sale';
import type { ChannelAdapter } from '../contracts/channel-adapter';
import type { Clock, DomainEnv, IdGenerator, Logger } from '../contracts/common';
import { silentLogger, systemClock } from '../contracts/common';
import type { AfterSaleCaseStore, OmsStores } from '../contracts/stores';
import { OmsError } from '../errors/oms-error';
import type { AfterSale } from '../schema/after-sale';
import type { Order } from '../schema/order';
import { afterSaleEffectHandlers } from './after-sales-effects';
import { syncShopAfterSales } from './after-sales-sync';
import { afterSaleMessageEffectKind } from './apply-channel-messages';
import type { EffectHandler, ShopRegistration } from './oms-types';

/** Options of {@link createAfterSalesDesk}. */
export interface AfterSalesDeskOptions {
  /** The same stores the runtime uses; `afterSaleCases` is required here. */
  readonly stores: OmsStores;
  /** The channel adapters (those with `capabilities.afterSales` are pulled). */
  readonly channels: readonly ChannelAdapter[];
  /** The shops whose after-sales to pull. */
  readonly shops: readonly ShopRegistration[];
  readonly policy?: AfterSalePolicy;
  /**
   * Handlers for effects omskit cannot carry out itself (buyer notices, the warehouse, the
   * carrier, finance) or that you want to take over. An effect kind with neither a built-in nor a
   * host handler is parked with `unsupported`, never dropped.
   */
  readonly handlers?: Readonly<Record<string, EffectHandler>>;
  /** Facts for the auto-check beyond the order (delivery time, categories, a carrier's loss). */
  readonly facts?: (order: Order, afterSale: AfterSale) => Partial<AfterSaleFacts>;
  readonly clock?: Clock;
  readonly ids?: IdGenerator;
  readonly logger?: Logger;
  /** Lease owner name (share it with `createOms` or not; default a random id). */
  readonly workerId?: string;
  /** How long a shop's after-sale lease lasts (default 60 s). */
  readonly leaseTtlMs?: number;
  /** How far each window reaches back over the previous one (default 5 minutes). */
  readonly overlapMs?: number;
  /** Where the first pull starts without `syncFrom` (default one day back). */
  readonly initialLookbackMs?: number;
}

/** What receiving one after-sale snapshot did. */
export type AfterSaleReceiveOutcome =
  | 'opened'
  | 'auto_checked'
  | 'awaiting_order'
  | 'followed'
  | 'jumped'
  | 'updated'
  | 'stale';

/** The report of pulling one shop's after-sales. */
export interface AfterSaleSyncReport {
  readonly channel: string;
  readonly shopId: string;
  status: 'synced' | 'skipped' | 'unsupported' | 'lease-lost';
  windows: number;
  received: number;
  quarantined: number;
  /** Outcomes by kind. */
  outcomes: Partial<Record<AfterSaleReceiveOutcome, number>>;
  syncedUntil?: string;
}

/**
 * The after-sales desk: pulls each shop's after-sales, keeps one case per after-sale with its
 * history, runs the automatic check on new requests, follows the platform when it moves first,
 * applies the events people and warehouses report, settles confirmed refunds into the order, and
 * turns every effect of the machine into an outbox entry with a handler.
 */
export interface AfterSalesDesk {
  /** Pulls every shop's after-sales since its cursor (leased per shop, like order sync). */
  sync(options?: { signal?: AbortSignal }): Promise<AfterSaleSyncReport[]>;
  /** Takes one after-sale snapshot (from a pull, a push or your own fetch). */
  receive(afterSale: AfterSale): Promise<{ outcome: AfterSaleReceiveOutcome; afterSaleCase: AfterSaleCase }>;
  /** Applies an event (approve, receive, inspect, confirm_refund, close ...) to a stored case. */
  apply(afterSaleId: string, event: AfterSaleEvent): Promise<AfterSaleCase>;
  /** Writes a case's confirmed refund into its order's lines (once). */
  settle(afterSaleId: string): Promise<{ order: Order; afterSaleCase: AfterSaleCase }>;
  /** The support agent's one view of an order, from the stored order and cases. */
  view(orderId: string, extras?: Omit<AfterSalesViewInput, 'order' | 'cases'>): Promise<AfterSalesView>;
  /** Outbox handlers for every after-sale effect kind: pass them to `createOms({ effects })`. */
  readonly effects: Readonly<Record<string, EffectHandler>>;
}

const maxCasAttempts = 5;

/**
 * Points after-sale lines that name a platform SKU instead of an order line (`skuId`, PDD) at the
 * order's line with that SKU, when exactly one has it; other lines are left as they are.
 */
export function reconcileLines(afterSale: AfterSale, order: Order): AfterSale {
  const known = new Set(order.lines.map((line) => line.lineId));
  let changed = false;
  const lines = afterSale.lines.map((line) => {
    if (known.has(line.lineId) || line.skuId === undefined) return line;
    const matches = order.lines.filter((candidate) => candidate.skuId === line.skuId);
    const [match] = matches;
    if (matches.length !== 1 || match === undefined) return line;
    changed = true;
    return { ...line, lineId: match.lineId };
  });
  return changed ? { ...afterSale, lines } : afterSale;
}

/** Creates the after-sales desk over the runtime's stores. */
export function createAfterSalesDesk(options: AfterSalesDeskOptions): AfterSalesDesk {
  const { stores } = options;
  const cases: AfterSaleCaseStore | undefined = stores.afterSaleCases;
  if (cases === undefined) {
    throw new OmsError('invalid_input', 'stores.afterSaleCases: the after-sales desk needs a case store', {
      path: ['stores', 'afterSaleCases'],
    });
  }
  const clock = options.clock ?? systemClock;
  let counter = 0;
  const ids: IdGenerator = options.ids ?? {
    next: (prefix = 'id') => `${prefix}-${clock.now().toString(36)}-${(++counter).toString(36)}`,
  };
  const env: DomainEnv = { clock, ids };
  const policy = options.policy ?? defaultAfterSalePolicy;
  const channels = new Map(options.channels.map((adapter) => [adapter.channel, adapter]));
  const workerId = options.workerId ?? `desk-${Math.random().toString(36).slice(2, 10)}`;
  const logger = options.logger ?? silentLogger;

  const enqueue = async (effects: readonly AfterSaleEffect[]) => {
    for (const effect of effects) {
      await stores.outbox.enqueue(
        { key: effect.key, kind: effect.kind, payload: effect.payload },
        clock.now(),
      );
    }
  };

  /** Stores the case (compare-and-set) and mirrors its after-sale into the after-sale store. */
  const save = async (next: AfterSaleCase, revision: number): Promise<boolean> => {
    const written = await cases.put(next, revision);
    if (!written.ok) return false;
    for (let attempt = 0; attempt < maxCasAttempts; attempt += 1) {
      const stored = await stores.afterSales.get(next.afterSale.id);
      const mirrored = await stores.afterSales.put(next.afterSale, stored?.revision ?? 0);
      if (mirrored.ok) break;
    }
    return true;
  };

  const orderOf = async (orderId: string) => (await stores.orders.get(orderId))?.value;

  const autoCheck = async (afterSaleCase: AfterSaleCase) => {
    const order = await orderOf(afterSaleCase.afterSale.orderId);
    if (order === undefined) return undefined;
    const others = (await cases.listByOrder(order.id))
      .map((row) => row.value.afterSale)
      .filter((other) => other.id !== afterSaleCase.afterSale.id);
    const facts: AfterSaleFacts = {
      order,
      otherAfterSales: others,
      ...(options.facts?.(order, afterSaleCase.afterSale) ?? {}),
    };
    const checked = runAutoCheck(afterSaleCase, facts, env, policy);
    if (!checked.ok) throw new OmsError('invalid_transition', checked.message);
    return checked;
  };

  const receive: AfterSalesDesk['receive'] = async (snapshot) => {
    const order = await orderOf(snapshot.orderId);
    const afterSale = order === undefined ? snapshot : reconcileLines(snapshot, order);
    for (let attempt = 0; attempt < maxCasAttempts; attempt += 1) {
      const stored = await cases.get(afterSale.id);
      if (
        stored === undefined ||
        (stored.value.history.length === 0 && stored.value.afterSale.status === 'requested')
      ) {
        const opened = stored?.value ?? openAfterSaleCase(afterSale);
        const base = stored === undefined ? opened : { ...opened, afterSale };
        if (afterSale.status === 'requested') {
          const checked = await autoCheck(base);
          if (checked === undefined) {
            if (await save(base, stored?.revision ?? 0))
              return { outcome: 'awaiting_order', afterSaleCase: base };
            continue;
          }
          if (!(await save(checked.afterSaleCase, stored?.revision ?? 0))) continue;
          await enqueue(checked.effects);
          return { outcome: 'auto_checked', afterSaleCase: checked.afterSaleCase };
        }
        if (stored === undefined) {
          if (await save(base, 0)) return { outcome: 'opened', afterSaleCase: base };
          continue;
        }
      }
      const current = stored as NonNullable<typeof stored>;
      // The platform moved only if its own status changed; the same platform status with our
      // case further along means the platform has not caught up (a parked decision, say), so
      // the record is refreshed and our status kept.
      const platformMoved = afterSale.platformStatus !== current.value.afterSale.platformStatus;
      const snapshot = platformMoved ? afterSale : { ...afterSale, status: current.value.afterSale.status };
      const followed = followPlatformStatus(
        current.value,
        snapshot,
        env,
        order === undefined ? {} : { order },
      );
      if (followed.outcome === 'stale') return { outcome: 'stale', afterSaleCase: current.value };
      if (!(await save(followed.afterSaleCase, current.revision))) continue;
      await enqueue(followed.effects);
      return { outcome: followed.outcome, afterSaleCase: followed.afterSaleCase };
    }
    throw new OmsError(
      'conflict',
      `after-sale ${afterSale.id}: concurrent writers, gave up after ${maxCasAttempts} tries`,
    );
  };

  const apply: AfterSalesDesk['apply'] = async (afterSaleId, event) => {
    for (let attempt = 0; attempt < maxCasAttempts; attempt += 1) {
      const stored = await cases.get(afterSaleId);
      if (stored === undefined) throw new OmsError('not_found', `no after-sale case ${afterSaleId}`);
      const result = transitionAfterSale(stored.value, event, env);
      if (!result.ok) throw new OmsError('invalid_transition', result.message);
      if (!(await save(result.afterSaleCase, stored.revision))) continue;
      await enqueue(result.effects);
      return result.afterSaleCase;
    }
    throw new OmsError(
      'conflict',
      `after-sale ${afterSaleId}: concurrent writers, gave up after ${maxCasAttempts} tries`,
    );
  };

  const settle: AfterSalesDesk['settle'] = async (afterSaleId) => {
    for (let attempt = 0; attempt < maxCasAttempts; attempt += 1) {
      const stored = await cases.get(afterSaleId);
      if (stored === undefined) throw new OmsError('not_found', `no after-sale case ${afterSaleId}`);
      const order = await stores.orders.get(stored.value.afterSale.orderId);
      if (order === undefined) throw new OmsError('not_found', `no order ${stored.value.afterSale.orderId}`);
      const settled = settleAfterSaleRefund(order.value, stored.value, env);
      if (!settled.ok) throw new OmsError('invalid_transition', settled.message);
      // The case first: once it records the settlement, a retry cannot settle twice.
      if (!(await save(settled.afterSaleCase, stored.revision))) continue;
      for (let orderAttempt = 0; orderAttempt < maxCasAttempts; orderAttempt += 1) {
        const fresh = orderAttempt === 0 ? order : await stores.orders.get(order.value.id);
        if (fresh === undefined) break;
        const again = orderAttempt === 0 ? settled : settleAfterSaleRefund(fresh.value, stored.value, env);
        if (!again.ok) break;
        const written = await stores.orders.put(again.order, fresh.revision);
        if (written.ok) return { order: again.order, afterSaleCase: settled.afterSaleCase };
      }
      logger.warn('after-sale settled but the order could not be written', { afterSaleId });
      throw new OmsError(
        'conflict',
        `order ${order.value.id}: could not record the refund of ${afterSaleId}`,
      );
    }
    throw new OmsError(
      'conflict',
      `after-sale ${afterSaleId}: concurrent writers, gave up after ${maxCasAttempts} tries`,
    );
  };

  const view: AfterSalesDesk['view'] = async (orderId, extras = {}) => {
    const order = await orderOf(orderId);
    if (order === undefined) throw new OmsError('not_found', `no order ${orderId}`);
    const rows = await cases.listByOrder(orderId);
    return buildAfterSalesView({ ...extras, order, cases: rows.map((row) => row.value) });
  };

  const syncDeps = () => ({
    stores,
    clock,
    workerId,
    leaseTtlMs: options.leaseTtlMs ?? 60_000,
    overlapMs: options.overlapMs ?? 5 * 60_000,
    initialLookbackMs: options.initialLookbackMs ?? 24 * 3_600_000,
    receive,
  });

  const sync: AfterSalesDesk['sync'] = async (syncOptions = {}) => {
    const reports: AfterSaleSyncReport[] = [];
    for (const shop of options.shops) {
      const adapter = channels.get(shop.channel);
      if (adapter === undefined)
        throw new OmsError('invalid_input', `shops: no adapter for channel ${shop.channel}`);
      reports.push(await syncShopAfterSales(syncDeps(), adapter, shop, syncOptions.signal));
    }
    return reports;
  };

  // A pushed or pulled "after-sale changed" message: pull that shop's recent after-sales.
  const onMessage: EffectHandler = async (raw, context) => {
    const message = raw as { channel: string; shopId?: string };
    const shops = options.shops.filter(
      (shop) =>
        shop.channel === message.channel && (message.shopId === undefined || shop.shopId === message.shopId),
    );
    const reports = [];
    for (const shop of shops) {
      const adapter = channels.get(shop.channel);
      if (adapter === undefined) continue;
      reports.push(await syncShopAfterSales(syncDeps(), adapter, shop, context.signal));
    }
    if (reports.some((report) => report.status === 'skipped' || report.status === 'lease-lost')) {
      throw new OmsError('conflict', 'another worker is pulling these after-sales; retry', {
        retryable: true,
      });
    }
    return { pulled: reports.reduce((sum, report) => sum + report.received, 0) };
  };

  return {
    sync,
    receive,
    apply,
    settle,
    view,
    effects: {
      ...afterSaleEffectHandlers(stores, channels, clock),
      [afterSaleMessageEffectKind]: onMessage,
      ...options.handlers,
    },
  };
}
