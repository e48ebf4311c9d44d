import { describe, expect, it } from 'vitest';
import { OmsError } from '../errors/oms-error';
import { deepFreeze } from './__fixtures__/deep-freeze';
import { buildOrder } from './__fixtures__/order-builder';
import { createTestEnv, testNow } from './__fixtures__/test-env';
import { transitionOrder } from './transition-order';

describe('transitionOrder', () => {
  it('pays an order with the platform time and announces it with the clock time', () => {
    const env = createTestEnv();
    const order = deepFreeze(buildOrder());
    const result = transitionOrder(order, { type: 'pay', at: '2026-11-11T00:00:05.000Z' }, env);
    expect(result).toEqual({
      ok: true,
      order: { ...order, status: 'paid', paidAt: '2026-11-11T00:00:05.000Z' },
      events: [
        {
          id: 'evt-1',
          type: 'order-paid',
          orderId: order.id,
          at: testNow,
          fromStatus: 'pending_payment',
          toStatus: 'paid',
        },
      ],
    });
    expect(order.status).toBe('pending_payment');
  });

  it('takes the time from the clock when the event carries none', () => {
    const result = transitionOrder(buildOrder(), { type: 'cancel' }, createTestEnv());
    expect(result.ok && result.order).toMatchObject({ status: 'cancelled', endedAt: testNow });
  });

  it('keeps the first shipment time through later shipments', () => {
    const env = createTestEnv();
    const paid = buildOrder({ status: 'paid', paidAt: '2026-11-11T00:00:05.000Z' });
    const first = transitionOrder(paid, { type: 'ship_part', at: '2026-11-11T02:00:00.000Z' }, env);
    if (!first.ok) throw new Error('refused');
    const second = transitionOrder(first.order, { type: 'ship_part', at: '2026-11-11T03:00:00.000Z' }, env);
    if (!second.ok) throw new Error('refused');
    const last = transitionOrder(second.order, { type: 'ship', at: '2026-11-11T04:00:00.000Z' }, env);
    if (!last.ok) throw new Error('refused');
    expect(second.events.map((event) => [event.type, event.fromStatus, event.toStatus])).toEqual([
      ['order-partially-shipped', 'partially_shipped', 'partially_shipped'],
    ]);
    expect(last.order).toMatchObject({ status: 'shipped', shippedAt: '2026-11-11T02:00:00.000Z' });
  });

  it('moves endedAt to the close of a completed order', () => {
    const completed = buildOrder({ status: 'completed', endedAt: '2026-11-20T00:00:00.000Z' });
    const result = transitionOrder(
      completed,
      { type: 'close', at: '2026-11-25T00:00:00.000Z' },
      createTestEnv(),
    );
    expect(result.ok && result.order.endedAt).toBe('2026-11-25T00:00:00.000Z');
  });

  it('leaves deposit and delivery without a timestamp, and the platform version alone', () => {
    const env = createTestEnv();
    const order = buildOrder();
    const deposit = transitionOrder(order, { type: 'pay_deposit', at: '2026-11-11T00:01:00.000Z' }, env);
    expect(deposit.ok && deposit.order).toEqual({ ...order, status: 'deposit_paid' });
    const shipped = buildOrder({ status: 'shipped', shippedAt: '2026-11-11T05:00:00.000Z' });
    const delivered = transitionOrder(shipped, { type: 'deliver', at: '2026-11-13T00:00:00.000Z' }, env);
    expect(delivered.ok && delivered.order).toEqual({ ...shipped, status: 'delivered' });
  });

  it('rejects an `at` that is not an ISO instant in UTC with a typed error', () => {
    const attempt = () =>
      transitionOrder(buildOrder(), { type: 'pay', at: '2026-11-11 08:00:00' }, createTestEnv());
    expect(attempt).toThrow(OmsError);
    try {
      attempt();
    } catch (error) {
      expect(OmsError.isCode(error, 'invalid_input') && error.path).toEqual(['at']);
    }
  });
});
