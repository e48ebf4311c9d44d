import type { AfterSaleCase } from '../aftersales/after-sale-case';
import type { ChannelAdapter, TimeWindow } from '../contracts/channel-adapter';
import type { Clock } from '../contracts/common';
import type { Lease, OmsStores } from '../contracts/stores';
import { OmsError } from '../errors/oms-error';
import type { AfterSale } from '../schema/after-sale';
import type { AfterSaleReceiveOutcome, AfterSaleSyncReport } from './after-sales-desk-types';
import type { ShopRegistration } from './oms-types';
import { planSyncWindows } from './plan-sync-windows';
import { quarantinePayload } from './quarantine-payload';

/** What pulling after-sales needs from the desk. */
export interface AfterSaleSyncDeps {
  readonly stores: OmsStores;
  readonly clock: Clock;
  readonly workerId: string;
  readonly leaseTtlMs: number;
  readonly overlapMs: number;
  readonly initialLookbackMs: number;
  readonly receive: (
    afterSale: AfterSale,
  ) => Promise<{ outcome: AfterSaleReceiveOutcome; afterSaleCase: AfterSaleCase }>;
}

/** The cursor and lease key of a shop's after-sales. */
export function afterSaleSyncKey(channel: string, shopId: string): string {
  return `aftersales:${channel}:${shopId}`;
}

class LeaseLost extends Error {}

/**
 * Pulls one shop's after-sales from its cursor to now, window by window, under the shop's
 * after-sale lease: each snapshot goes through the desk's `receive`, what does not map goes to
 * quarantine, and the cursor moves only after a whole window, fenced by the lease.
 */
export async function syncShopAfterSales(
  deps: AfterSaleSyncDeps,
  adapter: ChannelAdapter,
  shop: ShopRegistration,
  signal?: AbortSignal,
): Promise<AfterSaleSyncReport> {
  const report: AfterSaleSyncReport = {
    channel: shop.channel,
    shopId: shop.shopId,
    status: 'synced',
    windows: 0,
    received: 0,
    quarantined: 0,
    outcomes: {},
  };
  const list = adapter.listAfterSales?.bind(adapter);
  if (!adapter.capabilities.afterSales || list === undefined) return { ...report, status: 'unsupported' };
  const key = afterSaleSyncKey(shop.channel, shop.shopId);
  const { cursors } = deps.stores;
  const acquired = await cursors.acquireLease(key, deps.workerId, deps.leaseTtlMs, deps.clock.now());
  if (acquired === undefined) return { ...report, status: 'skipped' };
  let lease: Lease = acquired;
  try {
    const cursor = await cursors.getCursor(key);
    const now = deps.clock.now();
    let syncedUntil = cursor === undefined ? undefined : Date.parse(cursor.syncedUntil);
    const start =
      syncedUntil !== undefined
        ? syncedUntil - deps.overlapMs
        : shop.syncFrom !== undefined
          ? Date.parse(shop.syncFrom)
          : now - deps.initialLookbackMs;
    for (const window of planSyncWindows(start, now, adapter.capabilities.maxOrderWindowMs)) {
      signal?.throwIfAborted();
      await pullWindow(deps, list, shop, window, report, signal);
      const renewed = await cursors.renewLease(lease, deps.leaseTtlMs, deps.clock.now());
      if (renewed === undefined) throw new LeaseLost();
      lease = renewed;
      syncedUntil = Math.max(syncedUntil ?? 0, Date.parse(window.to));
      const iso = new Date(syncedUntil).toISOString();
      if (!(await cursors.saveCursor(key, { syncedUntil: iso }, lease, deps.clock.now())))
        throw new LeaseLost();
      report.windows += 1;
      report.syncedUntil = iso;
    }
    return report;
  } catch (error) {
    if (error instanceof LeaseLost) return { ...report, status: 'lease-lost' };
    // An abort stops the whole pull; any other failure ends this shop's run only.
    if (signal?.aborted === true) throw error;
    const code = OmsError.is(error) ? error.code : 'internal';
    const message = error instanceof Error ? error.message : String(error);
    return { ...report, status: 'failed', error: { code, message } };
  } finally {
    await cursors.releaseLease(lease);
  }
}

async function pullWindow(
  deps: AfterSaleSyncDeps,
  list: NonNullable<ChannelAdapter['listAfterSales']>,
  shop: ShopRegistration,
  window: TimeWindow,
  report: AfterSaleSyncReport,
  signal: AbortSignal | undefined,
): Promise<void> {
  let pageToken: string | undefined;
  do {
    const page = await list({
      shopId: shop.shopId,
      window,
      ...(pageToken === undefined ? {} : { pageToken }),
      ...(signal === undefined ? {} : { signal }),
    });
    for (const item of page.items) {
      if (!item.ok) {
        await quarantinePayload(
          { stores: deps.stores, clock: deps.clock, progress: () => {} },
          `pull:${shop.channel}:${shop.shopId}:after-sales`,
          item.platformAfterSaleId,
          item.error,
          item.raw,
        );
        report.quarantined += 1;
        continue;
      }
      const { outcome } = await deps.receive(item.afterSale);
      report.received += 1;
      report.outcomes[outcome] = (report.outcomes[outcome] ?? 0) + 1;
    }
    pageToken = page.nextPageToken;
  } while (pageToken !== undefined);
}
