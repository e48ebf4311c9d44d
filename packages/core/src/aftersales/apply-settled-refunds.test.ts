import { describe, expect, it } from 'vitest';
import {
  buildCase,
  buildLine,
  buildOrder,
  deepFreeze,
  fen,
  testNow,
} from './__fixtures__/after-sale-fixtures';
import type { AfterSaleCase } from './after-sale-case';
import { applySettledRefunds } from './apply-settled-refunds';

const settled = (
  type: Parameters<typeof buildCase>[0],
  overrides: Parameters<typeof buildCase>[1] = {},
): AfterSaleCase => ({
  ...buildCase(type, { status: 'refunded', ...overrides }),
  refundPayment: { paymentId: 'pay-1', at: testNow },
  settledAt: testNow,
});

describe('applySettledRefunds', () => {
  const order = deepFreeze(buildOrder({ lines: [buildLine(), buildLine({ lineId: 'L2' })] }));

  it('writes the settled refunds into the lines, and recomputing again changes nothing', () => {
    const partial = settled('return_refund', {
      lines: [{ lineId: 'L1', quantity: 1, refundAmount: fen(4500) }],
    });
    const first = applySettledRefunds(order, [partial]);
    if (!first.ok) throw new Error(first.message);
    expect(first.changed).toBe(true);
    expect(first.order.lines[0]).toMatchObject({
      refundedQuantity: 1,
      refundedAmount: fen(4500),
      refundStatus: 'none',
    });
    expect(first.order.lines[1]).toBe(order.lines[1]);
    const again = applySettledRefunds(first.order, [partial]);
    expect(again).toEqual({ ok: true, order: first.order, changed: false });
    // A second case on the same line: the totals of both, the line now fully refunded.
    const second = settled('return_refund', {
      id: 'as-2',
      lines: [{ lineId: 'L1', quantity: 1, refundAmount: fen(4500) }],
    });
    const both = applySettledRefunds(first.order, [partial, second]);
    expect(both.ok && both.order.lines[0]).toMatchObject({
      refundedQuantity: 2,
      refundedAmount: fen(9000),
      refundStatus: 'refunded',
    });
  });

  it('ignores cases not settled and of other orders, and counts no units for price protection', () => {
    const open = { ...settled('return_refund'), settledAt: undefined };
    const foreign = settled('return_refund', { id: 'as-3', orderId: 'other' });
    const priced = settled('price_protection', {
      id: 'as-4',
      lines: [{ lineId: 'L2', quantity: 2, refundAmount: fen(300) }],
    });
    const result = applySettledRefunds(order, [open, foreign, priced]);
    if (!result.ok) throw new Error(result.message);
    expect(result.order.lines[0]).toBe(order.lines[0]);
    expect(result.order.lines[1]).toMatchObject({ refundedQuantity: 0, refundedAmount: fen(300) });
  });

  it('keeps what the platform already reported when it is more, so no refund is counted twice', () => {
    const reported = buildOrder({
      lines: [buildLine({ refundedQuantity: 2, refundedAmount: fen(9000), refundStatus: 'refunded' })],
    });
    const result = applySettledRefunds(reported, [settled('return_refund')]);
    expect(result).toEqual({ ok: true, order: reported, changed: false });
  });

  it('refuses settled refunds beyond the units ordered, the money paid, or the lines of the order', () => {
    const twice = [settled('return_refund'), settled('return_refund', { id: 'as-2' })];
    expect(applySettledRefunds(order, twice)).toMatchObject({
      ok: false,
      reason: 'exceeds_quantity',
      lineId: 'L1',
    });
    const greedy = settled('price_protection', {
      lines: [{ lineId: 'L1', quantity: 0, refundAmount: fen(9001) }],
    });
    expect(applySettledRefunds(order, [greedy])).toMatchObject({
      ok: false,
      reason: 'exceeds_paid',
      lineId: 'L1',
    });
    const stray = settled('return_refund', { lines: [{ lineId: 'L9', quantity: 1, refundAmount: fen(1) }] });
    expect(applySettledRefunds(order, [stray])).toMatchObject({
      ok: false,
      reason: 'unknown_line',
      lineId: 'L9',
    });
  });
});
