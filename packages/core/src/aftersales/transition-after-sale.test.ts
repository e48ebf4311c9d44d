import { describe, expect, it } from 'vitest';
import { buildCase, createTestEnv, deepFreeze, fen, testNow } from './__fixtures__/after-sale-fixtures';
import type { AfterSaleCase } from './after-sale-case';
import type { AfterSaleEvent } from './after-sale-event';
import { transitionAfterSale } from './transition-after-sale';

function walk(start: AfterSaleCase, events: readonly AfterSaleEvent[]) {
  const env = createTestEnv();
  let current = deepFreeze(start);
  const steps = [];
  for (const event of events) {
    const result = transitionAfterSale(current, event, env);
    if (!result.ok) throw new Error(result.message);
    steps.push(result);
    current = deepFreeze(result.afterSaleCase);
  }
  return { current, steps };
}

const ref = {
  afterSaleId: 'taobao:shop-1:as:R1',
  channel: 'taobao',
  shopId: 'shop-1',
  platformAfterSaleId: 'R1',
  orderId: 'taobao:shop-1:T1000',
  platformOrderId: 'T1000',
};

describe('transitionAfterSale', () => {
  it('walks a return and refund with its effects as data', () => {
    const { current, steps } = walk(buildCase('return_refund'), [
      { type: 'approve', returnAddressId: 'addr-9' },
      { type: 'await_return', returnAddressId: 'addr-9' },
      { type: 'ship_return', trackingNumber: 'YT123' },
      { type: 'receive', warehouseId: 'WH-1', lines: [{ lineId: 'L1', quantity: 2 }] },
      {
        type: 'inspect',
        warehouseId: 'WH-1',
        lines: [{ lineId: 'L1', sku: 'SKU-A', resellable: 1, damaged: 1 }],
      },
      { type: 'issue_refund' },
      { type: 'confirm_refund', paymentId: 'pay-7', at: '2026-11-20T09:00:00.000Z' },
      { type: 'close' },
    ]);
    expect(current.afterSale.status).toBe('closed');
    expect(current.afterSale.returnTrackingNumber).toBe('YT123');
    expect(steps[0]?.effects).toEqual([
      {
        key: 'aftersale:taobao:shop-1:as:R1:0:channel.decide-after-sale',
        kind: 'channel.decide-after-sale',
        payload: { ...ref, decision: { action: 'approve_return', returnAddressId: 'addr-9' } },
      },
      {
        key: 'aftersale:taobao:shop-1:as:R1:0:buyer.notify:after-sale-approved',
        kind: 'buyer.notify',
        payload: { ...ref, notice: 'after-sale-approved' },
      },
    ]);
    expect(steps[1]?.effects.map((effect) => effect.kind)).toEqual([
      'buyer.notify',
      'warehouse.expect-return',
    ]);
    expect(steps[4]?.effects).toEqual([
      expect.objectContaining({
        kind: 'inventory.restock',
        payload: expect.objectContaining({ sku: 'SKU-A', warehouseId: 'WH-1', quantity: 1 }),
      }),
      expect.objectContaining({
        kind: 'inventory.write-off',
        payload: expect.objectContaining({ quantity: 1 }),
      }),
      expect.objectContaining({
        kind: 'channel.decide-after-sale',
        payload: expect.objectContaining({ decision: { action: 'confirm_return_received' } }),
      }),
    ]);
    expect(steps[5]?.effects).toEqual([
      {
        key: 'aftersale:taobao:shop-1:as:R1:refund-ticket',
        kind: 'finance.refund-ticket',
        payload: {
          ...ref,
          ticketKey: 'aftersale:taobao:shop-1:as:R1:refund-ticket',
          lines: [{ lineId: 'L1', quantity: 2, amount: fen(9000) }],
          shippingRefund: fen(0),
          total: fen(9000),
        },
      },
    ]);
    expect(current.refundPayment).toEqual({
      paymentId: 'pay-7',
      at: '2026-11-20T09:00:00.000Z',
      by: 'finance',
    });
    expect(current.history.map((entry) => [entry.by, entry.to])).toEqual([
      ['seller', 'approved'],
      ['seller', 'awaiting_return'],
      ['buyer', 'return_in_transit'],
      ['warehouse', 'received'],
      ['warehouse', 'inspected'],
      ['seller', 'refund_pending'],
      ['finance', 'refunded'],
      ['seller', 'closed'],
    ]);
    expect(current.history[0]).toEqual({
      id: 'ash-1',
      at: testNow,
      event: 'approve',
      by: 'seller',
      from: 'requested',
      to: 'approved',
      effects: [
        {
          key: 'aftersale:taobao:shop-1:as:R1:0:channel.decide-after-sale',
          kind: 'channel.decide-after-sale',
        },
        { key: 'aftersale:taobao:shop-1:as:R1:0:buyer.notify:after-sale-approved', kind: 'buyer.notify' },
      ],
    });
    // Every entry names the effects of its step, so the history alone says what each step asked for.
    for (const [index, step] of steps.entries()) {
      const recorded = step.effects.map((effect) => ({ key: effect.key, kind: effect.kind }));
      expect(current.history[index]?.effects ?? []).toEqual(recorded);
      expect(step.entry.effects ?? []).toEqual(recorded);
    }
    expect(current.history[2]).not.toHaveProperty('effects');
    expect(current.decisions).toEqual([
      { at: testNow, by: 'seller', verdict: 'approve', rule: 'seller', reason: 'approved' },
    ]);
  });

  it('gives the same keys when the same step is replayed', () => {
    const start = buildCase('refund_only_unshipped');
    const first = transitionAfterSale(start, { type: 'approve' }, createTestEnv());
    const again = transitionAfterSale(start, { type: 'approve' }, createTestEnv('2026-11-21T00:00:00.000Z'));
    expect(first.ok && first.effects.map((effect) => effect.key)).toEqual(
      again.ok && again.effects.map((effect) => effect.key),
    );
    expect(first.ok && first.effects.map((effect) => effect.kind)).toEqual([
      'channel.decide-after-sale',
      'inventory.release',
      'buyer.notify',
    ]);
  });

  it('refuses to receive more than was asked back, across receipts', () => {
    const { current } = walk(buildCase('return_refund', { status: 'awaiting_return' }), [
      { type: 'receive', warehouseId: 'WH-1', lines: [{ lineId: 'L1', quantity: 1 }] },
    ]);
    const more = transitionAfterSale(
      { ...current, afterSale: { ...current.afterSale, status: 'awaiting_return' } },
      { type: 'receive', warehouseId: 'WH-1', lines: [{ lineId: 'L1', quantity: 2 }] },
      createTestEnv(),
    );
    expect(more).toMatchObject({ ok: false, reason: 'invalid_event', path: ['lines', 0, 'quantity'] });
    const unknown = transitionAfterSale(
      current,
      {
        type: 'inspect',
        warehouseId: 'WH-1',
        lines: [{ lineId: 'L9', sku: 'X', resellable: 1, damaged: 0 }],
      },
      createTestEnv(),
    );
    expect(unknown).toMatchObject({ ok: false, reason: 'invalid_event' });
  });

  it('refuses an inspection that does not add up to what was received', () => {
    const { current } = walk(buildCase('return_refund', { status: 'awaiting_return' }), [
      { type: 'receive', warehouseId: 'WH-1', lines: [{ lineId: 'L1', quantity: 2 }] },
    ]);
    for (const [resellable, damaged] of [
      [2, 1],
      [1, 0],
      [-1, 3],
    ] as const) {
      const result = transitionAfterSale(
        current,
        {
          type: 'inspect',
          warehouseId: 'WH-1',
          lines: [{ lineId: 'L1', sku: 'SKU-A', resellable, damaged }],
        },
        createTestEnv(),
      );
      expect(result).toMatchObject({ ok: false, reason: 'invalid_event' });
    }
    expect(
      transitionAfterSale(current, { type: 'inspect', warehouseId: 'WH-1', lines: [] }, createTestEnv()),
    ).toMatchObject({ ok: false, message: 'line L1 was received but not inspected' });
    expect(
      transitionAfterSale(
        current,
        { type: 'receive', warehouseId: 'WH-1', lines: [{ lineId: 'L1', quantity: 0 }] },
        createTestEnv(),
      ),
    ).toMatchObject({ ok: false, reason: 'invalid_transition' });
  });

  it('emits no restock for a fully damaged return and records the refusal reason', () => {
    const { current, steps } = walk(buildCase('return_refund', { status: 'awaiting_return' }), [
      { type: 'receive', warehouseId: 'WH-1', lines: [{ lineId: 'L1', quantity: 2 }] },
      {
        type: 'inspect',
        warehouseId: 'WH-1',
        lines: [{ lineId: 'L1', sku: 'SKU-A', resellable: 0, damaged: 2 }],
      },
      { type: 'refuse', reason: '人为损坏' },
    ]);
    expect(steps[1]?.effects.map((effect) => effect.kind)).toEqual([
      'inventory.write-off',
      'channel.decide-after-sale',
    ]);
    expect(steps[2]?.effects[0]?.payload).toMatchObject({
      decision: { action: 'refuse', reason: '人为损坏' },
    });
    expect(current.history.at(-1)).toMatchObject({ to: 'refused', reason: '人为损坏' });
  });

  it('rejects an event time that is not an ISO instant', () => {
    expect(() =>
      transitionAfterSale(buildCase(), { type: 'approve', at: '2026-11-20 08:00:00' }, createTestEnv()),
    ).toThrow(/ISO instant/);
  });

  it('adds the shipping part of the total to the refund ticket', () => {
    const start = buildCase('refund_only_unshipped', { status: 'approved', refundAmount: fen(10000) });
    const result = transitionAfterSale(start, { type: 'issue_refund' }, createTestEnv());
    expect(result.ok && result.effects[0]?.payload).toMatchObject({
      shippingRefund: fen(1000),
      total: fen(10000),
    });
  });
});
