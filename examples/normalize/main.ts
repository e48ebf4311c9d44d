/**
 * Normalise orders by hand with core alone: the building blocks under every adapter.
 *
 * It normalises a handful of orders from four channels into the unified schema (bad rows are
 * quarantined with the field that was wrong), upserts them the way sync will (a repeated
 * snapshot changes nothing, an older one never wins), and reserves stock for every paid order
 * from one central pool at once, so the pool cannot be oversold.
 *
 * Run: npx -y pnpm@12.4.2 exec tsx examples/normalize/main.ts
 */
import {
  createMemoryStores,
  type DomainEnv,
  formatYuan,
  OmsError,
  type Order,
  shanghaiWallTimeToIso,
  upsertOrder,
} from '@omskit/core';
import { normalizeIntakeRow } from './normalize-intake-row';
import { sampleIntake } from './sample-intake';

const startedAt = Date.parse(shanghaiWallTimeToIso('2026-11-11 00:10:00'));
let tick = 0;
let nextId = 0;
const env: DomainEnv = {
  clock: { now: () => startedAt + tick++ * 1000 },
  ids: { next: (prefix = 'id') => `${prefix}-${++nextId}` },
};

const stores = createMemoryStores();

function heading(text: string): void {
  console.log(`\n== ${text}`);
}

async function store(order: Order): Promise<string> {
  const stored = await stores.orders.get(order.id);
  const result = upsertOrder(stored?.value, order, env);
  if (result.outcome === 'created' || result.outcome === 'updated') {
    const written = await stores.orders.put(result.order, stored?.revision ?? 0);
    if (!written.ok) throw new OmsError('conflict', `order ${order.id} changed underneath us`);
  }
  const events = result.events.map((event) => event.type).join(', ');
  return `${result.outcome}${events ? ` (${events})` : ''}`;
}

heading('1. Normalise orders from four channels');
const orders: Order[] = [];
for (const row of sampleIntake) {
  try {
    const order = normalizeIntakeRow(row);
    orders.push(order);
    const line = order.lines[0];
    console.log(
      `  ${order.channel.padEnd(7)} ${order.platformOrderId.padEnd(24)} ${order.status.padEnd(16)}` +
        ` ${order.receiver.provinceCode} ${order.receiver.province.padEnd(6)}` +
        ` ${line?.sellerSku} x${line?.quantity}  total ${formatYuan(order.totals.paid).padStart(7)} yuan`,
    );
  } catch (error) {
    if (!OmsError.is(error)) throw error;
    await stores.quarantine.put({
      id: `intake:${row.channel}:${row.orderNo}`,
      source: `demo:${row.channel}`,
      platformId: row.orderNo,
      error: { code: error.code, message: error.message, ...(error.path ? { path: error.path } : {}) },
      raw: error.rawPayload,
      at: new Date(env.clock.now()).toISOString(),
    });
    console.log(`  ${row.channel.padEnd(7)} ${row.orderNo.padEnd(24)} QUARANTINED: ${error.message}`);
  }
}

heading('2. Upsert: created, repeated, stale, updated');
for (const order of orders) console.log(`  ${order.id.padEnd(40)} ${await store(order)}`);
const first = orders[0] as Order;
console.log(`  same snapshot again                       ${await store(first)}`);
const older = {
  ...first,
  platformModifiedAt: shanghaiWallTimeToIso('2026-11-11 00:00:06'),
  sellerMemo: 'old',
};
console.log(`  an older snapshot                         ${await store(older)}`);
const newer = {
  ...first,
  platformModifiedAt: shanghaiWallTimeToIso('2026-11-11 00:06:00'),
  sellerMemo: '加急',
};
console.log(`  a newer snapshot with a seller memo       ${await store(newer)}`);

heading('3. Reserve from one central pool, every paid order at once');
await stores.inventory.setStock({ sku: 'TSHIRT-RED-M', warehouseId: 'GZ-01', onHand: 10 });
await stores.inventory.setStock({ sku: 'HOODIE-GRY-L', warehouseId: 'GZ-01', onHand: 5 });
const paid = orders.filter((order) => order.status === 'paid');
const results = await Promise.all(
  paid.map(async (order) => ({
    order,
    result: await stores.inventory.reserve(
      {
        key: `reserve:${order.id}`,
        orderId: order.id,
        channel: order.channel,
        lines: order.lines.map((line) => ({
          lineId: line.lineId,
          sku: line.sellerSku,
          warehouseId: 'GZ-01',
          quantity: line.quantity,
        })),
      },
      env.clock.now(),
    ),
  })),
);
for (const { order, result } of results) {
  const units = order.lines.reduce((sum, line) => sum + line.quantity, 0);
  const outcome = result.ok
    ? 'reserved'
    : result.reason === 'insufficient_stock'
      ? `refused: ${result.shortages.map((s) => `${s.sku} wants ${s.requested}, ${s.available} left`).join('; ')}`
      : `refused by quota: ${result.quotaShortages.map((s) => `${s.sku} wants ${s.requested}, ${s.headroom} left`).join('; ')}`;
  console.log(`  ${order.channel.padEnd(7)} ${String(units).padStart(2)} units  ${outcome}`);
}
const replay = await stores.inventory.reserve(
  {
    key: `reserve:${first.id}`,
    orderId: first.id,
    channel: first.channel,
    lines: first.lines.map((line) => ({
      lineId: line.lineId,
      sku: line.sellerSku,
      warehouseId: 'GZ-01',
      quantity: line.quantity,
    })),
  },
  env.clock.now(),
);
console.log(`  the first plan sent again: replayed=${replay.replayed}, nothing reserved twice`);
const row = await stores.inventory.getItem('TSHIRT-RED-M', 'GZ-01');

heading('Summary');
const quarantined = await stores.quarantine.list();
console.log(
  `  orders normalised   ${orders.length} (${quarantined.length} quarantined with the bad field named)`,
);
console.log(`  orders stored       ${(await stores.orders.list()).length}`);
console.log(
  `  TSHIRT-RED-M        on hand ${row?.onHand}, reserved ${row?.reserved}, oversold ${Math.max(0, (row?.reserved ?? 0) - (row?.onHand ?? 0))}`,
);
console.log(
  `  reservations        ${results.filter((r) => r.result.ok).length} of ${paid.length} paid orders`,
);
