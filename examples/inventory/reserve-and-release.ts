/**
 * Reserve and release stock from the central pool: set stock in two warehouses, reserve an
 * order's lines (all or none), see the shortage another order gets, replay a reservation by its
 * key (nothing is taken twice), ship part of it (deduct), release the rest on cancellation, and
 * enforce a channel quota, and compute what each shop should publish as sellable.
 *
 * Run: npx -y pnpm@12.4.2 exec tsx examples/inventory/reserve-and-release.ts
 */
import { createMemoryInventoryStore, type InventoryItem, publishQuantities } from '@omskit/core';

const pool = createMemoryInventoryStore(); // @omskit/storage-postgres has the same contract
const now = () => Date.parse('2026-11-11T02:00:00.000Z');
const show = (label: string, item: InventoryItem | undefined) =>
  console.log(
    `  ${label.padEnd(34)} onHand ${item?.onHand}  reserved ${item?.reserved}  safety ${item?.safetyStock}`,
  );

await pool.setStock({ sku: 'MUG', warehouseId: 'wh-suzhou', onHand: 10, safetyStock: 2 });
await pool.setStock({ sku: 'MUG', warehouseId: 'wh-guangzhou', onHand: 3 });
await pool.setStock({ sku: 'TEA', warehouseId: 'wh-suzhou', onHand: 5 });
show('start (MUG, Suzhou)', await pool.getItem('MUG', 'wh-suzhou'));

// 1. Reserve an order: every line or none.
const plan = {
  key: 'reserve:T1001',
  orderId: 'T1001',
  channel: 'taobao',
  lines: [
    { lineId: 'T1001-1', sku: 'MUG', warehouseId: 'wh-suzhou', quantity: 6 },
    { lineId: 'T1001-2', sku: 'TEA', warehouseId: 'wh-suzhou', quantity: 1 },
  ],
};
const first = await pool.reserve(plan, now());
if (!first.ok) throw new Error('the first order should fit');
console.log(`reserved T1001: ${first.reservations.map((r) => `${r.sku} x${r.quantity}`).join(', ')}`);
show('after T1001', await pool.getItem('MUG', 'wh-suzhou'));

// 2. Another order wants 3 more mugs from Suzhou: 10 on hand - 6 reserved - 2 safety = 2 left.
const second = await pool.reserve(
  {
    key: 'reserve:J2002',
    orderId: 'J2002',
    channel: 'jd',
    lines: [
      { lineId: 'J2002-1', sku: 'TEA', warehouseId: 'wh-suzhou', quantity: 1 },
      { lineId: 'J2002-2', sku: 'MUG', warehouseId: 'wh-suzhou', quantity: 3 },
    ],
  },
  now(),
);
if (second.ok) throw new Error('J2002 should be short');
if (second.reason === 'insufficient_stock') {
  for (const s of second.shortages)
    console.log(
      `J2002 refused, nothing taken: ${s.sku} at ${s.warehouseId} wants ${s.requested}, ${s.available} left`,
    );
} else console.log(`J2002 refused: ${second.reason}`);
show('TEA unchanged by the refusal', await pool.getItem('TEA', 'wh-suzhou'));

// 3. A retry of T1001 (say the HTTP call timed out) sends the same key: same answer, nothing more.
const replay = await pool.reserve(plan, now());
console.log(`replay of T1001: replayed=${replay.replayed}`);
show('after the replay', await pool.getItem('MUG', 'wh-suzhou'));

// 4. Ship 4 of the 6 mugs (scanned out: on hand and reserved both drop) ...
const mugs = first.reservations.find((r) => r.sku === 'MUG');
if (mugs === undefined) throw new Error('no MUG reservation');
await pool.deduct('deduct:T1001:mug:1', mugs.id, 4, now());
show('after shipping 4', await pool.getItem('MUG', 'wh-suzhou'));
// ... and the buyer cancels the rest: release the 2 still reserved.
await pool.release('release:T1001:mug', mugs.id, 2, now());
show('after releasing 2', await pool.getItem('MUG', 'wh-suzhou'));
const state = await pool.getReservation(mugs.id);
console.log(
  `reservation ${mugs.id}: ${state?.state}, ${state?.deductedQuantity} deducted, ${state?.releasedQuantity} released`,
);

// 5. A receipt of 20 mugs, with its reason (idempotent by key like everything else).
await pool.adjust(
  { key: 'receipt:PO-77', sku: 'MUG', warehouseId: 'wh-suzhou', delta: 20, reason: 'receipt' },
  now(),
);
show('after receipt PO-77', await pool.getItem('MUG', 'wh-suzhou'));

// 6. A channel quota: PDD may hold at most 3 mugs at a time, enforced inside the reserve itself
// (on PostgreSQL too, across processes). A plan past it is refused whole; a release frees it.
await pool.setChannelQuota?.('quota:MUG:pdd', { sku: 'MUG', channel: 'pdd', quota: 3 }, now());
const pddPlan = (key: string, quantity: number) => ({
  key,
  orderId: key,
  channel: 'pdd',
  lines: [{ lineId: `${key}-1`, sku: 'MUG', warehouseId: 'wh-suzhou', quantity }],
});
const withinQuota = await pool.reserve(pddPlan('P3001', 2), now());
const pastQuota = await pool.reserve(pddPlan('P3002', 2), now());
console.log(
  `PDD reserves 2: ${withinQuota.ok ? 'ok' : 'refused'}; 2 more: ${pastQuota.ok ? 'ok' : pastQuota.reason}`,
);
if (!pastQuota.ok && pastQuota.reason === 'quota_exceeded')
  for (const q of pastQuota.quotaShortages)
    console.log(`  ${q.channel} wants ${q.requested} ${q.sku}, ${q.headroom} left in its quota`);
console.log(`  quotas: ${JSON.stringify(await pool.listChannelQuotas?.('MUG'))}`);

// 7. What each shop should show as sellable: Tmall shows all, PDD 50% (the rest kept for the
// flagship), JD holds 2 units back and always shows at least 1 while anything is sellable.
const published = publishQuantities({ sku: 'MUG', items: await pool.listItems('MUG') }, [
  { channel: 'taobao', shopId: 'tb-flagship' },
  { channel: 'pdd', shopId: 'pdd-store', rule: { percent: 50 } },
  { channel: 'jd', shopId: 'jd-pop', rule: { offset: -2, minimum: 1 } },
]);
for (const row of published)
  console.log(`  publish MUG to ${row.shopId.padEnd(12)} ${row.quantity} (sellable ${row.sellable})`);
