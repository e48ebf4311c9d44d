import type { OrderStatus } from '@omskit/core';
import { describe, expect, it } from 'vitest';
import { jdFixtureOrder } from './__fixtures__/load-jd-fixture';
import { mapJdOrder } from './map-jd-order';
import { jdOrderStates } from './map-jd-order-status';

const unpaid = { paymentConfirmTime: '0001-01-01 00:00:00', payType: '4' };
const shippedFacts = { waybill: 'JDV000111222333', logisticsId: '2087' };

// Every order state of the reference (section 2.3), with the facts that decide ambiguous ones.
const cases: {
  state: string;
  facts?: Record<string, unknown>;
  status: OrderStatus;
  shipBlocked?: boolean;
}[] = [
  { state: 'NOT_PAY', facts: unpaid, status: 'pending_payment' },
  { state: 'WAIT_SELLER_STOCK_OUT', status: 'paid' },
  { state: 'WAIT_SELLER_DELIVERY', status: 'paid' },
  { state: 'WAIT_SEND_CODE', status: 'paid' },
  { state: 'WAIT_GOODS_RECEIVE_CONFIRM', facts: shippedFacts, status: 'shipped' },
  { state: 'SEND_TO_DISTRIBUTION_CENER', facts: shippedFacts, status: 'shipped' },
  { state: 'DISTRIBUTION_CENTER_RECEIVED', facts: shippedFacts, status: 'shipped' },
  { state: 'DELIVERY_RETURN', facts: shippedFacts, status: 'shipped' },
  { state: 'RECEIPTS_CONFIRM', status: 'completed' },
  { state: 'FINISHED_L', facts: { orderEndTime: '2026-11-20 10:00:00' }, status: 'completed' },
  { state: 'TRADE_CANCELED', facts: unpaid, status: 'cancelled' },
  { state: 'TRADE_CANCELED', status: 'closed' },
  { state: 'LOCKED', status: 'paid', shipBlocked: true },
  { state: 'LOCKED', facts: shippedFacts, status: 'shipped', shipBlocked: true },
  { state: 'POP_ORDER_PAUSE', status: 'paid', shipBlocked: true },
  { state: 'PAUSE', status: 'paid', shipBlocked: true },
];

describe('JD order states', () => {
  it.each(cases)('$state $facts -> $status', ({ state, facts, status, shipBlocked }) => {
    const { order } = mapJdOrder({ ...jdFixtureOrder(), ...facts, orderState: state }, { shopId: 's' });
    expect(order.status).toBe(status);
    expect(order.shipBlocked).toBe(shipBlocked ?? false);
  });

  it('covers every state in the table', () => {
    expect(new Set(cases.map((entry) => entry.state))).toEqual(new Set(Object.keys(jdOrderStates)));
  });
});
