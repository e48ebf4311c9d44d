import { describe, expect, it } from 'vitest';
import { defaultAfterSalePolicy } from '../aftersales/after-sale-policy';
import type { ChannelAdapter } from '../contracts/channel-adapter';
import type { AfterSaleCaseStore } from '../contracts/stores';
import { OmsError } from '../errors/oms-error';
import type { AfterSale } from '../schema/after-sale';
import type { Order } from '../schema/order';
import { createMemoryStores } from '../stores/memory-stores';
import { buildTestAfterSale, buildTestOrder } from '../testing/test-records';
import { createFakeChannel } from './__fixtures__/fake-channel';
import { createAfterSalesDesk } from './after-sales-desk';
import { createOms } from './create-oms';

const cny = (amount: number) => ({ amount, currency: 'CNY' as const });
const id = 'taobao:shop-1:as:5001';

const shippedOrder = (): Order => {
  const order = buildTestOrder({ status: 'shipped', shippedAt: '2026-11-11T06:00:00.000Z' });
  return { ...order, lines: order.lines.map((line) => ({ ...line, shippedQuantity: line.quantity })) };
};

const returnRequest = (overrides: Partial<AfterSale> = {}): AfterSale =>
  buildTestAfterSale({ type: 'return_refund', platformStatus: 'WAIT_SELLER_AGREE', ...overrides });

function setup(options: { closeWhenSettled?: boolean } = {}) {
  let now = Date.parse('2026-11-12T02:00:00.000Z');
  const clock = { now: () => now };
  const stores = createMemoryStores();
  const fake = createFakeChannel().adapter;
  const adapter: ChannelAdapter = { ...fake, channel: 'taobao' };
  const notices: string[] = [];
  const desk = createAfterSalesDesk({
    stores,
    channels: [adapter],
    shops: [],
    clock,
    policy: {
      ...defaultAfterSalePolicy,
      autoApproveMaxFen: 20_000,
      autoApproveTypes: ['return_refund', 'refund_only_shipped'],
      platformTimeoutHoursByChannel: { taobao: { awaiting_return: 72, return_in_transit: 240 } },
    },
    handlers: {
      'buyer.notify': async (payload) => {
        notices.push((payload as { notice: string }).notice);
      },
      'warehouse.expect-return': async () => ({}),
      'finance.refund-ticket': async () => ({}),
    },
    ...(options.closeWhenSettled === undefined ? {} : { closeWhenSettled: options.closeWhenSettled }),
  });
  const oms = createOms({ channels: [adapter], shops: [], stores, clock, effects: desk.effects });
  return {
    stores,
    desk,
    oms,
    notices,
    advance: (ms: number) => {
      now += ms;
    },
    caseOf: async (afterSaleId = id) => (await stores.afterSaleCases?.get(afterSaleId))?.value,
    orderLine: async () => (await stores.orders.get('taobao:shop-1:1001'))?.value.lines[0],
  };
}

describe('after-sales desk: the flow moves by itself', () => {
  it('moves an awaited return on when the platform record brings the tracking number', async () => {
    const t = setup();
    await t.stores.orders.put(shippedOrder(), 0);
    await t.desk.receive(returnRequest());
    const awaiting = returnRequest({
      status: 'awaiting_return',
      platformStatus: 'WAIT_BUYER_RETURN_GOODS',
      platformModifiedAt: '2026-11-11T03:00:00.000Z',
    });
    expect((await t.desk.receive(awaiting)).afterSaleCase.afterSale.status).toBe('awaiting_return');
    // Same platform status, now with the buyer's tracking number (PDD keeps its status).
    const shipped = await t.desk.receive({
      ...awaiting,
      returnTrackingNumber: 'YT9',
      platformModifiedAt: '2026-11-11T04:00:00.000Z',
    });
    expect(shipped.outcome).toBe('updated');
    expect(shipped.afterSaleCase.afterSale).toMatchObject({
      status: 'return_in_transit',
      returnTrackingNumber: 'YT9',
    });
    expect(shipped.afterSaleCase.history.at(-1)).toMatchObject({
      event: 'ship_return',
      by: 'buyer',
      at: '2026-11-11T04:00:00.000Z',
      reason: 'the platform reports the return parcel',
    });
  });

  it('settles a confirmed refund into the order once and closes the case, through the outbox', async () => {
    const t = setup();
    await t.stores.orders.put(shippedOrder(), 0);
    await t.desk.receive(buildTestAfterSale({ type: 'refund_only_shipped' }));
    await t.desk.apply(id, { type: 'issue_refund' });
    await t.desk.apply(id, { type: 'confirm_refund', paymentId: 'pay-1' });
    expect(await t.stores.outbox.get(`aftersale:${id}:settle`)).toMatchObject({ state: 'pending' });
    await t.oms.runOutbox();
    expect(await t.orderLine()).toMatchObject({
      refundedQuantity: 1,
      refundedAmount: cny(9900),
      refundStatus: 'refunded',
    });
    const closed = await t.caseOf();
    expect(closed?.afterSale.status).toBe('closed');
    expect(closed?.history.at(-1)).toMatchObject({
      event: 'close',
      by: 'auto',
      reason: 'refund settled into the order',
    });
    expect(t.notices).toEqual(['after-sale-approved', 'refund-paid']);
    // Settling again (by hand, or a re-run) changes nothing.
    const again = await t.desk.settle(id);
    expect(again.order.lines[0]).toMatchObject({ refundedQuantity: 1, refundedAmount: cny(9900) });
    expect((await t.stores.orders.get('taobao:shop-1:1001'))?.revision).toBe(2);
    // A platform sync that does not report the refund yet does not erase it.
    await t.oms.applyOrder({ ...shippedOrder(), platformModifiedAt: '2026-11-12T00:00:00.000Z' });
    expect(await t.orderLine()).toMatchObject({ refundedQuantity: 1, refundedAmount: cny(9900) });
  });

  it('leaves a settled case refunded when told not to close it', async () => {
    const t = setup({ closeWhenSettled: false });
    await t.stores.orders.put(shippedOrder(), 0);
    await t.desk.receive(buildTestAfterSale({ type: 'refund_only_shipped' }));
    await t.desk.apply(id, { type: 'issue_refund' });
    await t.desk.apply(id, { type: 'confirm_refund', paymentId: 'pay-1' });
    await t.oms.runOutbox();
    expect(await t.caseOf()).toMatchObject({
      afterSale: { status: 'refunded' },
      settledAt: expect.any(String),
    });
    expect((await t.orderLine())?.refundedQuantity).toBe(1);
  });

  it('settles the refund the platform reports paid, with the platform as payer', async () => {
    const t = setup();
    await t.stores.orders.put(shippedOrder(), 0);
    await t.desk.receive(buildTestAfterSale({ type: 'refund_only_shipped' }));
    const paid = await t.desk.receive(
      buildTestAfterSale({
        type: 'refund_only_shipped',
        status: 'refunded',
        platformStatus: 'SUCCESS',
        platformModifiedAt: '2026-11-11T05:00:00.000Z',
      }),
    );
    expect(paid.afterSaleCase.refundPayment).toEqual({
      paymentId: 'platform:5001',
      at: '2026-11-11T05:00:00.000Z',
      by: 'platform',
    });
    await t.oms.runOutbox();
    expect((await t.orderLine())?.refundedAmount).toEqual(cny(9900));
    expect((await t.caseOf())?.afterSale.status).toBe('closed');
  });

  it('parks a settlement the order cannot take, naming the line', async () => {
    const t = setup();
    const order = shippedOrder();
    const [line] = order.lines;
    if (line === undefined) throw new Error('no line');
    // Another after-sale, settled before, took the line's whole payment already.
    await t.stores.orders.put({ ...order, lines: [{ ...line, refundedAmount: cny(9900) }] }, 0);
    await t.stores.afterSaleCases?.put(
      {
        afterSale: buildTestAfterSale({ id: 'as-old', type: 'price_protection', status: 'closed' }),
        history: [],
        decisions: [],
        received: [],
        inspected: [],
        refundPayment: { paymentId: 'p0', at: '2026-11-11T02:00:00.000Z' },
        settledAt: '2026-11-11T02:00:00.000Z',
      },
      0,
    );
    const checked = await t.desk.receive(
      buildTestAfterSale({ type: 'refund_only_shipped', refundAmount: cny(100) }),
    );
    // The guards see the line paid back in full and refuse; the seller overrides them.
    expect(checked.afterSaleCase.afterSale.status).toBe('refused');
    expect(checked.afterSaleCase.decisions[0]).toMatchObject({ verdict: 'refuse', rule: 'amount_exceeded' });
    await t.desk.apply(id, { type: 'approve', reason: 'goodwill' });
    await t.desk.apply(id, { type: 'issue_refund' });
    await t.desk.apply(id, { type: 'confirm_refund', paymentId: 'pay-1' });
    await t.oms.runOutbox();
    expect(await t.stores.outbox.get(`aftersale:${id}:settle`)).toMatchObject({
      state: 'parked',
      lastError: { code: 'invalid_transition' },
    });
    expect((await t.caseOf())?.settledAt).toBeUndefined();
    await expect(t.desk.settle(id)).rejects.toMatchObject({
      code: 'invalid_transition',
      path: ['lines', '1001-1'],
    });
  });

  it('follows a case first seen past the request from the request, so the warehouse still expects it', async () => {
    const t = setup();
    await t.stores.orders.put(shippedOrder(), 0);
    const received = await t.desk.receive(
      returnRequest({ status: 'awaiting_return', platformStatus: 'WAIT_BUYER_RETURN_GOODS' }),
    );
    expect(received.outcome).toBe('opened');
    expect(received.afterSaleCase.history).toEqual([
      expect.objectContaining({
        event: 'platform',
        from: 'requested',
        to: 'awaiting_return',
        effects: [expect.objectContaining({ kind: 'warehouse.expect-return' })],
      }),
    ]);
    expect((await t.stores.outbox.list('pending')).map((entry) => entry.kind)).toEqual([
      'warehouse.expect-return',
    ]);
  });

  it('refuses event data that does not fit the case with the bad field, and an event the table forbids', async () => {
    const t = setup();
    await t.stores.orders.put(shippedOrder(), 0);
    await t.desk.receive(returnRequest());
    await t.desk.apply(id, { type: 'await_return' });
    await expect(
      t.desk.apply(id, { type: 'receive', warehouseId: 'wh-1', lines: [{ lineId: '1001-1', quantity: 5 }] }),
    ).rejects.toMatchObject({ code: 'invalid_input', path: ['lines', 0, 'quantity'] });
    await expect(t.desk.apply(id, { type: 'confirm_refund', paymentId: 'p' })).rejects.toSatisfy(
      (error: unknown) => OmsError.isCode(error, 'invalid_transition'),
    );
  });

  it('shows in the view where every effect of the case stands', async () => {
    const t = setup();
    await t.stores.orders.put(shippedOrder(), 0);
    await t.desk.receive(returnRequest());
    await t.oms.runOutbox();
    const [viewed] = (await t.desk.view('taobao:shop-1:1001')).afterSales;
    expect(viewed?.effects.map((effect) => [effect.kind, effect.state, effect.lastError?.code])).toEqual([
      ['channel.decide-after-sale', 'parked', 'unsupported'],
      ['buyer.notify', 'done', undefined],
    ]);
  });
});

describe('after-sales desk: SLA alerts', () => {
  it('warns before the platform decides by itself, over every open case', async () => {
    const t = setup();
    await t.stores.orders.put(shippedOrder(), 0);
    await t.desk.receive(returnRequest());
    await t.desk.apply(id, { type: 'await_return' });
    // The buyer sent it: Taobao now gives the seller 240 h (this policy) before refunding by itself.
    await t.desk.apply(id, { type: 'ship_return', trackingNumber: 'YT1', at: '2026-11-12T02:00:00.000Z' });
    await t.desk.receive(
      buildTestAfterSale({ id: 'taobao:shop-1:as:5002', platformAfterSaleId: '5002', status: 'closed' }),
    );
    const due = Date.parse('2026-11-22T02:00:00.000Z');
    expect(await t.desk.alerts(due - 5 * 3_600_000)).toEqual([]);
    expect(await t.desk.alerts(due - 3_600_000)).toEqual([
      {
        type: 'after-sale-deadline-approaching',
        remainingMs: 3_600_000,
        deadline: expect.objectContaining({
          afterSaleId: id,
          kind: 'platform',
          status: 'return_in_transit',
          consequence: 'the platform confirms receipt and refunds automatically',
        }),
      },
    ]);
    t.advance(11 * 24 * 3_600_000);
    expect((await t.desk.alerts()).map((alert) => alert.type)).toEqual(['after-sale-deadline-passed']);
  });

  it('says so when the case store cannot list open cases', async () => {
    const stores = createMemoryStores();
    const cases = stores.afterSaleCases;
    if (cases === undefined) throw new Error('memory stores without cases');
    // A v1 case store written before listOpen existed.
    const withoutListing: AfterSaleCaseStore = {
      specificationVersion: 'v1',
      get: (afterSaleId) => cases.get(afterSaleId),
      put: (afterSaleCase, revision) => cases.put(afterSaleCase, revision),
      listByOrder: (orderId) => cases.listByOrder(orderId),
    };
    const desk = createAfterSalesDesk({
      stores: { ...stores, afterSaleCases: withoutListing },
      channels: [],
      shops: [],
    });
    await expect(desk.alerts(0)).rejects.toMatchObject({
      code: 'unsupported',
      path: ['stores', 'afterSaleCases', 'listOpen'],
    });
  });
});
