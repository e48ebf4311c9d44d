import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelAdapter, ChannelOrderItem, TimeWindow } from '../contracts/channel-adapter';
import { OmsError } from '../errors/oms-error';
import { planSyncWindows } from '../runtime/plan-sync-windows';
import { orderSchema } from '../schema/order';
import type { ChannelConformanceFixture } from './channel-mock-controls';

/** Parts of the channel suite an adapter may opt out of, each with the reason as the value. */
export interface ChannelConformanceSkips {
  /** The platform does not push over HTTP (declared in capabilities too). */
  push?: string;
  /** The adapter cannot be built with a wrong secret in a meaningful way. */
  signature?: string;
  /** The platform's ship write-back is not modelled by the mock. */
  ship?: string;
}

/** Options of {@link runChannelConformance}. */
export interface ChannelConformanceOptions {
  /** Shown in the describe block (`taobao`). */
  name: string;
  /** Builds a fresh mock platform and an adapter wired to it, for each test. */
  setup: () => ChannelConformanceFixture | Promise<ChannelConformanceFixture>;
  /** Typed opt-outs: the key names the part, the value says why. */
  skip?: ChannelConformanceSkips;
}

const hour = 60 * 60 * 1000;

/** Pages through a window to the end, returning every item and the number of pages. */
export async function collectOrderWindow(
  adapter: ChannelAdapter,
  shopId: string,
  window: TimeWindow,
): Promise<{ items: ChannelOrderItem[]; pages: number }> {
  const items: ChannelOrderItem[] = [];
  let pageToken: string | undefined;
  let pages = 0;
  do {
    const page = await adapter.listOrders({
      shopId,
      window,
      ...(pageToken === undefined ? {} : { pageToken }),
    });
    items.push(...page.items);
    pageToken = page.nextPageToken;
    pages += 1;
    if (pages > 10_000) throw new Error('paging did not end');
  } while (pageToken !== undefined);
  return { items, pages };
}

function mappedIds(items: readonly ChannelOrderItem[]): string[] {
  return items.map((item) => {
    if (!item.ok) throw new Error(`an order did not map: ${item.error.message}`);
    return item.order.platformOrderId;
  });
}

/** A window that ends `endsAgoMs` before the platform's now and spans `spanMs`. */
function pastWindow(now: string, spanMs: number, endsAgoMs = hour): TimeWindow {
  const to = Date.parse(now) - endsAgoMs;
  return { from: new Date(to - spanMs).toISOString(), to: new Date(to).toISOString() };
}

/**
 * The channel adapter conformance suite. Each adapter's test file is mostly one call to it,
 * against the adapter's own mock platform: it checks capabilities, windowed listing with paging
 * (orders modified during paging neither missed nor duplicated across consecutive windows),
 * mapping validity, getOrder, shipping write-back, retries through throttling and server
 * faults, token refresh, signature failures and pushes.
 */
export function runChannelConformance(options: ChannelConformanceOptions): void {
  const skip = options.skip ?? {};
  describe(`channel conformance: ${options.name}`, () => {
    const server = setupServer();
    let fixtures: ChannelConformanceFixture[] = [];

    beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
    afterEach(async () => {
      server.resetHandlers();
      for (const fixture of fixtures) await fixture.cleanup?.();
      fixtures = [];
    });
    afterAll(() => server.close());

    async function start(): Promise<ChannelConformanceFixture> {
      const fixture = await options.setup();
      fixtures.push(fixture);
      server.use(...fixture.handlers);
      return fixture;
    }

    it('declares a v1 adapter with sane capabilities', async () => {
      const { adapter } = await start();
      expect(adapter.specificationVersion).toBe('v1');
      expect(adapter.channel).toMatch(/^[a-z0-9-]+$/);
      expect(adapter.capabilities.maxOrderWindowMs).toBeGreaterThan(0);
      expect(adapter.capabilities.maxOrdersPerWindow).toBeGreaterThan(0);
      expect(typeof adapter.parsePush === 'function').toBe(adapter.capabilities.push);
      expect(typeof adapter.listAfterSales === 'function').toBe(adapter.capabilities.afterSales);
      expect(adapter.classifyError({})).toBeUndefined();
    });

    it('lists exactly the orders modified in a window, across several pages, each valid', async () => {
      const { adapter, platform, shopId } = await start();
      const window = pastWindow(
        platform.now(),
        Math.min(adapter.capabilities.maxOrderWindowMs, 30 * 60 * 1000),
      );
      const seeded = platform.seedOrders(shopId, 250, window);
      const outside = platform.seedOrders(shopId, 5, pastWindow(platform.now(), 10 * 60 * 1000, 10 * hour));
      const { items, pages } = await collectOrderWindow(adapter, shopId, window);
      expect(pages).toBeGreaterThan(1);
      const ids = mappedIds(items);
      expect(new Set(ids).size).toBe(ids.length);
      expect([...ids].sort()).toEqual([...seeded].sort());
      for (const id of outside) expect(ids).not.toContain(id);
      for (const item of items) {
        if (!item.ok) continue;
        expect(orderSchema.safeParse(item.order).success).toBe(true);
        expect(item.order.channel).toBe(adapter.channel);
        expect(item.order.shopId).toBe(shopId);
        const modified = Date.parse(item.order.platformModifiedAt);
        expect(modified).toBeGreaterThanOrEqual(Date.parse(window.from));
        expect(modified).toBeLessThan(Date.parse(window.to));
      }
    });

    it('refuses a window wider than it declares', async () => {
      const { adapter, platform, shopId } = await start();
      const window = pastWindow(platform.now(), adapter.capabilities.maxOrderWindowMs + 60_000);
      await expect(adapter.listOrders({ shopId, window })).rejects.toSatisfy((error: unknown) =>
        OmsError.isCode(error, 'invalid_input'),
      );
    });

    it('misses and duplicates nothing when orders change while it pages', async () => {
      const { adapter, platform, shopId } = await start();
      const window = pastWindow(
        platform.now(),
        Math.min(adapter.capabilities.maxOrderWindowMs, 30 * 60 * 1000),
      );
      const seeded = platform.seedOrders(shopId, 230, window);
      platform.modifyDuringPaging(shopId, 7);
      const first = mappedIds((await collectOrderWindow(adapter, shopId, window)).items);
      // The modified orders left the first window; the windows after it (up to now, each no
      // wider than the adapter allows) must hold them.
      const second: string[] = [];
      const later = planSyncWindows(
        Date.parse(window.to),
        Date.parse(platform.now()) + 1000,
        adapter.capabilities.maxOrderWindowMs,
      );
      for (const next of later)
        second.push(...mappedIds((await collectOrderWindow(adapter, shopId, next)).items));
      const all = [...first, ...second];
      expect(new Set(first).size).toBe(first.length);
      expect(new Set(all)).toEqual(new Set(seeded));
      const truth = new Map(platform.orders(shopId).map((row) => [row.platformOrderId, row.modifiedAt]));
      const changed = seeded.filter((id) => Date.parse(truth.get(id) ?? '') >= Date.parse(window.to));
      expect(changed.length).toBe(7);
      for (const id of changed) expect(second).toContain(id);
    });

    it('loses no order when orders already served change while later pages are read', async () => {
      // An order served on an earlier page that changes leaves the window; an adapter paging
      // forward by page number then lets one row behind it slip onto a page already read.
      const { adapter, platform, shopId } = await start();
      const window = pastWindow(
        platform.now(),
        Math.min(adapter.capabilities.maxOrderWindowMs, 30 * 60 * 1000),
      );
      const seeded = platform.seedOrders(shopId, 230, window);
      const first: string[] = [];
      let pageToken: string | undefined;
      let pages = 0;
      do {
        const page = await adapter.listOrders({
          shopId,
          window,
          ...(pageToken === undefined ? {} : { pageToken }),
        });
        const ids = mappedIds(page.items);
        first.push(...ids);
        const served = ids[Math.floor(ids.length / 2)];
        if (pages < 3 && served !== undefined) platform.touchOrder(shopId, served);
        pageToken = page.nextPageToken;
        pages += 1;
      } while (pageToken !== undefined);
      const second: string[] = [];
      for (const next of planSyncWindows(
        Date.parse(window.to),
        Date.parse(platform.now()) + 1000,
        adapter.capabilities.maxOrderWindowMs,
      ))
        second.push(...mappedIds((await collectOrderWindow(adapter, shopId, next)).items));
      expect(new Set([...first, ...second])).toEqual(new Set(seeded));
    });

    it('gets one order by id, and not_found for an unknown one', async () => {
      const { adapter, platform, shopId } = await start();
      const [id] = platform.seedOrders(shopId, 1, pastWindow(platform.now(), 60_000));
      const item = await adapter.getOrder({ shopId, platformOrderId: id as string });
      expect(item.ok && item.order.platformOrderId).toBe(id);
      await expect(adapter.getOrder({ shopId, platformOrderId: '999999999999999999' })).rejects.toSatisfy(
        (error: unknown) => OmsError.isCode(error, 'not_found'),
      );
    });

    it('retries through throttling and server faults', async () => {
      const { adapter, platform, shopId } = await start();
      const window = pastWindow(platform.now(), 60_000);
      const seeded = platform.seedOrders(shopId, 3, window);
      platform.injectFaults('throttle', 1);
      platform.injectFaults('server_error', 1);
      const { items } = await collectOrderWindow(adapter, shopId, window);
      expect(mappedIds(items).sort()).toEqual([...seeded].sort());
      expect(platform.calls().some((call) => !call.ok)).toBe(true);
    });

    it('refreshes an expired token through the host hook and retries', async () => {
      const fixture = await start();
      const { adapter, platform, shopId } = fixture;
      const window = pastWindow(platform.now(), 60_000);
      const seeded = platform.seedOrders(shopId, 2, window);
      platform.expireToken(shopId);
      const { items } = await collectOrderWindow(adapter, shopId, window);
      expect(mappedIds(items).sort()).toEqual([...seeded].sort());
      expect(fixture.tokenRefreshes()).toBe(1);
    });

    it.skipIf(skip.ship !== undefined)('writes a shipment back', async () => {
      const { adapter, platform, shopId } = await start();
      const [id] = platform.seedOrders(shopId, 1, pastWindow(platform.now(), 60_000));
      await adapter.ship({
        shopId,
        platformOrderId: id as string,
        parcels: [{ carrierCode: 'SF', trackingNumber: 'SF1234567890123' }],
      });
      expect(platform.shippedTrackingNumbers(shopId, id as string)).toEqual(['SF1234567890123']);
    });

    it.skipIf(skip.signature !== undefined)('surfaces a refused signature as a typed error', async () => {
      const { adapterWithWrongSecret, platform, shopId } = await start();
      expect(adapterWithWrongSecret).toBeDefined();
      const window = pastWindow(platform.now(), 60_000);
      await expect(adapterWithWrongSecret?.listOrders({ shopId, window })).rejects.toSatisfy(
        (error: unknown) => OmsError.is(error) && !error.retryable,
      );
    });

    it.skipIf(skip.push !== undefined)('verifies pushes and refuses tampered ones', async () => {
      const { adapter, platform, shopId } = await start();
      if (
        !adapter.capabilities.push ||
        adapter.parsePush === undefined ||
        platform.signedOrderPush === undefined
      ) {
        throw new Error('the adapter pushes but the mock cannot sign a push; skip push with a reason');
      }
      const [id] = platform.seedOrders(shopId, 1, pastWindow(platform.now(), 60_000));
      const push = platform.signedOrderPush(shopId, id as string);
      const parsed = await adapter.parsePush(push);
      expect(parsed.messages.some((message) => message.platformOrderId === id)).toBe(true);
      expect(parsed.reply.status).toBe(200);
      const tampered = { ...push, body: push.body.replace(id as string, `${id}1`) };
      await expect(adapter.parsePush(tampered)).rejects.toSatisfy((error: unknown) =>
        OmsError.isCode(error, 'invalid_signature'),
      );
    });
  });
}
