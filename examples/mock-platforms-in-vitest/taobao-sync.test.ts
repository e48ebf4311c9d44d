// Copy this file into your own project to test your omskit integration against a mock Taobao
// platform instead of the real gateway: msw answers https://gw.api.taobao.com with TOP's own
// envelopes, signatures are checked, and faults can be injected. Nothing leaves the machine.
import { createTaobaoAdapter } from '@omskit/adapters-taobao';
import { createTaobaoMockPlatform } from '@omskit/adapters-taobao/testing';
import { createOms } from '@omskit/core/runtime';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

const shopId = 'tb-flagship';
const hour = 60 * 60 * 1000;

// One platform for the whole file; msw 3 calls its unhandled-request option onUnhandledFrame.
let mock = createTaobaoMockPlatform({ now: '2026-11-11T12:00:00.000Z', seed: 7 });
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterAll(() => server.close());

// A fresh platform (and its handlers) per test, so tests never see each other's orders.
beforeEach(() => {
  mock = createTaobaoMockPlatform({ now: '2026-11-11T12:00:00.000Z', seed: 7 });
  server.resetHandlers(...mock.handlers);
});
afterEach(() => server.resetHandlers());

/** Your production wiring, pointed at the mock: same adapter, same runtime. */
function createSystem() {
  let token = mock.addShop(shopId);
  let refreshes = 0;
  const adapter = createTaobaoAdapter({
    appKey: mock.appKey,
    appSecret: mock.appSecret,
    clock: mock.clock, // TOP refuses timestamps far from its own clock; so does the mock
    accessToken: () => token,
    refreshAccessToken: (shop) => {
      refreshes += 1;
      token = mock.issueToken(shop);
      return token;
    },
    retry: { minTimeoutMs: 1, maxTimeoutMs: 10 }, // keep retries fast in tests
  });
  const oms = createOms({
    channels: [adapter],
    shops: [
      {
        channel: 'taobao',
        shopId,
        syncFrom: new Date(Date.parse(mock.controls.now()) - 3 * hour).toISOString(),
      },
    ],
    clock: mock.clock,
  });
  return { oms, refreshes: () => refreshes };
}

const lastHours = (hours: number) => {
  const now = Date.parse(mock.controls.now());
  return { from: new Date(now - hours * hour).toISOString(), to: new Date(now - 60_000).toISOString() };
};

describe('syncing Taobao through the mock platform', () => {
  it('stores every order of the window once', async () => {
    const ids = mock.controls.seedOrders(shopId, 40, lastHours(2));
    const { oms } = createSystem();
    const [report] = await oms.sync();
    expect(report).toMatchObject({ status: 'synced', created: 40, quarantined: 0 });
    const stored = await oms.stores.orders.list({ limit: 100 });
    expect(stored.map((row) => row.value.platformOrderId).sort()).toEqual([...ids].sort());
  });

  it('rides out throttling: the gateway retries and nothing is lost', async () => {
    mock.controls.seedOrders(shopId, 25, lastHours(2));
    mock.controls.injectFaults('throttle', 2);
    const { oms } = createSystem();
    const [report] = await oms.sync();
    expect(report?.created).toBe(25);
    expect(mock.controls.calls().some((call) => !call.ok)).toBe(true); // the throttles happened
  });

  it('refreshes an expired session once and carries on', async () => {
    mock.controls.seedOrders(shopId, 10, lastHours(2));
    const system = createSystem();
    mock.controls.expireToken(shopId);
    const [report] = await system.oms.sync();
    expect(report?.created).toBe(10);
    expect(system.refreshes()).toBe(1);
  });

  it('writes the tracking number back to the platform through the outbox', async () => {
    const [tid] = mock.controls.seedOrders(shopId, 1, lastHours(1));
    const { oms } = createSystem();
    await oms.sync();
    const [row] = await oms.stores.orders.list({ limit: 1 });
    expect(row).toBeDefined();
    const order = row?.value;
    if (order === undefined) throw new Error('no order stored');
    await oms.enqueueEffect({
      key: `ship:${order.id}`,
      kind: 'channel.ship',
      payload: {
        channel: order.channel,
        shopId: order.shopId,
        platformOrderId: order.platformOrderId,
        parcels: [{ carrierCode: 'ZTO', trackingNumber: '73100000000001' }],
      },
    });
    await oms.runOutbox();
    expect(mock.controls.shippedTrackingNumbers(shopId, tid ?? '')).toEqual(['73100000000001']);
  });
});
