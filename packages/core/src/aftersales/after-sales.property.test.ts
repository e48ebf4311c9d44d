import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { afterSaleTypeSchema } from '../schema/after-sale';
import type { Order } from '../schema/order';
import {
  buildAfterSale,
  buildLine,
  buildOrder,
  createTestEnv,
  fen,
} from './__fixtures__/after-sale-fixtures';
import { type AfterSaleCase, openAfterSaleCase } from './after-sale-case';
import type { AfterSaleEvent } from './after-sale-event';
import { defaultAfterSalePolicy } from './after-sale-policy';
import { findAfterSalePath, reachableAfterSaleStatuses } from './find-after-sale-path';
import { runAutoCheck } from './run-auto-check';
import { settleAfterSaleRefund } from './settle-after-sale-refund';
import { transitionAfterSale } from './transition-after-sale';

const policy = {
  ...defaultAfterSalePolicy,
  autoApproveMaxFen: Number.MAX_SAFE_INTEGER,
  autoApproveTypes: afterSaleTypeSchema.options,
};

const lineArbitrary = fc
  .record({
    quantity: fc.integer({ min: 1, max: 5 }),
    unit: fc.integer({ min: 1, max: 20_000 }),
    discountShare: fc.double({ min: 0, max: 1, noNaN: true }),
    shippedShare: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ quantity, unit, discountShare, shippedShare }) => ({
    quantity,
    unit,
    discount: Math.floor(unit * quantity * discountShare),
    shipped: Math.round(quantity * shippedShare),
  }));

const requestArbitrary = fc.record({
  type: fc.constantFrom(...afterSaleTypeSchema.options),
  line: fc.nat(),
  quantity: fc.integer({ min: 0, max: 7 }),
  amountShare: fc.double({ min: 0, max: 1.3, noNaN: true }),
  resellableShare: fc.double({ min: 0, max: 1, noNaN: true }),
});

function eventFor(
  event: AfterSaleEvent['type'],
  current: AfterSaleCase,
  resellableShare: number,
  sku: string,
): AfterSaleEvent {
  const lines = current.afterSale.lines;
  switch (event) {
    case 'receive':
      return {
        type: event,
        warehouseId: 'WH-1',
        lines: lines
          .filter((line) => line.quantity > 0)
          .map((line) => ({ lineId: line.lineId, quantity: line.quantity })),
      };
    case 'inspect':
      return {
        type: event,
        warehouseId: 'WH-1',
        lines: current.received.map((line) => {
          const resellable = Math.round(line.quantity * resellableShare);
          return { lineId: line.lineId, sku, resellable, damaged: line.quantity - resellable };
        }),
      };
    case 'confirm_refund':
      return { type: event, paymentId: 'pay' };
    case 'ship_replacement':
      return { type: event, parcel: { carrierCode: 'SF', trackingNumber: 'SF1' } };
    case 'ship_return':
      return { type: event, trackingNumber: 'RT1' };
    default:
      return { type: event } as AfterSaleEvent;
  }
}

describe('after-sales invariants', () => {
  it('never refunds more than paid, returns more than shipped, or restocks other than the resellable units received', () => {
    fc.assert(
      fc.property(
        fc.array(lineArbitrary, { minLength: 1, maxLength: 3 }),
        fc.array(requestArbitrary, { minLength: 1, maxLength: 6 }),
        (lineSpecs, requests) => {
          const env = createTestEnv();
          let order: Order = buildOrder({
            lines: lineSpecs.map((spec, index) =>
              buildLine({
                lineId: `L${index}`,
                sellerSku: `SKU-${index}`,
                quantity: spec.quantity,
                unitPrice: fen(spec.unit),
                discount: fen(spec.discount),
                shippedQuantity: spec.shipped,
              }),
            ),
          });
          const cases: AfterSaleCase[] = [];
          const received = new Map<string, number>();
          const resellable = new Map<string, number>();
          const restocked = new Map<string, number>();
          for (const [index, request] of requests.entries()) {
            const line = order.lines[request.line % order.lines.length];
            if (line === undefined) continue;
            const amount = Math.floor(line.paid.amount * request.amountShare);
            const afterSale = buildAfterSale(request.type, {
              id: `as-${index}`,
              lines: [{ lineId: line.lineId, quantity: request.quantity, refundAmount: fen(amount) }],
              refundAmount: fen(amount),
            });
            const checked = runAutoCheck(
              openAfterSaleCase(afterSale),
              { order, otherAfterSales: cases.map((one) => one.afterSale) },
              env,
              policy,
            );
            if (!checked.ok) throw new Error(checked.message);
            let current = checked.afterSaleCase;
            if (current.afterSale.status === 'approved') {
              const goal = reachableAfterSaleStatuses(request.type, 'approved').has('refunded')
                ? 'refunded'
                : 'exchange_shipped';
              for (const step of findAfterSalePath(request.type, 'approved', goal) ?? []) {
                const moved = transitionAfterSale(
                  current,
                  eventFor(step.event, current, request.resellableShare, line.sellerSku),
                  env,
                );
                if (!moved.ok) break; // a zero-unit receive: the case stays where it is
                for (const effect of moved.effects)
                  if (effect.kind === 'inventory.restock')
                    restocked.set(
                      effect.payload.lineId,
                      (restocked.get(effect.payload.lineId) ?? 0) + effect.payload.quantity,
                    );
                current = moved.afterSaleCase;
              }
              for (const got of current.received)
                received.set(got.lineId, (received.get(got.lineId) ?? 0) + got.quantity);
              for (const got of current.inspected)
                resellable.set(
                  got.lineId,
                  (resellable.get(got.lineId) ?? 0) + (request.type === 'repair' ? 0 : got.resellable),
                );
              if (current.afterSale.status === 'refunded') {
                const settled = settleAfterSaleRefund(order, current, env);
                expect(settled.ok).toBe(true);
                if (settled.ok) ({ order, afterSaleCase: current } = settled);
              }
            }
            cases.push(current);
          }
          for (const line of order.lines) {
            expect(line.refundedAmount?.amount ?? 0).toBeLessThanOrEqual(line.paid.amount);
            expect(line.refundedQuantity).toBeLessThanOrEqual(line.quantity);
            expect(received.get(line.lineId) ?? 0).toBeLessThanOrEqual(line.shippedQuantity);
            expect(restocked.get(line.lineId) ?? 0).toBe(resellable.get(line.lineId) ?? 0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
