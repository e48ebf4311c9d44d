// The shared script of the per-platform return scenarios: one order synced and shipped through the
// runtime, then a buyer's return request on the mock platform taken through the after-sales desk
// to a closed case: auto-approval, the platform's decision calls (or, where the adapter declares
// none, the same decisions parked for the seller console), the return parcel's tracking number,
// receipt and inspection with restock through the pool, the finance refund ticket and its
// payment, settlement into the order's lines and closure, with every effect handled once.
import type {
  AfterSale,
  AfterSaleCase,
  AfterSaleDecision,
  AfterSalePolicy,
  AfterSalesView,
  ChannelAdapter,
  FinanceRefundTicketPayload,
  Order,
  PushRequest,
} from '@omskit/core';
import { createMemoryStores } from '@omskit/core';
import { createAfterSalesDesk, createOms, type EffectHandler } from '@omskit/core/runtime';
import type { ChannelMockControls } from '@omskit/core/testing';
import { expect } from 'vitest';

/** How the buyer's request reaches omskit. */
export type ReturnFlowIntake =
  | { readonly kind: 'pull' }
  /** A signed push of the platform, through `oms.ingestPush`; the desk then pulls the shop. */
  | { readonly kind: 'push'; push(): PushRequest }
  /** The adapter cannot list after-sales: the host fetches and maps the after-sale itself. */
  | { readonly kind: 'host'; fetchAfterSale(order: Order): AfterSale };

/** One platform's part of the scenario. */
export interface ReturnFlowSetup {
  adapter: ChannelAdapter;
  shopId: string;
  controls: ChannelMockControls;
  policy: AfterSalePolicy;
  /** The buyer asks to return the order's first line on the platform. */
  requestReturn(platformOrderId: string, order: Order): void | Promise<void>;
  intake: ReturnFlowIntake;
  /**
   * The platform's record moving on, where its mock can change it: the return was approved (by
   * the decision call or in the seller console) and the buyer sent the parcel. Without it, the
   * host reports both (`await_return` with its return address, `ship_return` with the tracking
   * number its warehouse was told).
   */
  platform?: {
    returnApproved(): void | Promise<void>;
    returnShipped(trackingNumber: string): void | Promise<void>;
  };
}

/** One decision the machine asked the platform for, and what became of it. */
export interface DecisionOutcome {
  action: AfterSaleDecision['action'];
  /** `called`: the adapter made the call; `parked`: left for the seller console. */
  outcome: 'called' | 'parked';
  code?: string;
}

/** What the scenario saw. */
export interface ReturnFlowOutcome {
  /** Every gateway operation the mock served, in order. */
  calls: string[];
  decisions: DecisionOutcome[];
  /** Buyer notices sent through the host's handler, in order. */
  notices: string[];
  finalCase: AfterSaleCase;
  order: Order;
  view: AfterSalesView;
}

const warehouseId = 'WH-HZ';
const returnTracking = 'YT0000000001';

export async function runReturnFlow(setup: ReturnFlowSetup): Promise<ReturnFlowOutcome> {
  const { adapter, shopId, controls } = setup;
  const clock = { now: () => Date.parse(controls.now()) };
  const stores = createMemoryStores();
  const shops = [
    { channel: adapter.channel, shopId, syncFrom: new Date(clock.now() - 3 * 3_600_000).toISOString() },
  ];
  const hostEffects: { kind: string; payload: unknown }[] = [];
  const record: EffectHandler = async (payload, context) => {
    hostEffects.push({ kind: context.entry.kind, payload });
    return { recorded: context.entry.kind };
  };
  const desk = createAfterSalesDesk({
    stores,
    channels: [adapter],
    shops,
    clock,
    policy: setup.policy,
    handlers: { 'buyer.notify': record, 'warehouse.expect-return': record, 'finance.refund-ticket': record },
  });
  const oms = createOms({ channels: [adapter], shops, stores, clock, effects: desk.effects });
  const settle = async () => {
    controls.advance(60_000);
    await oms.runOutbox();
  };

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
    await stores.inventory.setStock({ sku: line.sellerSku, warehouseId, onHand: 5 });
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

  // 2. The buyer asks for a return on the platform; omskit takes it in and auto-approves it.
  await setup.requestReturn(platformOrderId, shipped);
  controls.advance(60_000);
  const { intake } = setup;
  if (intake.kind === 'pull') {
    const [report] = await desk.sync();
    expect(report).toMatchObject({ status: 'synced', quarantined: 0, outcomes: { auto_checked: 1 } });
  } else if (intake.kind === 'push') {
    const pushed = await oms.ingestPush(adapter.channel, intake.push());
    expect(pushed.messages.map((message) => message.kind)).toEqual(['after-sale-changed']);
    await oms.runOutbox(); // the message's handler pulls the shop's after-sales
  } else {
    const [report] = await desk.sync();
    expect(report?.status).toBe('unsupported');
    expect((await desk.receive(intake.fetchAfterSale(shipped))).outcome).toBe('auto_checked');
  }
  const [opened] = (await desk.view(order.id)).afterSales;
  if (opened === undefined) throw new Error('no after-sale case');
  const afterSaleId = opened.id;
  expect(opened.status).toBe('approved');
  // The check's verdict, then the approval it led to, each with the rule's reason.
  expect(opened.decisions.map((decision) => [decision.by, decision.verdict, decision.rule])).toEqual([
    ['auto', 'approve', 'under_amount'],
    ['auto', 'approve', 'auto'],
  ]);
  expect(opened.decisions[1]?.reason).toMatch(/^under_amount: /);
  const returned = opened.lines[0];
  if (returned === undefined || opened.lines.length !== 1) throw new Error('expected one after-sale line');
  const line = shipped.lines.find((candidate) => candidate.lineId === returned.lineId);
  if (line === undefined) throw new Error(`after-sale line ${returned.lineId} is not an order line`);

  // 3. The approval's effects run: the platform's decision call, the buyer's notice.
  await settle();

  // 4. The return is approved on the platform and the buyer sends it back; omskit follows.
  if (setup.platform !== undefined) {
    await setup.platform.returnApproved();
    controls.advance(60_000);
    await desk.sync();
    expect((await stores.afterSaleCases?.get(afterSaleId))?.value.afterSale.status).toBe('awaiting_return');
    await setup.platform.returnShipped(returnTracking);
    controls.advance(60_000);
    await desk.sync();
  } else {
    await desk.apply(afterSaleId, { type: 'await_return', returnAddressId: 'addr-hz-returns' });
    await desk.apply(afterSaleId, { type: 'ship_return', trackingNumber: returnTracking });
  }
  const inTransit = (await stores.afterSaleCases?.get(afterSaleId))?.value.afterSale;
  expect(inTransit).toMatchObject({ status: 'return_in_transit', returnTrackingNumber: returnTracking });
  await settle();

  // 5. The parcel arrives: received, inspected resellable and restocked through the pool.
  const before = (await stores.inventory.getItem(line.sellerSku, warehouseId))?.onHand ?? 0;
  await desk.apply(afterSaleId, {
    type: 'receive',
    warehouseId,
    lines: [{ lineId: returned.lineId, quantity: returned.quantity }],
  });
  await desk.apply(afterSaleId, {
    type: 'inspect',
    warehouseId,
    lines: [{ lineId: returned.lineId, sku: line.sellerSku, resellable: returned.quantity, damaged: 0 }],
  });
  await settle();
  expect((await stores.inventory.getItem(line.sellerSku, warehouseId))?.onHand).toBe(
    before + returned.quantity,
  );

  // 6. Finance gets the refund ticket and confirms the payment; the desk settles and closes.
  await desk.apply(afterSaleId, { type: 'issue_refund' });
  await settle();
  const tickets = hostEffects.filter((effect) => effect.kind === 'finance.refund-ticket');
  expect(tickets).toHaveLength(1);
  const ticket = tickets[0]?.payload as FinanceRefundTicketPayload;
  expect(ticket.lines).toEqual([
    { lineId: returned.lineId, quantity: returned.quantity, amount: returned.refundAmount },
  ]);
  expect(ticket.total).toEqual(opened.refundAmount);
  await desk.apply(afterSaleId, { type: 'confirm_refund', paymentId: 'refund-payment-1' });
  await settle();

  return collect({ stores, desk, oms, afterSaleId, order, line, returned, hostEffects, controls });
}

async function collect(input: {
  stores: ReturnType<typeof createMemoryStores>;
  desk: ReturnType<typeof createAfterSalesDesk>;
  oms: ReturnType<typeof createOms>;
  afterSaleId: string;
  order: Order;
  line: Order['lines'][number];
  returned: AfterSalesView['afterSales'][number]['lines'][number];
  hostEffects: { kind: string; payload: unknown }[];
  controls: ChannelMockControls;
}): Promise<ReturnFlowOutcome> {
  const { stores, desk, oms, afterSaleId, order, line, returned, hostEffects, controls } = input;
  const finalCase = (await stores.afterSaleCases?.get(afterSaleId))?.value;
  if (finalCase === undefined) throw new Error('case lost');
  expect(finalCase.afterSale.status).toBe('closed');
  expect(finalCase.history.at(-1)).toMatchObject({ event: 'close', by: 'auto', from: 'refunded' });
  expect(finalCase.settledAt).toBeDefined();
  const settledOrder = (await stores.orders.get(order.id))?.value;
  const settledLine = settledOrder?.lines.find((candidate) => candidate.lineId === line.lineId);
  expect(settledLine).toMatchObject({
    refundedQuantity: returned.quantity,
    refundedAmount: returned.refundAmount,
  });
  // Nothing is left to run, and running the outbox again does nothing twice: effects are keyed.
  expect(await stores.outbox.list('pending')).toEqual([]);
  expect(await stores.outbox.list('running')).toEqual([]);
  expect((await oms.runOutbox()).claimed).toBe(0);
  const parked = await stores.outbox.list('parked');
  for (const entry of parked) {
    expect(entry.kind).toBe('channel.decide-after-sale');
    expect(entry.lastError?.code).toBe('unsupported');
  }
  // Each effect the history names ran once (done) or was parked for a person; none was lost.
  const view = await desk.view(order.id);
  const [viewed] = view.afterSales;
  expect(viewed?.effects.length).toBeGreaterThan(0);
  for (const effect of viewed?.effects ?? [])
    expect(effect.kind === 'channel.decide-after-sale' ? ['done', 'parked'] : ['done']).toContain(
      effect.state,
    );
  expect(new Set(viewed?.effects.map((effect) => effect.key)).size).toBe(viewed?.effects.length);
  expect(view.refunded).toEqual(returned.refundAmount);
  expect(view.refundsInProgress.amount).toBe(0);
  const decisions: DecisionOutcome[] = [];
  for (const effect of viewed?.effects ?? []) {
    if (effect.kind !== 'channel.decide-after-sale') continue;
    const entry = await stores.outbox.get(effect.key);
    if (entry === undefined) throw new Error(`effect ${effect.key} is not in the outbox`);
    const action = (entry.payload as { decision: AfterSaleDecision }).decision.action;
    decisions.push(
      effect.state === 'done'
        ? { action, outcome: 'called' }
        : { action, outcome: 'parked', code: effect.lastError?.code ?? '' },
    );
  }
  return {
    calls: controls.calls().map((call) => call.operation),
    decisions,
    notices: hostEffects
      .filter((effect) => effect.kind === 'buyer.notify')
      .map((effect) => (effect.payload as { notice: string }).notice),
    finalCase,
    order: settledOrder ?? order,
    view,
  };
}
