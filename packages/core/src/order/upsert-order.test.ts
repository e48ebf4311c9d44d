import { describe, expect, it } from 'vitest';
import { OmsError } from '../errors/oms-error';
import { deepFreeze } from './__fixtures__/deep-freeze';
import { buildLine, buildOrder } from './__fixtures__/order-builder';
import { createTestEnv, testNow } from './__fixtures__/test-env';
import { transitionOrder } from './transition-order';
import { upsertOrder } from './upsert-order';

const paid = deepFreeze(
  buildOrder({
    status: 'paid',
    platformStatus: 'WAIT_SELLER_SEND_GOODS',
    paidAt: '2026-11-11T00:00:05.000Z',
    platformModifiedAt: '2026-11-11T00:00:05.000Z',
    lines: [buildLine({ lineId: 'L1', quantity: 2 }), buildLine({ lineId: 'L2', sellerSku: 'SKU-B' })],
  }),
);

describe('upsertOrder', () => {
  it('creates an unknown order and announces its status', () => {
    const env = createTestEnv();
    expect(upsertOrder(undefined, paid, env)).toEqual({
      outcome: 'created',
      order: paid,
      events: [
        { id: 'evt-1', type: 'order-created', orderId: paid.id, at: testNow, toStatus: 'paid' },
        { id: 'evt-2', type: 'order-paid', orderId: paid.id, at: testNow, toStatus: 'paid' },
      ],
      notes: [],
    });
    const pending = upsertOrder(undefined, buildOrder(), createTestEnv());
    expect(pending.events.map((event) => event.type)).toEqual(['order-created']);
  });

  it('ignores a snapshot older than the stored order', () => {
    const env = createTestEnv();
    const older = {
      ...paid,
      status: 'pending_payment' as const,
      platformModifiedAt: '2026-11-11T00:00:00.000Z',
    };
    const result = upsertOrder(paid, older, env);
    expect(result).toMatchObject({ outcome: 'stale', order: paid, events: [] });
    expect(result.order).toBe(paid);
    expect(result.notes).toHaveLength(1);
    expect(env.issuedIds()).toBe(0);
  });

  it('changes nothing when the same snapshot comes twice', () => {
    const env = createTestEnv();
    const update = deepFreeze({
      ...paid,
      sellerMemo: '加急',
      platformModifiedAt: '2026-11-11T00:01:00.000Z',
    });
    const first = upsertOrder(paid, update, env);
    expect(first.outcome).toBe('updated');
    const second = upsertOrder(first.order, update, env);
    expect(second).toEqual({ outcome: 'unchanged', order: first.order, events: [], notes: [] });
    expect(second.order).toBe(first.order);
  });

  it('moves the status forward with one event for the status entered', () => {
    const env = createTestEnv();
    const shipped = {
      ...paid,
      status: 'shipped' as const,
      shippedAt: '2026-11-11T06:00:00.000Z',
      platformModifiedAt: '2026-11-11T06:00:00.000Z',
    };
    const result = upsertOrder(paid, shipped, env);
    expect(result.outcome).toBe('updated');
    expect(result.order).toEqual(shipped);
    expect(result.events).toEqual([
      {
        id: 'evt-1',
        type: 'order-shipped',
        orderId: paid.id,
        at: testNow,
        fromStatus: 'paid',
        toStatus: 'shipped',
      },
    ]);
  });

  it('keeps a status our warehouse moved ahead of the platform, and takes everything else', () => {
    const env = createTestEnv();
    const shippedHere = transitionOrder(paid, { type: 'ship', at: '2026-11-11T03:00:00.000Z' }, env);
    if (!shippedHere.ok) throw new Error('refused');
    const stored = deepFreeze({
      ...shippedHere.order,
      lines: shippedHere.order.lines.map((line) => ({ ...line, shippedQuantity: line.quantity })),
    });
    const platform = deepFreeze({
      ...paid,
      sellerMemo: '已发顺丰',
      platformModifiedAt: '2026-11-11T03:00:30.000Z',
    });
    const result = upsertOrder(stored, platform, env);
    expect(result.outcome).toBe('updated');
    expect(result.order).toEqual({
      ...stored,
      sellerMemo: '已发顺丰',
      platformModifiedAt: '2026-11-11T03:00:30.000Z',
    });
    expect(result.events.map((event) => event.type)).toEqual(['order-memo-changed']);
    expect(result.notes).toEqual([
      "status: kept shipped; the platform's paid is behind it (the platform has not caught up yet)",
    ]);
  });

  it('keeps the stored status against a status the table cannot reach', () => {
    const cancelled = {
      ...paid,
      status: 'cancelled' as const,
      platformModifiedAt: '2026-11-11T00:00:10.000Z',
    };
    const result = upsertOrder(paid, cancelled, createTestEnv());
    expect(result.order.status).toBe('paid');
    expect(result.notes[0]).toMatch(/not reachable/);
    expect(result.events).toEqual([]);
    expect(result.outcome).toBe('updated');
  });

  it('never lowers a line shipped quantity', () => {
    const stored = deepFreeze({
      ...paid,
      status: 'partially_shipped' as const,
      lines: [{ ...paid.lines[0]!, shippedQuantity: 2 }, paid.lines[1]!],
    });
    const platform = {
      ...paid,
      status: 'partially_shipped' as const,
      platformModifiedAt: '2026-11-11T04:00:00.000Z',
    };
    const result = upsertOrder(stored, platform, createTestEnv());
    expect(result.order.lines.map((line) => line.shippedQuantity)).toEqual([2, 0]);
    expect(result.events).toEqual([]);
    expect(result.outcome).toBe('updated');
  });

  it('applies a different snapshot with the same modified time, and says so', () => {
    const sameSecond = { ...paid, shipBlocked: true };
    const result = upsertOrder(paid, sameSecond, createTestEnv());
    expect(result.outcome).toBe('updated');
    expect(result.order.shipBlocked).toBe(true);
    expect(result.events.map((event) => event.type)).toEqual(['order-ship-block-changed']);
    expect(result.notes[0]).toMatch(/same platformModifiedAt/);
  });

  it('advances the version of an order whose content did not change, without events', () => {
    const later = { ...paid, platformModifiedAt: '2026-11-11T00:09:00.000Z' };
    expect(upsertOrder(paid, later, createTestEnv())).toEqual({
      outcome: 'updated',
      order: later,
      events: [],
      notes: [],
    });
  });

  it('emits one event per kind of change', () => {
    const env = createTestEnv();
    const incoming = {
      ...paid,
      status: 'closed' as const,
      endedAt: '2026-11-12T00:00:00.000Z',
      platformModifiedAt: '2026-11-12T00:00:00.000Z',
      receiver: { ...paid.receiver, tokens: { oaid: 'oaid-2' } },
      lines: [{ ...paid.lines[0]!, refundStatus: 'in_progress' as const }, paid.lines[1]!],
      platformStatus: 'TRADE_CLOSED',
    };
    const result = upsertOrder(paid, incoming, env);
    expect(result.events).toEqual([
      {
        id: 'evt-1',
        type: 'order-closed',
        orderId: paid.id,
        at: testNow,
        fromStatus: 'paid',
        toStatus: 'closed',
      },
      { id: 'evt-2', type: 'order-address-changed', orderId: paid.id, at: testNow },
      { id: 'evt-3', type: 'order-refund-requested', orderId: paid.id, at: testNow, lineIds: ['L1'] },
      { id: 'evt-4', type: 'order-updated', orderId: paid.id, at: testNow },
    ]);
  });

  it('counts lifecycle timestamps that move with the status as part of the status event', () => {
    const incoming = {
      ...paid,
      status: 'closed' as const,
      endedAt: '2026-11-12T00:00:00.000Z',
      platformModifiedAt: '2026-11-12T00:00:00.000Z',
    };
    expect(upsertOrder(paid, incoming, createTestEnv()).events.map((event) => event.type)).toEqual([
      'order-closed',
    ]);
    const retimed = {
      ...paid,
      paidAt: '2026-11-11T00:00:06.000Z',
      platformModifiedAt: '2026-11-12T00:00:00.000Z',
    };
    expect(upsertOrder(paid, retimed, createTestEnv()).events.map((event) => event.type)).toEqual([
      'order-updated',
    ]);
  });

  it('keeps lifecycle timestamps the platform does not report', () => {
    const stored = { ...paid, status: 'shipped' as const, shippedAt: '2026-11-11T03:00:00.000Z' };
    const platform = {
      ...paid,
      paidAt: undefined,
      status: 'shipped' as const,
      platformModifiedAt: '2026-11-11T05:00:00.000Z',
    };
    const result = upsertOrder(stored, platform, createTestEnv());
    expect(result.order).toMatchObject({ paidAt: paid.paidAt, shippedAt: '2026-11-11T03:00:00.000Z' });
  });

  it('refuses to upsert one order onto another with a typed error', () => {
    const other = buildOrder({ id: 'taobao:shop-1:T2', platformOrderId: 'T2' });
    expect(() => upsertOrder(paid, other, createTestEnv())).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: ['id'] }),
    );
    try {
      upsertOrder(paid, other, createTestEnv());
    } catch (error) {
      expect(OmsError.is(error)).toBe(true);
    }
  });
});
