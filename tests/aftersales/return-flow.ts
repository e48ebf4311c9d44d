// The shared script of the per-platform return scenarios: one order synced and shipped through the
// runtime, then a buyer's return request on the mock platform taken through the after-sales desk
// to a closed case, with every effect handled (by omskit or by a recording host handler).
import type { AfterSale, AfterSaleCase, AfterSalePolicy, ChannelAdapter, Order } from '@omskit/core';
import { createMemoryStores } from '@omskit/core';
import { createAfterSalesDesk, createOms, type EffectHandler } from '@omskit/core/runtime';
import type { ChannelMockControls } from '@omskit/core/testing';
import { expect } from 'vitest';

/** One platform's part of the scenario. */
export interface ReturnFlowSetup {
  adapter: ChannelAdapter;
  shopId: string;
  controls: ChannelMockControls;
  policy: AfterSalePolicy;
  /** The buyer asks to return the order's first line on the platform. */
  requestReturn(platformOrderId: string, order: Order): void | Promise<void>;
  /**
   * For an adapter that cannot list after-sales: the after-sale as the host fetched and mapped
   * it itself, handed to `desk.receive`.
   */
  fetchAfterSale?: (order: Order) => AfterSale;
}

/** What the scenario saw. */
export interface ReturnFlowOutcome {
  calls: string[];
  decisionParked?: { code: string; message: string };
  finalCase: AfterSaleCase;
  order: Order;
  hostEffects: string[];
}

const warehouseId = 'WH-HZ';

export async function runReturnFlow(setup: ReturnFlowSetup): Promise<ReturnFlowOutcome> {
  const { adapter, shopId, controls } = setup;
  const clock = { now: () => Date.parse(controls.now()) };
  const stores = createMemoryStores();
  const shops = [
    { channel: adapter.channel, shopId, syncFrom: new Date(clock.now() - 3 * 3_600_000).toISOString() },
  ];
  const hostEffects: string[] = [];
  const record =
    (kind: string): EffectHandler =>
    async (payload) => {
      hostEffects.push(kind);
      return { recorded: kind, payload };
    };
  const desk = createAfterSalesDesk({
    stores,
    channels: [adapter],
    shops,
    clock,
    policy: setup.policy,
    handlers: {
      'buyer.notify': record('buyer.notify'),
      'warehouse.expect-return': record('warehouse.expect-return'),
      'finance.refund-ticket': record('finance.refund-ticket'),
    },
  });
  const oms = createOms({ channels: [adapter], shops, stores, clock, effects: desk.effects });

  // 1. An order arrives and is shipped; the platform records the tracking number.
  const now = clock.now();
  const [platformOrderId] = controls.seedOrders(shopId, 1, {
    from: new Date(now - 2 * 3_600_000).toISOString(),
    to: new Date(now - 3_600_000).toISOString(),
  });
  if (platformOrderId === undefined) throw new Error('no order seeded');
  await oms.sync();
  const [stored] = await stores.orders.list({ limit: 10 });
  const order = stored?.value;
  if (order === undefined) throw new Error('order not synced');
  for (const line of order.lines)
    await stores.inventory.setStock({ sku: line.sellerSku ?? line.lineId, warehouseId, onHand: 5 });
  await oms.enqueueEffect({
    key: `ship:${order.id}`,
    kind: 'channel.ship',
    payload: {
      channel: order.channel,
      shopId,
      platformOrderId,
      parcels: [{ carrierCode: 'ZTO', trackingNumber: '73100000012345' }],
    },
  });
  await oms.runOutbox();
  expect(controls.shippedTrackingNumbers(shopId, platformOrderId)).toEqual(['73100000012345']);
  controls.advance(60_000);
  await oms.sync();
  const shipped = (await stores.orders.get(order.id))?.value ?? order;

  // 2. The buyer asks for a return on the platform; the desk pulls it and auto-checks it.
  await setup.requestReturn(platformOrderId, shipped);
  controls.advance(60_000);
  if (setup.fetchAfterSale === undefined) {
    const [report] = await desk.sync();
    expect(report).toMatchObject({ status: 'synced', quarantined: 0 });
    expect(report?.received).toBeGreaterThanOrEqual(1);
  } else {
    const [report] = await desk.sync();
    expect(report?.status).toBe('unsupported');
    await desk.receive(setup.fetchAfterSale(shipped));
  }
  const [opened] = await desk.view(order.id).then((view) => view.afterSales);
  if (opened === undefined) throw new Error('no after-sale case');
  const afterSaleId = opened.id;
  expect(opened.status).toBe('approved');
  expect(opened.history.map((entry) => entry.to)).toEqual(['auto_checked', 'approved']);

  // 3. Effects of the approval: the platform decision, the buyer's notice, the warehouse notice.
  await oms.runOutbox();
  const parked = await stores.outbox.list('parked');
  const decision = parked.find((entry) => entry.kind === 'channel.decide-after-sale');

  // 4. The return comes back, is inspected, restocked, refunded, settled and closed.
  const returned = opened.lines[0];
  if (returned === undefined) throw new Error('after-sale without lines');
  const line = shipped.lines.find((candidate) => candidate.lineId === returned.lineId);
  const sku = line?.sellerSku ?? returned.lineId;
  const before = (await stores.inventory.getItem(sku, warehouseId))?.onHand ?? 0;
  await desk.apply(afterSaleId, { type: 'await_return', returnAddressId: 'addr-hz-returns' });
  await desk.apply(afterSaleId, { type: 'ship_return', trackingNumber: 'YT0000000001' });
  await desk.apply(afterSaleId, {
    type: 'receive',
    warehouseId,
    lines: [{ lineId: returned.lineId, quantity: returned.quantity }],
  });
  await desk.apply(afterSaleId, {
    type: 'inspect',
    warehouseId,
    lines: [{ lineId: returned.lineId, sku, resellable: returned.quantity, damaged: 0 }],
  });
  await desk.apply(afterSaleId, { type: 'issue_refund' });
  await oms.runOutbox();
  expect((await stores.inventory.getItem(sku, warehouseId))?.onHand).toBe(before + returned.quantity);
  await desk.apply(afterSaleId, { type: 'confirm_refund', paymentId: 'refund-payment-1' });
  const settled = await desk.settle(afterSaleId);
  const settledLine = settled.order.lines.find((candidate) => candidate.lineId === returned.lineId);
  expect(settledLine?.refundedQuantity).toBe(returned.quantity);
  // A second settlement is refused: the refund is written into the order once.
  await expect(desk.settle(afterSaleId)).rejects.toMatchObject({ code: 'invalid_transition' });
  await desk.apply(afterSaleId, { type: 'close' });
  await oms.runOutbox();
  // Running the outbox again does nothing twice: every effect is keyed.
  const again = await oms.runOutbox();
  expect(again.claimed).toBe(0);

  const view = await desk.view(order.id);
  expect(view.afterSales[0]?.status).toBe('closed');
  expect(view.refunded.amount).toBeGreaterThan(0);
  const finalCase = (await stores.afterSaleCases?.get(afterSaleId))?.value;
  if (finalCase === undefined) throw new Error('case lost');
  expect(finalCase.afterSale.status).toBe('closed');
  expect(hostEffects).toContain('finance.refund-ticket');
  expect(hostEffects).toContain('warehouse.expect-return');
  return {
    calls: controls.calls().map((call) => call.operation),
    ...(decision?.lastError === undefined ? {} : { decisionParked: decision.lastError }),
    finalCase,
    order: settled.order,
    hostEffects,
  };
}
