import { describe, expect, it } from 'vitest';
import { defaultAfterSalePolicy } from '../aftersales/after-sale-policy';
import type { AfterSaleDecision, ChannelAdapter } from '../contracts/channel-adapter';
import { OmsError } from '../errors/oms-error';
import { createMemoryStores } from '../stores/memory-stores';
import { buildTestAfterSale, buildTestOrder } from '../testing/test-records';
import { createFakeChannel } from './__fixtures__/fake-channel';
import { createAfterSalesDesk, reconcileLines } from './after-sales-desk';
import { createOms } from './create-oms';

const cny = (amount: number) => ({ amount, currency: 'CNY' as const });

function setup(options: { decisions?: AfterSaleDecision['action'][]; storeOrder?: boolean } = {}) {
  let now = Date.parse('2026-11-11T02:00:00.000Z');
  const clock = { now: () => now };
  const stores = createMemoryStores();
  const decided: { platformAfterSaleId: string; decision: AfterSaleDecision }[] = [];
  const fake = createFakeChannel().adapter;
  const adapter: ChannelAdapter = {
    ...fake,
    channel: 'taobao',
    capabilities: {
      ...fake.capabilities,
      afterSaleDecisions: options.decisions ?? ['approve_refund', 'refuse'],
    },
    decideAfterSale: async ({ platformAfterSaleId, decision }) => {
      decided.push({ platformAfterSaleId, decision });
    },
  };
  const desk = createAfterSalesDesk({
    stores,
    channels: [adapter],
    shops: [],
    clock,
    policy: { ...defaultAfterSalePolicy, autoApproveMaxFen: 20_000 },
  });
  const oms = createOms({ channels: [adapter], shops: [], stores, clock, effects: desk.effects });
  const order = buildTestOrder();
  return {
    stores,
    desk,
    oms,
    decided,
    order,
    advance: (ms: number) => {
      now += ms;
    },
    async storeOrder() {
      await stores.orders.put(order, 0);
      await stores.inventory.setStock({ sku: 'TEE-RED-M', warehouseId: 'wh-1', onHand: 5 });
      await stores.inventory.reserve(
        {
          key: 'reserve:1001',
          orderId: order.id,
          lines: [{ lineId: '1001-1', sku: 'TEE-RED-M', warehouseId: 'wh-1', quantity: 1 }],
        },
        clock.now(),
      );
    },
  };
}

describe('after-sales desk', () => {
  it('auto-approves a refund before shipment, tells the platform and releases the reservation', async () => {
    const t = setup();
    await t.storeOrder();
    const received = await t.desk.receive(buildTestAfterSale());
    expect(received.outcome).toBe('auto_checked');
    expect(received.afterSaleCase.afterSale.status).not.toBe('requested');
    await t.oms.runOutbox();
    expect(t.decided).toEqual([{ platformAfterSaleId: '5001', decision: { action: 'approve_refund' } }]);
    expect(await t.stores.inventory.getItem('TEE-RED-M', 'wh-1')).toMatchObject({ onHand: 5, reserved: 0 });
    // No host handler for the finance ticket or the buyer notice: parked, naming what to register.
    const parked = await t.stores.outbox.list('parked');
    expect(parked.map((entry) => entry.kind)).toContain('buyer.notify');
    for (const entry of parked) {
      expect(entry.lastError?.code).toBe('unsupported');
      expect(entry.lastError?.message).toContain(entry.kind);
    }
  });

  it('parks the platform decision when the adapter cannot take it, saying to use the seller console', async () => {
    const t = setup({ decisions: [] });
    await t.storeOrder();
    await t.desk.receive(buildTestAfterSale());
    await t.oms.runOutbox();
    expect(t.decided).toEqual([]);
    const decision = (await t.stores.outbox.list('parked')).find(
      (entry) => entry.kind === 'channel.decide-after-sale',
    );
    expect(decision?.lastError).toMatchObject({ code: 'unsupported' });
    expect(decision?.lastError?.message).toContain('seller console');
  });

  it('takes the same snapshot twice without a second history entry or effect', async () => {
    const t = setup();
    await t.storeOrder();
    await t.desk.receive(buildTestAfterSale());
    const entries = (await t.stores.outbox.list('pending')).length;
    const again = await t.desk.receive(buildTestAfterSale());
    expect(again.outcome).toBe('updated');
    // The platform still says "waiting for the seller": our approval stands.
    expect(again.afterSaleCase.afterSale.status).toBe('approved');
    expect((await t.stores.outbox.list('pending')).length).toBe(entries);
    expect((await t.stores.afterSaleCases?.get('taobao:shop-1:as:5001'))?.value.history).toHaveLength(
      again.afterSaleCase.history.length,
    );
  });

  it('waits for the order and auto-checks once it is there', async () => {
    const t = setup();
    expect((await t.desk.receive(buildTestAfterSale())).outcome).toBe('awaiting_order');
    await t.storeOrder();
    expect((await t.desk.receive(buildTestAfterSale())).outcome).toBe('auto_checked');
  });

  it('follows the platform when it moves first and ignores an older snapshot', async () => {
    const t = setup({ decisions: [] });
    await t.storeOrder();
    const big = buildTestAfterSale({
      refundAmount: cny(9900),
      lines: [{ lineId: '1001-1', quantity: 1, refundAmount: cny(9900) }],
    });
    await t.desk.receive(big);
    const closed = await t.desk.receive({
      ...big,
      status: 'closed',
      platformStatus: 'CLOSED',
      platformModifiedAt: '2026-11-11T05:00:00.000Z',
    });
    expect(['followed', 'jumped']).toContain(closed.outcome);
    expect(closed.afterSaleCase.afterSale.status).toBe('closed');
    expect(closed.afterSaleCase.history.at(-1)).toMatchObject({
      event: 'platform',
      platformStatus: 'CLOSED',
    });
    const stale = await t.desk.receive({ ...big, platformModifiedAt: '2026-11-11T00:30:00.000Z' });
    expect(stale.outcome).toBe('stale');
    expect((await t.stores.afterSales.get(big.id))?.value.status).toBe('closed');
  });

  it('refuses an event the table does not allow, and a case it does not have', async () => {
    const t = setup();
    await t.storeOrder();
    await t.desk.receive(buildTestAfterSale());
    await expect(t.desk.apply('taobao:shop-1:as:5001', { type: 'close' })).rejects.toSatisfy(
      (error: unknown) => OmsError.isCode(error, 'invalid_transition'),
    );
    await expect(t.desk.apply('nope', { type: 'close' })).rejects.toSatisfy((error: unknown) =>
      OmsError.isCode(error, 'not_found'),
    );
  });

  it('needs a case store', () => {
    const stores = createMemoryStores();
    const { afterSaleCases: _cases, ...withoutCases } = stores;
    expect(() => createAfterSalesDesk({ stores: withoutCases, channels: [], shops: [] })).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: ['stores', 'afterSaleCases'] }),
    );
  });
});

describe('desk.sync', () => {
  it('pulls the other shops when one fails, and reports which failed and why', async () => {
    const stores = createMemoryStores();
    const fake = createFakeChannel().adapter;
    const pulled: string[] = [];
    const adapter: ChannelAdapter = {
      ...fake,
      capabilities: { ...fake.capabilities, afterSales: true },
      listAfterSales: async ({ shopId }) => {
        pulled.push(shopId);
        if (shopId === 'shop-2') throw new OmsError('auth_expired', 'token of shop-2 expired');
        return { items: [], nextPageToken: undefined };
      },
    };
    const clock = { now: () => Date.parse('2026-11-11T02:00:00.000Z') };
    const desk = createAfterSalesDesk({
      stores,
      clock,
      channels: [adapter],
      shops: ['shop-1', 'shop-2', 'shop-3'].map((shopId) => ({
        channel: adapter.channel,
        shopId,
        syncFrom: '2026-11-11T01:00:00.000Z',
      })),
    });
    const reports = await desk.sync();
    expect(reports.map((report) => [report.shopId, report.status])).toEqual([
      ['shop-1', 'synced'],
      ['shop-2', 'failed'],
      ['shop-3', 'synced'],
    ]);
    expect(reports[1]?.error).toEqual({ code: 'auth_expired', message: 'token of shop-2 expired' });
    expect(pulled).toEqual(expect.arrayContaining(['shop-1', 'shop-2', 'shop-3']));
  });
});

describe('reconcileLines', () => {
  it('points a line named by platform SKU at the order line with that SKU', () => {
    const order = buildTestOrder({
      lines: [
        { ...buildTestOrder().lines[0], lineId: 'L1', skuId: 'sku-a' } as ReturnType<
          typeof buildTestOrder
        >['lines'][number],
        { ...buildTestOrder().lines[0], lineId: 'L2', skuId: 'sku-b' } as ReturnType<
          typeof buildTestOrder
        >['lines'][number],
      ],
    });
    const afterSale = buildTestAfterSale({
      lines: [
        { lineId: '1001-sku-sku-b', skuId: 'sku-b', quantity: 1, refundAmount: cny(100) },
        { lineId: 'L1', quantity: 1, refundAmount: cny(100) },
        { lineId: 'x', skuId: 'sku-z', quantity: 1, refundAmount: cny(100) },
      ],
    });
    expect(reconcileLines(afterSale, order).lines.map((line) => line.lineId)).toEqual(['L2', 'L1', 'x']);
  });
});
