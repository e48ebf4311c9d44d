import { defaultAfterSalePolicy } from '../aftersales/after-sale-policy';
import { type AfterSaleEffectStatus, buildAfterSalesView } from '../aftersales/build-after-sales-view';
import { transitionAfterSale } from '../aftersales/transition-after-sale';
import type { DomainEnv, IdGenerator } from '../contracts/common';
import { silentLogger, systemClock } from '../contracts/common';
import { OmsError, omsErrorCodes } from '../errors/oms-error';
import { afterSaleDeskAlerts } from './after-sales-alerts';
import { createDeskContext } from './after-sales-desk-context';
import type { AfterSalesDesk, AfterSalesDeskOptions } from './after-sales-desk-types';
import { afterSaleEffectHandlers } from './after-sales-effects';
import { receiveAfterSale } from './after-sales-receive';
import {
  afterSaleSettleEffectKind,
  settleCase,
  settleEffectHandler,
  settlementEffect,
} from './after-sales-settle';
import { syncShopAfterSales } from './after-sales-sync';
import { afterSaleMessageEffectKind } from './apply-channel-messages';
import type { EffectHandler } from './oms-types';

export type {
  AfterSaleReceiveOutcome,
  AfterSaleSyncReport,
  AfterSalesDesk,
  AfterSalesDeskOptions,
} from './after-sales-desk-types';
export { reconcileLines } from './after-sales-receive';

/**
 * Creates the after-sales desk over the runtime's stores: pass `desk.effects` to
 * `createOms({ effects })` so the outbox runs every effect the cases raise, call `desk.sync()`
 * (or let "after-sale changed" messages do it) to pull, `desk.apply` for what the warehouse and
 * finance report, `desk.view` for the support agent and `desk.alerts` on a timer.
 *
 * @throws OmsError `invalid_input` when `stores.afterSaleCases` is missing.
 */
export function createAfterSalesDesk(options: AfterSalesDeskOptions): AfterSalesDesk {
  const { stores } = options;
  const cases = stores.afterSaleCases;
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
  const context = createDeskContext(
    options,
    cases,
    env,
    options.policy ?? defaultAfterSalePolicy,
    options.logger ?? silentLogger,
  );
  const channels = new Map(options.channels.map((adapter) => [adapter.channel, adapter]));
  const workerId = options.workerId ?? `desk-${Math.random().toString(36).slice(2, 10)}`;

  const receive: AfterSalesDesk['receive'] = (afterSale) => receiveAfterSale(context, afterSale);

  const apply: AfterSalesDesk['apply'] = async (afterSaleId, event) => {
    const moved = await context.update(afterSaleId, async (stored) => {
      const result = transitionAfterSale(stored.value, event, env);
      if (!result.ok)
        throw new OmsError(
          result.reason === 'invalid_event' ? 'invalid_input' : 'invalid_transition',
          result.message,
          {
            ...(result.path === undefined ? {} : { path: result.path }),
          },
        );
      return { next: result.afterSaleCase, result };
    });
    const settle = settlementEffect(moved.afterSaleCase);
    await context.enqueue([...moved.effects, ...(settle === undefined ? [] : [settle])]);
    return moved.afterSaleCase;
  };

  const view: AfterSalesDesk['view'] = async (orderId, extras = {}) => {
    const order = await context.orderOf(orderId);
    if (order === undefined) throw new OmsError('not_found', `no order ${orderId}`);
    const rows = await cases.listByOrder(orderId);
    const effectStates = new Map<string, AfterSaleEffectStatus>(extras.effectStates ?? []);
    for (const row of rows)
      for (const entry of row.value.history)
        for (const effect of entry.effects ?? []) {
          if (effectStates.has(effect.key)) continue;
          const stored = await stores.outbox.get(effect.key);
          if (stored === undefined) continue;
          effectStates.set(effect.key, {
            state: stored.state,
            attempts: stored.attempts,
            ...(stored.lastError === undefined ? {} : { lastError: stored.lastError }),
          });
        }
    return buildAfterSalesView({
      policy: context.policy,
      ...extras,
      order,
      cases: rows.map((row) => row.value),
      effectStates,
    });
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
    const reports = [];
    for (const shop of options.shops) {
      const adapter = channels.get(shop.channel);
      if (adapter === undefined)
        throw new OmsError('invalid_input', `shops: no adapter for channel ${shop.channel}`, {
          path: ['shops', shop.channel],
        });
      reports.push(await syncShopAfterSales(syncDeps(), adapter, shop, syncOptions.signal));
    }
    return reports;
  };

  // A pushed or pulled "after-sale changed" message: pull that shop's recent after-sales.
  const onMessage: EffectHandler = async (raw, effectContext) => {
    const message = raw as { channel: string; shopId?: string };
    const shops = options.shops.filter(
      (shop) =>
        shop.channel === message.channel && (message.shopId === undefined || shop.shopId === message.shopId),
    );
    const reports = [];
    for (const shop of shops) {
      const adapter = channels.get(shop.channel);
      if (adapter === undefined) continue;
      reports.push(await syncShopAfterSales(syncDeps(), adapter, shop, effectContext.signal));
    }
    const failed = reports.find((report) => report.status === 'failed');
    if (failed?.error !== undefined) {
      // The outbox retries the message when the code is retryable (the pull is idempotent, and
      // the shops that did sync moved their cursors); otherwise it parks it for a person.
      const code = omsErrorCodes.find((known) => known === failed.error?.code) ?? 'internal';
      throw new OmsError(
        code,
        `pulling after-sales of ${failed.channel}/${failed.shopId} failed: ${failed.error.message}`,
      );
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
    settle: (afterSaleId) => settleCase(context, afterSaleId),
    view,
    alerts: (nowMs = clock.now()) => afterSaleDeskAlerts(context, nowMs),
    effects: {
      ...afterSaleEffectHandlers(stores, channels, clock),
      [afterSaleMessageEffectKind]: onMessage,
      [afterSaleSettleEffectKind]: settleEffectHandler(context),
      ...options.handlers,
    },
  };
}
