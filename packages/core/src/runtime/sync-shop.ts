import type { ChannelAdapter, TimeWindow } from '../contracts/channel-adapter';
import type { Lease } from '../contracts/stores';
import { OmsError } from '../errors/oms-error';
import type { ShopRegistration, ShopSyncReport } from './oms-types';
import { planSyncWindows } from './plan-sync-windows';
import { quarantinePayload } from './quarantine-payload';
import type { RuntimeDeps } from './runtime-deps';
import { storeOrderAndRunPipeline } from './store-order';

/** The cursor and lease key of a shop. */
export function shopSyncKey(channel: string, shopId: string): string {
  return `sync:${channel}:${shopId}`;
}

class LeaseLost extends Error {}

/**
 * Syncs one shop: takes its lease (or skips it when another worker holds it), pulls every window
 * from the stored cursor (minus the overlap) up to now, stores each order through the upsert
 * rules, quarantines what does not map, runs the pipeline on real changes, and moves the cursor
 * only after a whole window is stored, fenced by the lease. A failure (the platform or a store
 * throws) ends this shop's run with status `failed` and the cursor after the last whole window;
 * only an abort through `signal` throws.
 */
export async function syncShop(
  deps: RuntimeDeps,
  adapter: ChannelAdapter,
  shop: ShopRegistration,
  signal?: AbortSignal,
): Promise<ShopSyncReport> {
  const key = shopSyncKey(shop.channel, shop.shopId);
  const report: ShopSyncReport = {
    channel: shop.channel,
    shopId: shop.shopId,
    status: 'synced',
    windows: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    stale: 0,
    quarantined: 0,
  };
  const acquired = await deps.stores.cursors.acquireLease(
    key,
    deps.workerId,
    deps.leaseTtlMs,
    deps.clock.now(),
  );
  if (acquired === undefined) {
    deps.progress({
      type: 'shop-skipped',
      channel: shop.channel,
      shopId: shop.shopId,
      reason: 'leased-elsewhere',
    });
    return { ...report, status: 'skipped' };
  }
  let lease: Lease = acquired;
  const renew = async (): Promise<void> => {
    const renewed = await deps.stores.cursors.renewLease(lease, deps.leaseTtlMs, deps.clock.now());
    if (renewed === undefined) throw new LeaseLost();
    lease = renewed;
  };
  try {
    const cursor = await deps.stores.cursors.getCursor(key);
    const now = deps.clock.now();
    let syncedUntil = cursor === undefined ? undefined : Date.parse(cursor.syncedUntil);
    const start =
      syncedUntil !== undefined
        ? syncedUntil - deps.overlapMs
        : shop.syncFrom !== undefined
          ? Date.parse(shop.syncFrom)
          : now - deps.initialLookbackMs;
    const windows = planSyncWindows(start, now - deps.settleMs, adapter.capabilities.maxOrderWindowMs);
    for (const window of windows) {
      signal?.throwIfAborted();
      await syncWindow(deps, adapter, shop, window, report, renew, signal);
      signal?.throwIfAborted();
      const windowEnd = Date.parse(window.to);
      // Overlapping windows can end before the stored cursor; the cursor never moves back.
      syncedUntil = syncedUntil === undefined ? windowEnd : Math.max(syncedUntil, windowEnd);
      const iso = new Date(syncedUntil).toISOString();
      const saved = await deps.stores.cursors.saveCursor(key, { syncedUntil: iso }, lease, deps.clock.now());
      if (!saved) throw new LeaseLost();
      report.windows += 1;
      report.syncedUntil = iso;
      deps.progress({
        type: 'window-completed',
        channel: shop.channel,
        shopId: shop.shopId,
        window,
        syncedUntil: iso,
      });
    }
    return report;
  } catch (error) {
    if (error instanceof LeaseLost) {
      deps.progress({
        type: 'shop-skipped',
        channel: shop.channel,
        shopId: shop.shopId,
        reason: 'lease-lost',
      });
      return { ...report, status: 'lease-lost' };
    }
    // Cancelling is the caller's decision and stops the whole sync; anything else fails this shop.
    if (signal?.aborted === true) throw error;
    const code = OmsError.is(error) ? error.code : 'internal';
    const message = error instanceof Error ? error.message : String(error);
    deps.progress({ type: 'shop-failed', channel: shop.channel, shopId: shop.shopId, code, message });
    deps.logger.error('shop sync failed', { channel: shop.channel, shopId: shop.shopId, code });
    return { ...report, status: 'failed', error: { code, message } };
  } finally {
    await deps.stores.cursors.releaseLease(lease);
  }
}

async function syncWindow(
  deps: RuntimeDeps,
  adapter: ChannelAdapter,
  shop: ShopRegistration,
  window: TimeWindow,
  report: ShopSyncReport,
  renew: () => Promise<void>,
  signal: AbortSignal | undefined,
): Promise<void> {
  deps.progress({ type: 'window-started', channel: shop.channel, shopId: shop.shopId, window });
  let pageToken: string | undefined;
  let page = 0;
  do {
    signal?.throwIfAborted();
    const result = await adapter.listOrders({
      shopId: shop.shopId,
      window,
      ...(pageToken === undefined ? {} : { pageToken }),
      ...(signal === undefined ? {} : { signal }),
    });
    page += 1;
    deps.progress({
      type: 'page-fetched',
      channel: shop.channel,
      shopId: shop.shopId,
      window,
      items: result.items.length,
      page,
      ...(result.total === undefined ? {} : { total: result.total }),
    });
    const counts = { created: 0, updated: 0, unchanged: 0, stale: 0 };
    for (const item of result.items) {
      if (!item.ok) {
        await quarantinePayload(
          deps,
          `pull:${shop.channel}:${shop.shopId}`,
          item.platformOrderId,
          item.error,
          item.raw,
        );
        report.quarantined += 1;
        continue;
      }
      const applied = await storeOrderAndRunPipeline(deps, item.order);
      counts[applied.outcome] += 1;
    }
    report.created += counts.created;
    report.updated += counts.updated;
    report.unchanged += counts.unchanged;
    report.stale += counts.stale;
    deps.progress({ type: 'orders-stored', channel: shop.channel, shopId: shop.shopId, ...counts });
    pageToken = result.nextPageToken;
    await renew();
  } while (pageToken !== undefined);
}
