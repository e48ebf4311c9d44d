import { describe, expect, it } from 'vitest';
import { fixedEnv, sampleLine, sampleOrder } from '../order-merge/__fixtures__/sample-orders';
import type { OrderEvent } from '../schema';
import { evaluateHolds } from './evaluate-holds';
import type { HoldsConfigInput } from './holds-config';
import { parseHoldsConfig } from './parse-holds-config';

const configOf = (...rules: HoldsConfigInput['rules']) => parseHoldsConfig({ rules });
const order = sampleOrder({ platformOrderId: '20001' });
const event = (id: string, type: OrderEvent['type'], at: string, lineIds?: string[]): OrderEvent => ({
  id,
  type,
  orderId: order.id,
  at,
  ...(lineIds === undefined ? {} : { lineIds }),
});

describe('address changed after payment', () => {
  const config = configOf({ id: 'addr', type: 'address_changed' });

  it('holds once per change the platform reports after payment', () => {
    const events = [
      event('evt-1', 'order-address-changed', '2026-11-10T17:00:00.000Z'),
      event('evt-0', 'order-address-changed', '2026-11-10T15:59:00.000Z'),
      {
        ...event('evt-2', 'order-address-changed', '2026-11-10T17:00:00.000Z'),
        orderId: 'taobao:shop-1:other',
      },
      event('evt-3', 'order-memo-changed', '2026-11-10T17:00:00.000Z'),
    ];
    const { holds } = evaluateHolds(order, { events }, config, fixedEnv());
    expect(holds.map((hold) => [hold.key, hold.reason])).toEqual([
      ['addr:evt-1', { code: 'address_changed', eventId: 'evt-1', changedAt: '2026-11-10T17:00:00.000Z' }],
    ]);
  });
});

describe('refund requested', () => {
  const config = configOf({ id: 'refund', type: 'refund_requested' });

  it('holds on the upstream event and on lines whose refund is in progress', () => {
    const withRefund = {
      ...order,
      lines: [sampleLine({ lineId: 'L1', refundStatus: 'in_progress' }), sampleLine({ lineId: 'L2' })],
    };
    const events = [event('evt-9', 'order-refund-requested', '2026-11-10T17:30:00.000Z', ['L1'])];
    expect(
      evaluateHolds(withRefund, { events }, config, fixedEnv()).holds.map((hold) => hold.reason),
    ).toEqual([{ code: 'refund_requested', lineIds: ['L1'], eventIds: ['evt-9'] }]);
    expect(evaluateHolds(withRefund, {}, config, fixedEnv()).holds.map((hold) => hold.reason)).toEqual([
      { code: 'refund_requested', lineIds: ['L1'], eventIds: [] },
    ]);
  });

  it('releases the hold (by system) once no held line is still in progress', () => {
    const refunding = { ...order, lines: [sampleLine({ lineId: 'L1', refundStatus: 'in_progress' })] };
    const [hold] = evaluateHolds(refunding, {}, config, fixedEnv()).holds;
    const refused = { ...order, lines: [sampleLine({ lineId: 'L1', refundStatus: 'refused' })] };
    const later = evaluateHolds(
      refused,
      { existingHolds: hold ? [hold] : [] },
      config,
      fixedEnv('2026-11-11T09:00:00.000Z'),
    );
    expect(later.holds).toEqual([]);
    expect(later.released).toEqual([
      { ...hold, releasedAt: '2026-11-11T09:00:00.000Z', releasedBy: 'system' },
    ]);
  });
});

describe('paid but must not ship (ship blocked)', () => {
  const config = configOf({ id: 'blocked', type: 'ship_blocked' });
  const blocked = { ...order, shipBlocked: true, platformStatus: 'PAID_FORBID_CONSIGN' };

  it('holds while the platform forbids shipping and releases when it lifts', () => {
    const placed = evaluateHolds(blocked, {}, config, fixedEnv());
    expect(placed.holds.map((hold) => hold.reason)).toEqual([
      { code: 'ship_blocked', platformStatus: 'PAID_FORBID_CONSIGN' },
    ]);
    const again = evaluateHolds(blocked, { existingHolds: placed.holds }, config, fixedEnv());
    expect(again).toEqual({ holds: [], released: [] });
    const lifted = evaluateHolds(order, { existingHolds: placed.holds }, config, fixedEnv());
    expect(lifted.released.map((hold) => hold.releasedBy)).toEqual(['system']);
  });
});

describe('ship-by deadline', () => {
  const config = configOf({ id: 'ship-by', type: 'ship_by_missed', marginMs: 2 * 3_600_000 });
  const due = { ...order, shipBy: '2026-11-12T16:00:00.000Z' };

  it('holds once the deadline is within the margin or past, reading time from env', () => {
    expect(evaluateHolds(due, {}, config, fixedEnv('2026-11-12T13:59:59.000Z')).holds).toEqual([]);
    expect(
      evaluateHolds(due, {}, config, fixedEnv('2026-11-12T14:00:00.000Z')).holds.map((hold) => hold.reason),
    ).toEqual([{ code: 'ship_by_missed', shipBy: '2026-11-12T16:00:00.000Z', marginMs: 7_200_000 }]);
    expect(evaluateHolds(order, {}, config, fixedEnv('2030-01-01T00:00:00.000Z')).holds).toEqual([]);
  });
});
