import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AfterSaleCase } from '../aftersales/after-sale-case';
import type { AfterSaleEvent } from '../aftersales/after-sale-event';
import { defaultAfterSalePolicy } from '../aftersales/after-sale-policy';
import { findAfterSalePath } from '../aftersales/find-after-sale-path';
import type { ChannelAdapter } from '../contracts/channel-adapter';
import type { AfterSaleType } from '../schema/after-sale';
import type { Order } from '../schema/order';
import { createMemoryStores } from '../stores/memory-stores';
import { buildTestAfterSale, buildTestOrder } from '../testing/test-records';
import { createFakeChannel } from './__fixtures__/fake-channel';
import { createAfterSalesDesk } from './after-sales-desk';
import { createOms } from './create-oms';

const cny = (amount: number) => ({ amount, currency: 'CNY' as const });
const warehouseId = 'WH-1';
const types: AfterSaleType[] = ['return_refund', 'refund_only_shipped', 'exchange', 'price_protection'];

function orderOf(lines: readonly { quantity: number; unit: number }[]): Order {
  const base = buildTestOrder({ status: 'shipped', shippedAt: '2026-11-11T06:00:00.000Z' });
  const template = base.lines[0];
  if (template === undefined) throw new Error('no template line');
  const orderLines = lines.map((spec, index) => ({
    ...template,
    lineId: `L${index}`,
    sellerSku: `SKU-${index}`,
    quantity: spec.quantity,
    unitPrice: cny(spec.unit),
    amount: cny(spec.unit * spec.quantity),
    paid: cny(spec.unit * spec.quantity),
    shippedQuantity: spec.quantity,
  }));
  const paid = orderLines.reduce((sum, line) => sum + line.paid.amount, 0);
  return {
    ...base,
    lines: orderLines,
    totals: { goods: cny(paid), shipping: cny(0), discount: cny(0), paid: cny(paid) },
  };
}

function eventFor(
  type: AfterSaleEvent['type'],
  current: AfterSaleCase,
  share: number,
  sku: string,
): AfterSaleEvent {
  switch (type) {
    case 'receive':
      return {
        type,
        warehouseId,
        lines: current.afterSale.lines.map((line) => ({ lineId: line.lineId, quantity: line.quantity })),
      };
    case 'inspect':
      return {
        type,
        warehouseId,
        lines: current.received.map((line) => {
          const resellable = Math.round(line.quantity * share);
          return { lineId: line.lineId, sku, resellable, damaged: line.quantity - resellable };
        }),
      };
    case 'ship_return':
      return { type, trackingNumber: 'RT1' };
    case 'confirm_refund':
      return { type, paymentId: 'pay' };
    case 'ship_replacement':
      return { type, parcel: { carrierCode: 'SF', trackingNumber: 'SF1' } };
    default:
      return { type } as AfterSaleEvent;
  }
}

describe('after-sales desk invariants, through the stores', () => {
  it('restocks exactly the resellable units received, and never refunds more than paid or units not shipped', async () => {
    // Counted over all runs, so the property cannot pass by refusing every request.
    const seen = { settled: 0, restocked: 0, exchanged: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({ quantity: fc.integer({ min: 1, max: 4 }), unit: fc.integer({ min: 1, max: 9_999 }) }),
          {
            minLength: 1,
            maxLength: 3,
          },
        ),
        fc.array(
          fc.record({
            type: fc.constantFrom(...types),
            line: fc.nat(),
            quantity: fc.integer({ min: 1, max: 5 }),
            amountShare: fc.double({ min: 0, max: 1.2, noNaN: true }),
            resellableShare: fc.double({ min: 0, max: 1, noNaN: true }),
          }),
          { minLength: 1, maxLength: 5 },
        ),
        async (lineSpecs, requests) => {
          const clock = { now: () => Date.parse('2026-11-12T02:00:00.000Z') };
          const stores = createMemoryStores();
          const adapter: ChannelAdapter = { ...createFakeChannel().adapter, channel: 'taobao' };
          const desk = createAfterSalesDesk({
            stores,
            channels: [adapter],
            shops: [],
            clock,
            policy: {
              ...defaultAfterSalePolicy,
              autoApproveMaxFen: Number.MAX_SAFE_INTEGER,
              autoApproveTypes: types,
            },
            handlers: Object.fromEntries(
              [
                'buyer.notify',
                'warehouse.expect-return',
                'warehouse.ship-replacement',
                'channel.ship-after-sale',
                'finance.refund-ticket',
              ].map((kind) => [kind, async () => ({})]),
            ),
          });
          const oms = createOms({ channels: [adapter], shops: [], stores, clock, effects: desk.effects });
          const order = orderOf(lineSpecs);
          await stores.orders.put(order, 0);
          for (const line of order.lines)
            await stores.inventory.setStock({ sku: line.sellerSku, warehouseId, onHand: 0 });
          for (const [index, request] of requests.entries()) {
            const line = order.lines[request.line % order.lines.length];
            if (line === undefined) continue;
            const amount = Math.floor(line.paid.amount * request.amountShare);
            const afterSale = buildTestAfterSale({
              id: `taobao:shop-1:as:${index}`,
              platformAfterSaleId: String(index),
              orderId: order.id,
              type: request.type,
              lines: [{ lineId: line.lineId, quantity: request.quantity, refundAmount: cny(amount) }],
              refundAmount: cny(amount),
            });
            let current = (await desk.receive(afterSale)).afterSaleCase;
            if (current.afterSale.status !== 'approved') continue;
            const goal = request.type === 'exchange' ? 'exchange_shipped' : 'refunded';
            for (const step of findAfterSalePath(request.type, 'approved', goal) ?? [])
              current = await desk.apply(
                afterSale.id,
                eventFor(step.event, current, request.resellableShare, line.sellerSku),
              );
            await oms.runOutbox();
          }
          // Only the platform decisions this adapter cannot take are left for a person.
          for (const entry of await stores.outbox.list('parked'))
            expect(entry.kind).toBe('channel.decide-after-sale');
          const cases = (await stores.afterSaleCases?.listByOrder(order.id))?.map((row) => row.value) ?? [];
          const stored = (await stores.orders.get(order.id))?.value ?? order;
          for (const line of stored.lines) {
            const resellable = cases
              .flatMap((one) => one.inspected)
              .filter((inspected) => inspected.lineId === line.lineId)
              .reduce((sum, inspected) => sum + inspected.resellable, 0);
            const received = cases
              .flatMap((one) => one.received)
              .filter((got) => got.lineId === line.lineId)
              .reduce((sum, got) => sum + got.quantity, 0);
            expect((await stores.inventory.getItem(line.sellerSku, warehouseId))?.onHand).toBe(resellable);
            expect(received).toBeLessThanOrEqual(line.shippedQuantity);
            expect(line.refundedQuantity).toBeLessThanOrEqual(line.quantity);
            expect(line.refundedAmount?.amount ?? 0).toBeLessThanOrEqual(line.paid.amount);
          }
          // Every paid refund was settled and its case closed.
          for (const one of cases) {
            if (one.settledAt !== undefined) seen.settled += 1;
            if (one.afterSale.status === 'exchange_shipped') seen.exchanged += 1;
            seen.restocked += one.inspected.reduce((sum, inspected) => sum + inspected.resellable, 0);
          }
          for (const one of cases)
            if (one.refundPayment !== undefined)
              expect([one.settledAt !== undefined, one.afterSale.status]).toEqual([true, 'closed']);
        },
      ),
      {
        numRuns: 60,
        // Always run one case that settles, restocks and exchanges, so the counters below test
        // the generator's reach and never fail on an unlucky seed (CI saw one such seed).
        examples: [
          [
            [{ quantity: 2, unit: 1_000 }],
            [
              { type: 'return_refund', line: 0, quantity: 1, amountShare: 0.5, resellableShare: 1 },
              { type: 'exchange', line: 0, quantity: 1, amountShare: 0, resellableShare: 1 },
            ],
          ],
        ],
      },
    );
    expect(seen.settled).toBeGreaterThan(0);
    expect(seen.restocked).toBeGreaterThan(0);
    expect(seen.exchanged).toBeGreaterThan(0);
  });
});
