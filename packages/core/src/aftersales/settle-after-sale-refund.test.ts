import { describe, expect, it } from 'vitest';
import {
  buildCase,
  buildLine,
  buildOrder,
  createTestEnv,
  deepFreeze,
  fen,
  testNow,
} from './__fixtures__/after-sale-fixtures';
import type { AfterSaleCase } from './after-sale-case';
import { settleAfterSaleRefund } from './settle-after-sale-refund';

const paidCase = (
  type: Parameters<typeof buildCase>[0],
  overrides: Parameters<typeof buildCase>[1] = {},
): AfterSaleCase => ({
  ...buildCase(type, { status: 'refunded', ...overrides }),
  refundPayment: { paymentId: 'pay-1', at: testNow },
});

describe('settleAfterSaleRefund', () => {
  it('writes refunded units and money into the lines, once', () => {
    const order = deepFreeze(buildOrder({ lines: [buildLine(), buildLine({ lineId: 'L2' })] }));
    const result = settleAfterSaleRefund(order, deepFreeze(paidCase('return_refund')), createTestEnv());
    if (!result.ok) throw new Error(result.message);
    expect(result.order.lines[0]).toMatchObject({
      refundedQuantity: 2,
      refundedAmount: fen(9000),
      refundStatus: 'refunded',
    });
    expect(result.order.lines[1]).toEqual(order.lines[1]);
    expect(result.afterSaleCase.settledAt).toBe(testNow);
    expect(result.events).toEqual([
      { id: 'evt-1', type: 'order-refund-settled', orderId: order.id, at: testNow, lineIds: ['L1'] },
    ]);
    expect(settleAfterSaleRefund(result.order, result.afterSaleCase, createTestEnv())).toMatchObject({
      ok: false,
      reason: 'already_settled',
    });
  });

  it('refunds money only for price protection', () => {
    const protection = paidCase('price_protection', {
      lines: [{ lineId: 'L1', quantity: 2, refundAmount: fen(1000) }],
      refundAmount: fen(1000),
    });
    const result = settleAfterSaleRefund(buildOrder(), protection, createTestEnv());
    expect(result.ok && result.order.lines[0]).toMatchObject({
      refundedQuantity: 0,
      refundedAmount: fen(1000),
      refundStatus: 'none',
    });
  });

  it('refuses what would refund more than paid or ordered, and unpaid or foreign cases', () => {
    const order = buildOrder({ lines: [buildLine({ refundedAmount: fen(1000), refundedQuantity: 1 })] });
    expect(settleAfterSaleRefund(order, paidCase('return_refund'), createTestEnv())).toMatchObject({
      ok: false,
      reason: 'exceeds_paid',
      lineId: 'L1',
    });
    const cheap = paidCase('return_refund', { lines: [{ lineId: 'L1', quantity: 2, refundAmount: fen(1) }] });
    expect(settleAfterSaleRefund(order, cheap, createTestEnv())).toMatchObject({
      ok: false,
      reason: 'exceeds_quantity',
    });
    expect(settleAfterSaleRefund(order, buildCase('return_refund'), createTestEnv())).toMatchObject({
      ok: false,
      reason: 'not_refunded',
    });
    expect(
      settleAfterSaleRefund(buildOrder({ id: 'other' }), paidCase('return_refund'), createTestEnv()),
    ).toMatchObject({ ok: false, reason: 'wrong_order' });
    const stray = paidCase('return_refund', { lines: [{ lineId: 'L9', quantity: 1, refundAmount: fen(1) }] });
    expect(settleAfterSaleRefund(buildOrder(), stray, createTestEnv())).toMatchObject({
      ok: false,
      reason: 'unknown_line',
    });
  });
});
