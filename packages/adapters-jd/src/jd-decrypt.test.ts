import { OmsError, type Order } from '@omskit/core';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createJdAdapter } from './jd-adapter';
import type { JdOaidDecryptSettings } from './jd-decrypt';
import { jdTestWorld } from './jd-test-world.test-helpers';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const shopId = 'jd-shop-1';
const hour = 60 * 60 * 1000;

function setup(decrypt?: Partial<JdOaidDecryptSettings>) {
  return jdTestWorld(server, shopId, 'jingdong.jos.order.oaid.decrypt', () =>
    decrypt === undefined ? {} : { oaidDecrypt: { appName: 'omskit-erp', ...decrypt } },
  );
}

async function mappedOrders(setupResult: ReturnType<typeof setup>, count: number): Promise<Order[]> {
  const { platform, adapter } = setupResult;
  const now = Date.parse(platform.controls.now());
  const ids = platform.controls.seedOrders(shopId, count, {
    from: new Date(now - 2 * hour).toISOString(),
    to: new Date(now - hour).toISOString(),
  });
  const orders: Order[] = [];
  for (const platformOrderId of ids) {
    const item = await adapter.getOrder({ shopId, platformOrderId });
    if (!item.ok) throw item.error;
    orders.push(item.order);
  }
  return orders;
}

describe('JD decryptReceivers over jingdong.jos.order.oaid.decrypt', () => {
  it('is off unless oaidDecrypt is set', () => {
    const { adapter } = setup();
    expect(adapter.capabilities.decryptReceiver).toBe(false);
    expect(adapter.decryptReceivers).toBeUndefined();
  });

  it('decrypts by oaid in batches, the scene as scenesType, and logs none of it', async () => {
    const context = setup({ orderType: 'POP' });
    const orders = await mappedOrders(context, 25);
    expect(orders.every((order) => order.receiver.tokens.oaid !== undefined)).toBe(true);
    const receivers = await context.adapter.decryptReceivers?.({ shopId, orders, purpose: 'print_waybill' });
    expect(receivers).toHaveLength(25);
    expect(receivers?.map((receiver) => receiver.platformOrderId)).toEqual(
      orders.map((order) => order.platformOrderId),
    );
    const first = receivers?.[0];
    expect(first?.name).toMatch(/^测试买家\d{4}$/);
    expect(first?.phone).toMatch(/^138\d{8}$/);
    expect(first?.address).not.toContain('*');
    expect(context.sent).toHaveLength(2);
    const request = context.sent[0]?.['getReceiverInfoListReqVO'] as Record<string, unknown>;
    expect(request).toMatchObject({ appName: 'omskit-erp', scenesType: 'print_waybill', orderType: 'POP' });
    expect(request['orderInfos']).toHaveLength(20);
    expect((request['orderInfos'] as { orderId: unknown }[])[0]?.orderId).toBe(
      Number(orders[0]?.platformOrderId),
    );
    const logged = context.logs.join('\n');
    for (const receiver of receivers ?? [])
      for (const value of [receiver.name, receiver.phone, receiver.address])
        expect(logged).not.toContain(value as string);
  });

  it('leaves out orders whose oaid the platform does not match', async () => {
    const context = setup({});
    const [order, other] = await mappedOrders(context, 2);
    if (order === undefined || other === undefined) throw new Error('no orders');
    const forged = {
      ...order,
      receiver: { ...order.receiver, tokens: { ...order.receiver.tokens, oaid: 'forged' } },
    };
    const receivers = await context.adapter.decryptReceivers?.({
      shopId,
      orders: [forged, other],
      purpose: 's',
    });
    expect(receivers?.map((receiver) => receiver.platformOrderId)).toEqual([other.platformOrderId]);
  });

  it('refuses an order without an oaid and an empty scene, naming them', async () => {
    const context = setup({});
    const [order] = await mappedOrders(context, 1);
    if (order === undefined) throw new Error('no order');
    const bare = { ...order, receiver: { ...order.receiver, tokens: {} } };
    await expect(
      context.adapter.decryptReceivers?.({ shopId, orders: [order, bare], purpose: 's' }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      path: ['orders', 1, 'receiver', 'tokens', 'oaid'],
    });
    await expect(
      context.adapter.decryptReceivers?.({ shopId, orders: [order], purpose: ' ' }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      path: ['purpose'],
    });
  });

  it('turns a non-zero returnType.code into platform_rejected carrying no receiver data', async () => {
    const context = setup({ batchSize: 30 });
    const orders = await mappedOrders(context, 21);
    const failure = await context.adapter
      .decryptReceivers?.({ shopId, orders, purpose: 's' })
      .catch((error: unknown) => error);
    expect(OmsError.isCode(failure, 'platform_rejected')).toBe(true);
    expect(failure).toMatchObject({ platformCode: '403', retryable: false, rawPayload: undefined });
  });

  it('checks its settings by name', () => {
    const base = { appKey: 'k', appSecret: 's', accessToken: () => 't' };
    for (const oaidDecrypt of [{}, { appName: 'a', batchSize: 0 }, { appName: 'a', scene: 'x' }]) {
      expect(() =>
        createJdAdapter({ ...base, oaidDecrypt: oaidDecrypt as unknown as JdOaidDecryptSettings }),
      ).toThrow(expect.objectContaining({ code: 'invalid_input', path: ['settings', 'oaidDecrypt'] }));
    }
  });
});
