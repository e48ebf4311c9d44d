import { OmsError } from '@omskit/core';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createJdAdapter } from './jd-adapter';
import type { JdAfterSaleListSettings } from './jd-list-after-sales';
import { jdTestWorld } from './jd-test-world.test-helpers';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const shopId = 'jd-shop-1';
const hour = 60 * 60 * 1000;

function setup(list?: Partial<JdAfterSaleListSettings>) {
  return jdTestWorld(server, shopId, 'jingdong.asc.query.list', (platform) =>
    list === undefined
      ? {}
      : {
          afterSaleList: {
            buId: platform.venderIdOf(shopId),
            operatePin: 'omskit-bot',
            statuses: { '10005': 'requested', '10010': 'approved' },
            ...list,
          },
        },
  );
}

/** Every item of a window, following page tokens. */
async function collect(adapter: ReturnType<typeof createJdAdapter>, window: { from: string; to: string }) {
  const items = [];
  let pageToken: string | undefined;
  let pages = 0;
  do {
    const page = await adapter.listAfterSales?.({ shopId, window, ...(pageToken ? { pageToken } : {}) });
    if (page === undefined) throw new Error('no listAfterSales');
    items.push(...page.items);
    pageToken = page.nextPageToken;
    pages += 1;
  } while (pageToken !== undefined);
  return { items, pages };
}

describe('JD listAfterSales over jingdong.asc.query.list', () => {
  it('is off unless afterSaleList is set', () => {
    const { adapter } = setup();
    expect(adapter.capabilities.afterSales).toBe(false);
    expect(adapter.listAfterSales).toBeUndefined();
  });

  it('pages the window by update time and maps every service order', async () => {
    const { platform, adapter, sent } = setup({ pageSize: 2 });
    const from = platform.controls.now();
    const orders = platform.controls.seedOrders(shopId, 5, {
      from: new Date(Date.parse(from) - 2 * hour).toISOString(),
      to: from,
    });
    const serviceIds = orders.map((orderId) => platform.requestService(shopId, orderId));
    platform.controls.advance(60_000);
    platform.setServiceStatus(shopId, serviceIds[0] as number, 10010);
    platform.controls.advance(60_000);
    const window = { from, to: platform.controls.now() };
    const { items, pages } = await collect(adapter, window);
    expect(pages).toBe(3);
    expect(items.map((item) => (item.ok ? item.afterSale.platformAfterSaleId : 'failed'))).toEqual(
      serviceIds.map(String),
    );
    const first = items[0];
    expect(first?.ok && first.afterSale).toMatchObject({
      channel: 'jd',
      type: 'return_refund',
      status: 'approved',
      platformStatus: '10010',
      platformOrderId: orders[0],
      lines: [{ quantity: 1, skuId: expect.any(String) }],
    });
    expect(first?.ok && first.warnings.map((warning) => warning.path[0])).toEqual([
      'actualPayPrice',
      'skuId',
    ]);
    expect(sent[0]).toMatchObject({
      buId: platform.venderIdOf(shopId),
      operatePin: 'omskit-bot',
      operateNick: 'omskit-bot',
      pageNumber: '1',
      pageSize: '2',
    });
    // Beijing wall times, the window's last whole second inclusive.
    expect(sent[0]?.['updateTimeBegin']).toBe('2026-11-11 12:00:00');
    expect(sent[0]?.['updateTimeEnd']).toBe('2026-11-11 12:01:59');
    expect(sent.map((params) => params['pageNumber'])).toEqual(['1', '2', '3']);
  });

  it('filters on the apply time when asked', async () => {
    const { platform, adapter, sent } = setup({ timeField: 'apply' });
    const from = platform.controls.now();
    const [orderId] = platform.controls.seedOrders(shopId, 1, {
      from: new Date(Date.parse(from) - hour).toISOString(),
      to: from,
    });
    platform.requestService(shopId, orderId as string);
    platform.controls.advance(60_000);
    const { items } = await collect(adapter, { from, to: platform.controls.now() });
    expect(items).toHaveLength(1);
    expect(sent[0]).toHaveProperty('applyTimeBegin');
    expect(sent[0]).not.toHaveProperty('updateTimeBegin');
  });

  it('keeps a service order that does not map, with its id and the reason', async () => {
    const { platform, adapter } = setup({});
    const from = platform.controls.now();
    const [orderId] = platform.controls.seedOrders(shopId, 1, {
      from: new Date(Date.parse(from) - hour).toISOString(),
      to: from,
    });
    const serviceId = platform.requestService(shopId, orderId as string, { serviceStatus: 424242 });
    platform.controls.advance(60_000);
    const { items } = await collect(adapter, { from, to: platform.controls.now() });
    expect(items).toHaveLength(1);
    const [item] = items;
    expect(item?.ok).toBe(false);
    if (item?.ok === false) {
      expect(item.platformAfterSaleId).toBe(String(serviceId));
      expect(item.error).toMatchObject({ code: 'invalid_input', path: ['serviceStatus'] });
      expect(item.raw).toMatchObject({ serviceId, serviceStatus: 424242 });
    }
  });

  it('turns a non-zero code into platform_rejected with the platform code', async () => {
    const { platform, adapter } = setup({ buId: '1' });
    const now = platform.controls.now();
    const failure = await adapter
      .listAfterSales?.({ shopId, window: { from: new Date(Date.parse(now) - hour).toISOString(), to: now } })
      .catch((error: unknown) => error);
    expect(OmsError.isCode(failure, 'platform_rejected')).toBe(true);
    expect(failure).toMatchObject({ platform: 'jd', platformCode: '1001', retryable: false });
  });

  it('refuses windows wider than the adapter splits to, and bad settings by name', async () => {
    const { platform, adapter } = setup({});
    const now = platform.controls.now();
    await expect(
      adapter.listAfterSales?.({
        shopId,
        window: { from: new Date(Date.parse(now) - 25 * hour).toISOString(), to: now },
      }),
    ).rejects.toMatchObject({ code: 'invalid_input', path: ['window'] });
    const base = { appKey: 'k', appSecret: 's', accessToken: () => 't' };
    for (const afterSaleList of [
      { operatePin: 'p' },
      { buId: 'b', operatePin: 'p', pageSize: 500 },
      { buId: 'b', operatePin: 'p', surprise: true },
    ]) {
      expect(() =>
        createJdAdapter({ ...base, afterSaleList: afterSaleList as unknown as JdAfterSaleListSettings }),
      ).toThrow(expect.objectContaining({ code: 'invalid_input', path: ['settings', 'afterSaleList'] }));
    }
  });
});
