import { type ChannelAdapter, type LogFields, type Logger, OmsError, type TimeWindow } from '@omskit/core';
import { collectOrderWindow } from '@omskit/core/testing';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTaobaoAdapter } from './taobao-adapter';
import type { TaobaoAdapterSettings } from './taobao-settings';
import { createTaobaoMockPlatform, type TaobaoMockPlatformOptions } from './testing';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const shopId = 'tb-shop-2';
const hour = 60 * 60 * 1000;

function world(settings: Partial<TaobaoAdapterSettings> = {}, mockOptions: TaobaoMockPlatformOptions = {}) {
  const mock = createTaobaoMockPlatform({ seed: 11, ...mockOptions });
  server.use(...mock.handlers);
  let token = mock.addShop(shopId);
  const counters = { refreshes: 0 };
  const logs: { message: string; fields?: LogFields }[] = [];
  const record = (message: string, fields?: LogFields) =>
    logs.push({ message, ...(fields === undefined ? {} : { fields }) });
  const logger: Logger = { debug: record, info: record, warn: record, error: record };
  const adapter: ChannelAdapter = createTaobaoAdapter({
    appKey: mock.appKey,
    appSecret: mock.appSecret,
    clock: mock.clock,
    logger,
    accessToken: () => token,
    refreshAccessToken: async (shop) => {
      counters.refreshes += 1;
      token = mock.issueToken(shop);
      return token;
    },
    retry: { minTimeoutMs: 5, maxTimeoutMs: 20 },
    ...settings,
  });
  const window = (spanMs: number, endsAgoMs = hour): TimeWindow => {
    const to = Date.parse(mock.controls.now()) - endsAgoMs;
    return { from: new Date(to - spanMs).toISOString(), to: new Date(to).toISOString() };
  };
  return { mock, adapter, counters, logs, window, token: () => token };
}

describe('listing', () => {
  it('splits a window holding more orders than pageSize x maxPagesPerWindow, never asking past the page cap', async () => {
    const { mock, adapter, window } = world({ pageSize: 20, maxPagesPerWindow: 3 }, { maxPageNo: 3 });
    expect(adapter.capabilities.maxOrdersPerWindow).toBe(60);
    const span = window(30 * 60 * 1000);
    const seeded = mock.controls.seedOrders(shopId, 250, span);
    const { items } = await collectOrderWindow(adapter, shopId, span);
    const ids = items.map((item) => (item.ok ? item.order.platformOrderId : 'broken'));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...seeded].sort());
    expect(mock.controls.calls().every((call) => call.ok)).toBe(true);
  });

  it('refuses a page token from another window or a forged one', async () => {
    const { mock, adapter, window } = world({ pageSize: 10 });
    const span = window(10 * 60 * 1000);
    mock.controls.seedOrders(shopId, 25, span);
    const first = await adapter.listOrders({ shopId, window: span });
    expect(first.nextPageToken).toBeDefined();
    const other = window(10 * 60 * 1000, 2 * hour);
    const token = first.nextPageToken as string;
    await expect(adapter.listOrders({ shopId, window: other, pageToken: token })).rejects.toSatisfy(
      (error: unknown) => OmsError.isCode(error, 'invalid_input') && error.path?.[0] === 'pageToken',
    );
    await expect(
      adapter.listOrders({ shopId, window: span, pageToken: 'bm90LWEtdG9rZW4' }),
    ).rejects.toSatisfy((error: unknown) => OmsError.isCode(error, 'invalid_input'));
  });

  it('works with every sign method', async () => {
    for (const signMethod of ['md5', 'hmac', 'hmac-sha256'] as const) {
      const { mock, adapter, window } = world({ signMethod });
      const span = window(60_000);
      const seeded = mock.controls.seedOrders(shopId, 2, span);
      const { items } = await collectOrderWindow(adapter, shopId, span);
      expect(items.map((item) => item.ok && item.order.platformOrderId).sort()).toEqual([...seeded].sort());
    }
  });

  it('surfaces a clock TOP would refuse as a non-retryable error', async () => {
    const { mock, window } = world();
    const skewed = createTaobaoAdapter({
      appKey: mock.appKey,
      appSecret: mock.appSecret,
      clock: { now: () => mock.clock.now() - 20 * 60 * 1000 },
      accessToken: () => mock.issueToken(shopId),
    });
    await expect(skewed.listOrders({ shopId, window: window(60_000) })).rejects.toSatisfy(
      (error: unknown) =>
        OmsError.isCode(error, 'invalid_input') &&
        !error.retryable &&
        error.platformCode?.startsWith('31') === true,
    );
  });
});

describe('tokens and logs', () => {
  it('refreshes once however many calls see the token expire at once', async () => {
    const { mock, adapter, counters, window } = world();
    const ids = mock.controls.seedOrders(shopId, 6, window(60_000));
    mock.controls.expireToken(shopId);
    const orders = await Promise.all(
      ids.map((platformOrderId) => adapter.getOrder({ shopId, platformOrderId })),
    );
    expect(orders.every((item) => item.ok)).toBe(true);
    expect(counters.refreshes).toBe(1);
  });

  it('gives auth_expired when the host has no refresh hook', async () => {
    const { mock, window } = world();
    const [id] = mock.controls.seedOrders(shopId, 1, window(60_000));
    mock.controls.expireToken(shopId);
    const adapter = createTaobaoAdapter({
      appKey: mock.appKey,
      appSecret: mock.appSecret,
      clock: mock.clock,
      accessToken: () => 'stale',
    });
    await expect(adapter.getOrder({ shopId, platformOrderId: id as string })).rejects.toSatisfy(
      (error: unknown) => OmsError.isCode(error, 'auth_expired'),
    );
  });

  it('never logs tokens, secrets or receivers', async () => {
    const { mock, adapter, logs, window, token } = world();
    const span = window(60_000);
    mock.controls.seedOrders(shopId, 3, span);
    mock.controls.injectFaults('throttle', 1);
    await collectOrderWindow(adapter, shopId, span);
    const text = JSON.stringify(logs);
    expect(logs.length).toBeGreaterThan(0);
    for (const secret of [token(), mock.appSecret, 'receiver', 'oaid', '**'])
      expect(text).not.toContain(secret);
  });
});

describe('shipping', () => {
  it('ships a split order parcel by parcel with is_split and sub_tid', async () => {
    const { mock, adapter, window } = world();
    const [id] = mock.controls.seedOrders(shopId, 1, window(60_000));
    const before = await adapter.getOrder({ shopId, platformOrderId: id as string });
    if (!before.ok) throw before.error;
    const lineIds = before.order.lines.map((line) => line.lineId);
    const parcels =
      lineIds.length === 1
        ? [
            {
              carrierCode: 'ZTO',
              trackingNumber: '75000000000011',
              lines: [{ lineId: lineIds[0] as string, quantity: 1 }],
            },
          ]
        : [
            {
              carrierCode: 'SF',
              trackingNumber: 'SF1400000000011',
              lines: [{ lineId: lineIds[0] as string, quantity: 1 }],
            },
            {
              carrierCode: 'JTSD',
              trackingNumber: 'JT0000000000012',
              lines: lineIds.slice(1).map((lineId) => ({ lineId, quantity: 1 })),
            },
          ];
    await adapter.ship({ shopId, platformOrderId: id as string, parcels });
    expect(mock.controls.shippedTrackingNumbers(shopId, id as string)).toEqual(
      parcels.map((parcel) => parcel.trackingNumber),
    );
    const after = await adapter.getOrder({ shopId, platformOrderId: id as string });
    expect(after.ok && after.order.status).toBe('shipped');
    expect(after.ok && after.order.lines.every((line) => line.shippedQuantity === line.quantity)).toBe(true);
  });

  it('refuses an unknown carrier and a code missing from the shop company list', async () => {
    const { mock, adapter, window } = world({ carrierCodes: { JTSD: 'JTSD' } });
    const [id] = mock.controls.seedOrders(shopId, 1, window(60_000));
    const ship = (carrierCode: string) =>
      adapter.ship({
        shopId,
        platformOrderId: id as string,
        parcels: [{ carrierCode, trackingNumber: 'X1234567890' }],
      });
    await expect(ship('PIGEON')).rejects.toSatisfy((error: unknown) =>
      OmsError.isCode(error, 'invalid_input'),
    );
    await expect(ship('JTSD')).rejects.toSatisfy(
      (error: unknown) =>
        OmsError.isCode(error, 'invalid_input') && error.path?.join('.') === 'parcels.0.carrierCode',
    );
    // Not in the static map, but in the shop's company list: TOP's own code is accepted.
    await ship('POSTB');
    expect(mock.controls.shippedTrackingNumbers(shopId, id as string)).toEqual(['X1234567890']);
  });
});

describe('messages, refunds and decryption', () => {
  it('pulls TMC messages over HTTP and confirms them', async () => {
    const { mock, adapter, window } = world();
    const ids = mock.controls.seedOrders(shopId, 3, window(60_000));
    const messages = (await adapter.pullMessages?.({})) ?? [];
    expect(messages.map((message) => message.platformOrderId).sort()).toEqual([...ids].sort());
    expect(messages.every((message) => message.kind === 'order-changed')).toBe(true);
    await adapter.confirmMessages?.({ messageIds: messages.map((message) => message.messageId) });
    expect(mock.pendingMessages()).toBe(0);
  });

  it('lists refunds modified in a window', async () => {
    const { mock, adapter } = world();
    const now = Date.parse(mock.controls.now());
    const [id] = mock.controls.seedOrders(shopId, 1, {
      from: new Date(now - hour).toISOString(),
      to: new Date(now - 1000).toISOString(),
    });
    const refundId = mock.addRefund(shopId, id as string);
    const page = await adapter.listAfterSales?.({
      shopId,
      window: { from: new Date(now - 60_000).toISOString(), to: new Date(now + 1000).toISOString() },
    });
    expect(page?.items.map((item) => item.ok && item.afterSale.platformAfterSaleId)).toEqual([refundId]);
    const order = await adapter.getOrder({ shopId, platformOrderId: id as string });
    expect(order.ok && order.order.lines[0]?.refundStatus).toBe('in_progress');
  });

  it('decrypts receivers for a documented scene only', async () => {
    const { mock, adapter, window } = world();
    const [id] = mock.controls.seedOrders(shopId, 1, window(60_000));
    const item = await adapter.getOrder({ shopId, platformOrderId: id as string });
    if (!item.ok) throw item.error;
    const [receiver] =
      (await adapter.decryptReceivers?.({ shopId, orders: [item.order], purpose: '1001' })) ?? [];
    expect(receiver).toEqual({
      platformOrderId: id,
      name: '测试收件人',
      phone: '13800000000',
      address: '测试路1号',
    });
    await expect(
      adapter.decryptReceivers?.({ shopId, orders: [item.order], purpose: 'curiosity' }),
    ).rejects.toSatisfy((error: unknown) => OmsError.isCode(error, 'invalid_input'));
  });
});

describe('settings', () => {
  it('are strict', () => {
    const base = { appKey: 'k', appSecret: 's', accessToken: () => 't' };
    const bad = (extra: object) => () => createTaobaoAdapter({ ...base, ...extra } as TaobaoAdapterSettings);
    expect(bad({ pageSize: 101 })).toThrowError(
      expect.objectContaining({ code: 'invalid_input', path: ['pageSize'] }),
    );
    expect(bad({ pagesize: 10 })).toThrowError(
      expect.objectContaining({ code: 'invalid_input', path: ['pagesize'] }),
    );
    expect(bad({ maxOrderWindowMs: 2 * 24 * hour })).toThrowError(
      expect.objectContaining({ path: ['maxOrderWindowMs'] }),
    );
    expect(bad({ signMethod: 'sha1' })).toThrowError(expect.objectContaining({ path: ['signMethod'] }));
    expect(bad({ appSecret: '' })).toThrowError(expect.objectContaining({ path: ['appSecret'] }));
  });
});
