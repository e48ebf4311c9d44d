import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReservationPlan } from '../contracts/stores';
import { createMemoryInventoryStore } from '../stores/memory-inventory-store';
import type { ChannelQuotaLedger } from './channel-quota-ledger';
import {
  adjustQuotaPool,
  createQuotaLedger,
  deductQuota,
  quotaViolations,
  releaseQuota,
  setChannelQuota,
  transferQuota,
} from './channel-quota-ledger';
import { allocateChannelQuotas } from './channel-quota-rules';
import { checkPlanQuotas } from './plan-quota-check';

// Quotas checked by the pure module, stock held by the in-memory store: random interleavings of
// reserve, deduct, release, adjust, quota change and transfer, with keys sent again.
const sku = 'HOT';
const warehouses = ['sh', 'gz'] as const;
const channels = ['taobao', 'jd', 'pdd'] as const;
const now = Date.parse('2026-11-11T00:00:00.000Z');

type Step =
  | { kind: 'reserve'; key: number; channel: number; warehouse: number; quantity: number }
  | { kind: 'deduct' | 'release'; key: number; reservation: number; quantity: number }
  | { kind: 'adjust'; key: number; warehouse: number; delta: number }
  | { kind: 'quota'; channel: number; quota: number }
  | { kind: 'transfer'; from: number; to: number; quantity: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('reserve' as const),
    key: fc.nat(15),
    channel: fc.nat(2),
    warehouse: fc.nat(1),
    quantity: fc.integer({ min: 1, max: 6 }),
  }),
  fc.record({
    kind: fc.constantFrom('deduct' as const, 'release' as const),
    key: fc.nat(15),
    reservation: fc.nat(15),
    quantity: fc.integer({ min: 1, max: 4 }),
  }),
  fc.record({
    kind: fc.constant('adjust' as const),
    key: fc.nat(15),
    warehouse: fc.nat(1),
    delta: fc.integer({ min: -8, max: 8 }),
  }),
  fc.record({ kind: fc.constant('quota' as const), channel: fc.nat(2), quota: fc.nat(40) }),
  fc.record({ kind: fc.constant('transfer' as const), from: fc.nat(2), to: fc.nat(2), quantity: fc.nat(10) }),
);

describe('quotas with the in-memory inventory store (model-based property)', () => {
  it('keeps stock non-negative, reserved = open reservations, quotas within the pool, keys applied once', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat(30), { minLength: 2, maxLength: 2 }),
        fc.array(step, { maxLength: 50 }),
        async (stock, steps) => {
          const store = createMemoryInventoryStore();
          for (const [index, warehouseId] of warehouses.entries()) {
            await store.setStock({ sku, warehouseId, onHand: stock[index] ?? 0 });
          }
          const pool = stock.reduce((sum, value) => sum + value, 0);
          const rules = channels.map((channel) => ({ channel, percent: 30 }));
          let ledger: ChannelQuotaLedger = createQuotaLedger(sku, pool, allocateChannelQuotas(pool, rules));
          const channelOfReservation = new Map<string, string>();
          const reservationIds: string[] = [];
          const usedKeys = new Set<string>();

          for (const action of steps) {
            if (action.kind === 'reserve') {
              const channel = channels[action.channel] ?? 'taobao';
              const plan: ReservationPlan = {
                key: `r${action.key}-${channel}-${action.warehouse}-${action.quantity}`,
                orderId: `o${action.key}`,
                channel,
                lines: [
                  {
                    lineId: 'l1',
                    sku,
                    warehouseId: warehouses[action.warehouse] ?? 'sh',
                    quantity: action.quantity,
                  },
                ],
              };
              const quota = checkPlanQuotas({ [sku]: ledger }, plan);
              if (usedKeys.has(plan.key)) {
                expect((await store.reserve(plan, now)).replayed).toBe(true);
              } else if (quota.ok) {
                usedKeys.add(plan.key);
                const result = await store.reserve(plan, now);
                if (result.ok) {
                  ledger = quota.ledgers[sku] ?? ledger;
                  for (const reservation of result.reservations) {
                    channelOfReservation.set(reservation.id, channel);
                    reservationIds.push(reservation.id);
                  }
                }
              }
            } else if (action.kind === 'deduct' || action.kind === 'release') {
              const id = reservationIds[action.reservation % Math.max(1, reservationIds.length)] ?? 'none';
              const key = `c${action.key}`;
              const result = await store[action.kind](key, id, action.quantity, now);
              if (usedKeys.has(key)) expect(result.ok ? result.replayed : true).toBe(true);
              usedKeys.add(key);
              if (result.ok && !result.replayed) {
                const channel = channelOfReservation.get(id) ?? 'taobao';
                const change = action.kind === 'deduct' ? deductQuota : releaseQuota;
                const next = change(ledger, channel, action.quantity);
                expect(next.ok).toBe(true);
                if (next.ok) ledger = next.ledger;
              }
            } else if (action.kind === 'adjust') {
              const key = `a${action.key}`;
              const warehouseId = warehouses[action.warehouse] ?? 'sh';
              const result = await store.adjust(
                { key, sku, warehouseId, delta: action.delta, reason: 'stock_count' },
                now,
              );
              usedKeys.add(key);
              if (result.ok && !result.replayed) {
                const next = adjustQuotaPool(ledger, action.delta);
                expect(next.ok).toBe(true);
                if (next.ok) ledger = next.ledger;
              }
            } else if (action.kind === 'quota') {
              const next = setChannelQuota(ledger, channels[action.channel] ?? 'taobao', action.quota);
              if (next.ok) ledger = next.ledger;
            } else if (action.kind === 'transfer') {
              const from = channels[action.from] ?? 'taobao';
              const next = transferQuota(ledger, from, channels[action.to] ?? 'jd', action.quantity);
              if (next.ok) ledger = next.ledger;
            }

            const rows = warehouses.map((warehouseId) => store.raw.readInventoryRow(sku, warehouseId));
            let reserved = 0;
            for (const row of rows) {
              if (row === undefined) throw new Error('row vanished');
              expect(row.onHand).toBeGreaterThanOrEqual(row.reserved);
              expect(row.reserved).toBeGreaterThanOrEqual(0);
              const open = store.raw
                .readReservationsOfItem(sku, row.warehouseId)
                .reduce((sum, reservation) => sum + reservation.quantity, 0);
              expect(row.reserved).toBe(open);
              reserved += row.reserved;
            }
            expect(quotaViolations(ledger)).toEqual([]);
            expect(ledger.pool).toBe(rows.reduce((sum, row) => sum + (row?.onHand ?? 0), 0));
            expect(Object.values(ledger.channels).reduce((sum, entry) => sum + entry.reserved, 0)).toBe(
              reserved,
            );
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
