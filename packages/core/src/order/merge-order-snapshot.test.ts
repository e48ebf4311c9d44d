import { describe, expect, it } from 'vitest';
import { buildLine, buildOrder, fen } from './__fixtures__/order-builder';
import { mergeOrderSnapshot } from './merge-order-snapshot';

describe('mergeOrderSnapshot: refunds', () => {
  const snapshot = buildOrder({ status: 'paid', lines: [buildLine({ quantity: 2 })] });

  it('keeps refunds omskit settled into a line when the platform does not report them yet', () => {
    const stored = buildOrder({
      status: 'paid',
      lines: [buildLine({ quantity: 2, refundedQuantity: 1, refundedAmount: fen(1990) })],
    });
    const { order } = mergeOrderSnapshot(stored, snapshot);
    expect(order.lines[0]).toMatchObject({
      refundedQuantity: 1,
      refundedAmount: fen(1990),
      refundStatus: 'none',
    });
  });

  it('takes the platform refund when it is as much or more, and marks a fully refunded line', () => {
    const stored = buildOrder({
      status: 'paid',
      lines: [buildLine({ quantity: 2, refundedQuantity: 1, refundedAmount: fen(1990) })],
    });
    const reported = buildOrder({
      status: 'paid',
      lines: [
        buildLine({ quantity: 2, refundedQuantity: 2, refundedAmount: fen(3980), refundStatus: 'refunded' }),
      ],
    });
    expect(mergeOrderSnapshot(stored, reported).order.lines[0]).toEqual(reported.lines[0]);
    const full = buildOrder({
      status: 'paid',
      lines: [
        buildLine({ quantity: 2, refundedQuantity: 2, refundedAmount: fen(3980), refundStatus: 'refunded' }),
      ],
    });
    expect(mergeOrderSnapshot(full, snapshot).order.lines[0]).toMatchObject({
      refundedQuantity: 2,
      refundedAmount: fen(3980),
      refundStatus: 'refunded',
    });
  });

  it('changes nothing on a line without refunds', () => {
    expect(mergeOrderSnapshot(snapshot, snapshot).order.lines[0]).toBe(snapshot.lines[0]);
  });
});
