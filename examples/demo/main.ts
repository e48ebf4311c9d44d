/**
 * The omskit demo: a simulated 11.11 trading day on the embedded in-memory defaults, nothing to
 * configure. Four marketplaces (Taobao, Pinduoduo, JD, Douyin shop, each a mock platform) take
 * orders along a daily curve; every hour omskit syncs them incrementally, runs holds on each new
 * order, routes the hour's wave across four warehouses and three carriers, reserves stock from
 * one central pool, ships, and writes the tracking numbers back to each platform through the
 * outbox. Douyin orders also arrive by signed push; a few buyers write messages that hold their
 * orders for review or ask for refunds and returns, which the after-sales desk takes to closed
 * cases (restock, refund, settlement). It prints progress per hour, a summary, and writes an
 * HTML report to .artifacts/demo-report.html.
 *
 * Run: npx -y pnpm@12.4.2 demo
 */
import {
  availableQuantity,
  createMemoryStores,
  cycleTimeReport,
  type DomainEnv,
  defaultHoldsConfig,
  evaluateHolds,
  type FulfilmentMilestones,
  formatYuan,
  type Hold,
  type Order,
  releaseHold,
  routeBatch,
} from '@omskit/core';
import { createOms } from '@omskit/core/runtime';
import { setupServer } from 'msw/node';
import { createDemoAfterSales } from './demo-after-sales';
import { routingContext, stockNewSkus } from './demo-network';
import { createDemoChannels } from './demo-platforms';
// report: the HTML report of the run (examples/demo/report/)
import { writeDemoReport } from './report/write-report';

const dayStart = '2026-11-10T16:00:00.000Z'; // 11.11 00:00 in Shanghai
const ordersPerDay = Number(process.env['DEMO_ORDERS'] ?? 1200);
/** Receipts bring a warehouse's row back up to `orderUpTo` when its available stock is below `reorderPoint`. */
const reorderPoint = 10;
const orderUpTo = 40;
// Share of the day's orders per hour (Shanghai time): a midnight rush, a night lull, an evening peak.
const curve = [9, 6, 3, 2, 1, 1, 1, 2, 3, 4, 5, 5, 5, 4, 4, 4, 4, 4, 5, 5, 6, 7, 6, 5];
const hourMs = 3_600_000;

const demo = createDemoChannels(dayStart);
const server = setupServer(...demo.handlers);
server.listen({ onUnhandledFrame: 'error' });

let idCounter = 0;
const env: DomainEnv = { clock: demo.clock, ids: { next: (prefix = 'id') => `${prefix}-${++idCounter}` } };
const holdsConfig = defaultHoldsConfig();
const holds = new Map<string, Hold[]>();

const stores = createMemoryStores();
const shops = demo.channels.map(({ channel, shopId }) => ({ channel, shopId, syncFrom: dayStart }));
const channels = demo.channels.map((channel) => channel.adapter);
// after-sales: the desk pulls refunds and returns; its effects run through the same outbox.
const afterSales = createDemoAfterSales({
  stores,
  channels,
  shops,
  clock: demo.clock,
  ids: env.ids,
  sendReturn: (afterSale, trackingNumber) =>
    afterSale.channel === 'taobao' &&
    demo.taobaoBuyer.sendReturn(afterSale.platformAfterSaleId, trackingNumber),
});
const oms = createOms({
  channels,
  shops,
  stores,
  effects: afterSales.effects,
  clock: demo.clock,
  ids: env.ids,
  workerId: 'demo-worker',
  pipeline: [
    {
      name: 'holds',
      run: ({ order, events }) => {
        const result = evaluateHolds(
          order,
          { events, existingHolds: holds.get(order.id) ?? [] },
          holdsConfig,
          env,
        );
        if (result.holds.length > 0) holds.set(order.id, [...(holds.get(order.id) ?? []), ...result.holds]);
      },
    },
  ],
});
const { inventory } = oms.stores;

// holds: what a few buyers write after paying (each matches a default message keyword).
const buyerMessages = ['地址写错了，麻烦改地址', '先别发，等通知', '请发顺丰，运费到付'];
let seeded = 0;
function suspiciousBuyers(tids: readonly string[]) {
  for (const tid of tids) {
    seeded += 1;
    if (seeded % 29 === 7) demo.taobaoBuyer.leaveMessage(tid, buyerMessages[seeded % 3] ?? '');
    else if (seeded % 61 === 11) {
      demo.taobaoBuyer.requestRefund(tid);
      afterSales.track(`taobao:tb-flagship:${tid}`);
    }
  }
}
let releasedHolds = 0;
let returnsSeen = 0;
let pushesReceived = 0;
function reviewHolds(now: string) {
  for (const [orderId, list] of holds) {
    holds.set(
      orderId,
      list.map((hold) => {
        const due = Date.parse(hold.placedAt) + 2 * hourMs <= Date.parse(now);
        if (hold.releasedAt || !due || hold.reason.code !== 'message_keyword') return hold;
        const released = releaseHold(hold, { by: 'demo-reviewer', at: now });
        if (released.ok) releasedHolds += 1;
        return released.hold;
      }),
    );
  }
}

const routed = new Set<string>();
const stocked = new Set<string>();
const milestones: FulfilmentMilestones[] = [];
const byWarehouse = new Map<string, number>();
const byCarrier = new Map<string, number>();
const costByCarrier = new Map<string, number>(); // report: shipping cost per carrier, fen
let parcels = 0;
let splitOrders = 0;
let shippingFen = 0;
let refusedForStock = 0;
/** Orders waiting for stock (every line they cannot have yet lacks stock or capacity): retried each wave. */
const waiting = new Map<string, number>();
let backOrdersShipped = 0;
/** Orders with a line no warehouse can ever serve as it stands (no SKU code): left for a person. */
const needPerson = new Map<string, number>();
/** Per shipped order, the warehouse each line's stock came from (where a return goes back). */
const stockedFrom = new Map<string, Map<string, string>>();
let receipts = 0;
let receivedUnits = 0;
let trackingSeq = 0;

const pad = (text: string | number, width: number) => String(text).padStart(width);
console.log(`omskit demo: one trading day, ${ordersPerDay} orders over four marketplaces\n`);
console.log('hour (Shanghai)  new orders  held  routed  parcels  shipped  written back');

for (let hour = 0; hour < 24; hour += 1) {
  const from = demo.clock.now();
  const total = Math.round(
    (ordersPerDay * (curve[hour] ?? 0)) / curve.reduce((sum, value) => sum + value, 0),
  );
  const storedBefore = (await oms.stores.orders.list({ limit: 100_000 })).length;
  const pushedIds: string[] = [];
  for (const channel of demo.channels) {
    const count = Math.round(total * channel.share);
    if (count > 0) {
      const ids = channel.controls.seedOrders(channel.shopId, count, {
        from: new Date(from).toISOString(),
        to: new Date(from + hourMs).toISOString(),
      });
      // holds: a few Taobao buyers write something a person must read, or ask for a refund.
      if (channel.channel === 'taobao') suspiciousBuyers(ids);
      if (channel.channel === 'douyin') pushedIds.push(...ids);
    }
  }
  demo.advance(hourMs);
  // Douyin pushes each paid order as it happens (signed HTTP push); the hourly sync then finds
  // them already stored and catches anything a push missed.
  for (const id of pushedIds) {
    const { reply } = await oms.ingestPush('douyin', demo.douyinPaidPush(id));
    if (reply.status === 200) pushesReceived += 1;
  }
  // A failing shop is reported and the others go on; the demo's mocks must never fail.
  for (const report of await oms.sync()) {
    if (report.status === 'failed') {
      throw new Error(`sync of ${report.channel}/${report.shopId} failed: ${report.error?.message}`);
    }
  }
  const created = (await oms.stores.orders.list({ limit: 100_000 })).length - storedBefore;

  // holds: the reviewer releases message holds two hours after they were placed (the buyer
  // confirmed by chat); refund holds stay until after-sales decides.
  reviewHolds(new Date(demo.clock.now()).toISOString());

  // The hour's wave: paid orders not held and not yet routed.
  const stored = (await oms.stores.orders.list({ status: ['paid'], limit: 100_000 })).map((row) => row.value);
  const wave = stored.filter(
    (order) => !routed.has(order.id) && !(holds.get(order.id) ?? []).some((h) => !h.releasedAt),
  );
  // A line whose seller never set a SKU code cannot be stocked: routing reports it as unknown_sku.
  const skus = new Set(stored.flatMap((order) => order.lines.map((line) => line.sellerSku)).filter(Boolean));
  await stockNewSkus(inventory, skus, stocked);
  const now = new Date(demo.clock.now()).toISOString();
  // receipts: at 09:00 and 15:00 the warehouses receive inbound stock for rows running low.
  if (hour === 9 || hour === 15) {
    for (const item of await inventory.listItems()) {
      const available = availableQuantity(item);
      if (available >= reorderPoint) continue;
      const result = await inventory.adjust(
        {
          key: `receipt:${hour}:${item.sku}:${item.warehouseId}`,
          sku: item.sku,
          warehouseId: item.warehouseId,
          delta: orderUpTo - available,
          reason: 'receipt',
          note: 'inbound replenishment',
        },
        demo.clock.now(),
      );
      if (result.ok) {
        receipts += 1;
        receivedUnits += orderUpTo - available;
      }
    }
  }
  const batch = routeBatch(wave, await routingContext(inventory, stocked, now));
  let waveParcels = 0;
  let shipped = 0;
  for (const [index, decision] of batch.decisions.entries()) {
    const order = wave[index] as Order;
    if (decision.unfulfillable.length > 0) {
      // Nothing ships until the whole order can: a line short of stock waits for the next
      // wave (receipts come in); a line without a SKU code waits for a person to map it.
      const permanent = decision.unfulfillable.some(
        (line) => line.reason.code !== 'insufficient_stock' && line.reason.code !== 'over_capacity',
      );
      if (permanent) {
        routed.add(order.id);
        waiting.delete(order.id);
        needPerson.set(order.id, decision.unfulfillable.length);
      } else waiting.set(order.id, decision.unfulfillable.length);
      continue;
    }
    routed.add(order.id);
    if (waiting.delete(order.id)) backOrdersShipped += 1;
    const reservation = await inventory.reserve(
      {
        key: `reserve:${order.id}`,
        orderId: order.id,
        channel: order.channel,
        lines: decision.parcels.flatMap((parcel) =>
          parcel.lines.map((line) => ({
            lineId: line.lineId,
            sku: line.sku,
            warehouseId: line.stockWarehouseId ?? parcel.warehouseId,
            quantity: line.quantity,
          })),
        ),
      },
      demo.clock.now(),
    );
    if (!reservation.ok) {
      refusedForStock += 1;
      continue;
    }
    // Picked, packed and scanned out: stock leaves the pool, the parcels get waybills.
    for (const held of reservation.reservations) {
      await inventory.deduct(`ship:${held.id}`, held.id, held.quantity, demo.clock.now());
    }
    const written = decision.parcels.map((parcel) => ({
      carrierCode: parcel.carrierCode,
      trackingNumber: `${parcel.carrierCode}${String(7_000_000_000 + ++trackingSeq)}`,
      lines: parcel.lines.map((line) => ({ lineId: line.lineId, quantity: line.quantity })),
    }));
    const adapter = demo.channels.find((channel) => channel.channel === order.channel)?.adapter;
    // A platform that takes one tracking number per order gets the first parcel's, for the whole order.
    const parcelsToWrite = adapter?.capabilities.splitShipment
      ? written
      : written.slice(0, 1).map(({ carrierCode, trackingNumber }) => ({ carrierCode, trackingNumber }));
    await oms.enqueueEffect({
      key: `ship:${order.id}`,
      kind: 'channel.ship',
      payload: {
        channel: order.channel,
        shopId: order.shopId,
        platformOrderId: order.platformOrderId,
        parcels: parcelsToWrite,
      },
    });
    for (const parcel of decision.parcels) {
      byWarehouse.set(parcel.warehouseId, (byWarehouse.get(parcel.warehouseId) ?? 0) + 1);
      byCarrier.set(parcel.carrierCode, (byCarrier.get(parcel.carrierCode) ?? 0) + 1);
      shippingFen += parcel.cost;
      costByCarrier.set(parcel.carrierCode, (costByCarrier.get(parcel.carrierCode) ?? 0) + parcel.cost); // report
    }
    stockedFrom.set(
      order.id,
      new Map(
        decision.parcels.flatMap((parcel) =>
          parcel.lines.map((line) => [line.lineId, line.stockWarehouseId ?? parcel.warehouseId] as const),
        ),
      ),
    );
    if (decision.parcels.length > 1) splitOrders += 1;
    waveParcels += decision.parcels.length;
    shipped += 1;
    milestones.push({
      orderId: order.id,
      channel: order.channel,
      shopId: order.shopId,
      warehouseId: decision.parcels[0]?.warehouseId,
      carrierCode: decision.parcels[0]?.carrierCode,
      paidAt: order.paidAt ?? order.createdAt,
      routedAt: now,
      shippedAt: new Date(demo.clock.now() + 20 * 60_000).toISOString(),
    });
  }
  parcels += waveParcels;
  let writtenBack = 0;
  for (;;) {
    const run = await oms.runOutbox({ limit: 200 });
    writtenBack += run.done;
    if (run.claimed === 0) break;
  }
  // after-sales: a few buyers of orders shipped four hours ago send them back; then one hour
  // of after-sales work (pull, decide, receive, inspect, refund, settle, close) and its effects.
  for (const milestone of milestones) {
    const age = demo.clock.now() - Date.parse(milestone.shippedAt ?? milestone.paidAt);
    if (milestone.channel !== 'taobao' || age < 4 * hourMs || age >= 5 * hourMs) continue;
    returnsSeen += 1;
    if (returnsSeen % 25 !== 3) continue;
    demo.taobaoBuyer.requestReturn(milestone.orderId.split(':').at(-1) ?? '');
    afterSales.track(milestone.orderId, stockedFrom.get(milestone.orderId));
  }
  await afterSales.hour();
  while ((await oms.runOutbox({ limit: 200 })).claimed > 0) {}
  const heldNow = [...holds.values()].filter((list) => list.some((hold) => !hold.releasedAt)).length;
  console.log(
    `${pad(`${String(hour).padStart(2, '0')}:00`, 15)}  ${pad(created, 10)}  ${pad(heldNow, 4)}  ${pad(wave.length, 6)}  ${pad(waveParcels, 7)}  ${pad(shipped, 7)}  ${pad(writtenBack, 12)}`,
  );
}
server.close();

const allOrders = (await oms.stores.orders.list({ limit: 100_000 })).map((row) => row.value);
const items = await inventory.listItems();
const oversold = items.filter((item) => item.reserved > item.onHand || item.onHand < 0).length;
const holdReasons = new Map<string, number>();
for (const list of holds.values())
  for (const hold of list) holdReasons.set(hold.reason.code, (holdReasons.get(hold.reason.code) ?? 0) + 1);
const cycle = cycleTimeReport(milestones);
const quarantined = await oms.stores.quarantine.list();
// Platform decisions an adapter cannot send (`unsupported`) wait for the seller console; anything
// else parked is a failure of the run.
const allParked = await oms.stores.outbox.list('parked');
const forConsole = allParked.filter(
  (entry) => entry.kind === 'channel.decide-after-sale' && entry.lastError?.code === 'unsupported',
);
const parked = allParked.filter((entry) => !forConsole.includes(entry));
const byChannel = new Map<string, number>();
for (const order of allOrders) byChannel.set(order.channel, (byChannel.get(order.channel) ?? 0) + 1);
const writtenOnPlatform = demo.channels.reduce(
  (sum, channel) =>
    sum +
    channel.controls
      .orders(channel.shopId)
      .filter(
        (row) => channel.controls.shippedTrackingNumbers(channel.shopId, row.platformOrderId).length > 0,
      ).length,
  0,
);
const list = (map: Map<string, number>) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .map(([key, value]) => `${key} ${value}`)
    .join(', ') || 'none';

console.log('\nSummary');
console.log(
  `  orders collected     ${allOrders.length} (${list(byChannel)}); quarantined ${quarantined.length}`,
);
console.log(
  `  pushes received      ${pushesReceived} (Douyin, signed and verified; the rest by hourly sync)`,
);
console.log(
  `  held for review      ${holds.size} (${list(holdReasons)}); ${releasedHolds} released after review`,
);
const sales = afterSales.figures();
console.log(
  `  after-sales          ${sales.requested} requested (${sales.autoApproved} auto-approved, ${sales.approvedBySeller} by the seller); ${sales.closed} refunded and closed, ${formatYuan({ amount: sales.refundedFen, currency: 'CNY' })} yuan; ${sales.restockedUnits} units restocked`,
);
console.log(
  `  routed and shipped   ${milestones.length} orders in ${parcels} parcels; split orders ${splitOrders}`,
);
console.log(`  by warehouse         ${list(byWarehouse)}`);
console.log(`  by carrier           ${list(byCarrier)}`);
console.log(
  `  shipping cost        ${formatYuan({ amount: shippingFen, currency: 'CNY' })} yuan (rate cards are synthetic)`,
);
const sum = (map: Map<string, number>) => [...map.values()].reduce((total, lines) => total + lines, 0);
console.log(
  `  waiting for stock    ${waiting.size} orders (${sum(waiting)} lines) at the end of the day; ${backOrdersShipped} waited and shipped after ${receipts} receipts (${receivedUnits} units); ${refusedForStock} reservations refused`,
);
console.log(
  `  need a person        ${needPerson.size} orders with ${sum(needPerson)} lines lacking a SKU code (routing: unknown_sku)`,
);
console.log(`  overselling          ${oversold} stock rows oversold`);
console.log(
  `  written back         ${writtenOnPlatform} orders carry a tracking number on their platform; ${parked.length} effects parked`,
);
const decisionsSent = (await oms.stores.outbox.list('done')).filter(
  (entry) => entry.kind === 'channel.decide-after-sale',
).length;
console.log(
  `  seller decisions     ${decisionsSent} sent to the platform; ${forConsole.length} left for the seller console (platforms without a decision API)`,
);
console.log(
  `  cycle time           paid -> shipped median ${cycle.paidToShipped.median.toFixed(2)} h, p90 ${cycle.paidToShipped.p90.toFixed(2)} h`,
);
for (const entry of parked.slice(0, 5))
  console.log(`  parked: ${entry.key} ${entry.lastError?.code} ${entry.lastError?.message}`);
if (oversold > 0 || parked.length > 0) process.exitCode = 1;

// --- report: write the HTML report of the run (examples/demo/report/) ---
const reportPath = '.artifacts/demo-report.html';
writeDemoReport(new URL(`../../${reportPath}`, import.meta.url), {
  dayStart,
  channels: demo.channels.map((channel) => channel.channel),
  orders: allOrders,
  milestones,
  byWarehouse,
  byCarrier,
  costByCarrier,
  holdsByReason: holdReasons,
  items,
  summary: {
    orders: allOrders.length,
    shipped: milestones.length,
    parcels,
    splitOrders,
    oversold,
    writtenBack: writtenOnPlatform,
    cycleMedianHours: cycle.paidToShipped.median,
    cycleP90Hours: cycle.paidToShipped.p90,
    shippingFen,
    held: holds.size,
    afterSales: sales.requested,
    afterSalesClosed: sales.closed,
    stillHeld: [...holds.values()].filter((list) => list.some((hold) => !hold.releasedAt)).length,
    waitingForStock: waiting.size,
    needPerson: needPerson.size,
    receipts,
    receivedUnits,
  },
});
console.log(`  report               ${reportPath}`);
// --- end report ---
