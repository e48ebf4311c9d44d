/**
 * Starts the ERP-embedding service (app.ts) on a free port with an in-memory stock pool and the
 * routing example's network, then calls it the way an ERP would: route two orders, reserve what
 * routing chose, replay the same request (same Idempotency-Key: same answer, nothing taken
 * twice), send a bad body (400 naming the field), ask for more than is left (409 with the
 * shortage), release, and read the stock. Then it shuts down.
 *
 * Run: npx -y pnpm@12.4.2 exec tsx examples/erp-service/server.ts
 */

import { serve } from '@hono/node-server';
import { createMemoryInventoryStore } from '@omskit/core';
import { context } from '../routing/network';
import { createErpApp } from './app';

// The pool: the routing example's stock, as on-hand rows.
const inventory = createMemoryInventoryStore();
for (const row of context.stock)
  await inventory.setStock({ sku: row.sku, warehouseId: row.warehouseId, onHand: row.available });

const { stock: _snapshot, now: _now, ...network } = context;
const app = createErpApp({ network, inventory });
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise<void>((resolve) => server.once('listening', () => resolve()));
const address = server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;

async function call(method: string, path: string, body?: unknown, key?: string) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(key === undefined ? {} : { 'idempotency-key': key }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = (await response.json()) as Record<string, unknown>;
  console.log(`${method} ${path} -> ${response.status}`);
  return { status: response.status, json };
}

// 1. Route two orders: decisions with explanations.
const routed = await call('POST', '/route', {
  orders: [
    {
      id: 'E1',
      channel: 'erp',
      shopId: 'b2b',
      receiver: { province: '广东省' },
      lines: [{ lineId: 'E1-1', sellerSku: 'TSHIRT', quantity: 2 }],
    },
    {
      id: 'E2',
      channel: 'erp',
      shopId: 'b2b',
      receiver: { province: '四川省' },
      lines: [{ lineId: 'E2-1', sellerSku: 'MUG', quantity: 1 }],
    },
  ],
});
const decisions = routed.json.decisions as {
  orderId: string;
  parcels: {
    warehouseId: string;
    stockWarehouseId?: string;
    lines: { lineId: string; sku: string; quantity: number }[];
  }[];
}[];
for (const decision of decisions) {
  const where = decision.parcels.map((parcel) => parcel.stockWarehouseId ?? parcel.warehouseId).join(', ');
  console.log(`  ${decision.orderId}: ship from ${where}`);
}

// 2. Reserve what routing chose for E1, then send the very same request again.
const first = decisions[0];
const plan = {
  orderId: 'E1',
  channel: 'erp',
  lines: (first?.parcels ?? []).flatMap((parcel) =>
    parcel.lines.map((line) => ({
      lineId: line.lineId,
      sku: line.sku,
      warehouseId: parcel.stockWarehouseId ?? parcel.warehouseId,
      quantity: line.quantity,
    })),
  ),
};
const reserved = await call('POST', '/reservations', plan, 'reserve:E1');
const replay = await call('POST', '/reservations', plan, 'reserve:E1');
const reservations = reserved.json.reservations as { id: string }[];
console.log(
  `  replayed: ${String(replay.json.replayed)}, same ids: ${JSON.stringify(replay.json.reservations) === JSON.stringify(reservations)}`,
);

// 3. A bad body: the error names the field.
const bad = await call(
  'POST',
  '/reservations',
  { orderId: 'E3', lines: [{ lineId: 'x', sku: 'MUG', warehouseId: 'wh-jiangsu', quantity: 0 }] },
  'reserve:E3',
);
console.log(`  ${JSON.stringify(bad.json.error)}`);

// 4. More than is left: 409 with the shortage.
const short = await call(
  'POST',
  '/reservations',
  { orderId: 'E4', lines: [{ lineId: 'E4-1', sku: 'POWERBANK', warehouseId: 'wh-guangzhou', quantity: 5 }] },
  'reserve:E4',
);
console.log(`  ${JSON.stringify(short.json.error)}`);

// 5. Release one unit of E1's reservation, then read the stock.
const reservationId = reservations[0]?.id ?? 'missing';
await call(
  'POST',
  `/reservations/${encodeURIComponent(reservationId)}/release`,
  { quantity: 1 },
  'release:E1:1',
);
const stock = await call('GET', '/stock/TSHIRT');
console.log(`  ${JSON.stringify(stock.json.items)}`);

server.close();
if (reserved.status !== 201 || replay.status !== 200 || bad.status !== 400 || short.status !== 409) {
  throw new Error('the ERP service did not answer as expected');
}
