import type { OrderStatus } from '@omskit/core';
import { describe, expect, it } from 'vitest';
import { dig, fixtureJson } from './__fixtures__/read-fixture';
import { mapTaobaoOrder } from './map-taobao-order';
import { taobaoLineRefundStatuses, taobaoStepTradeStatuses, taobaoTradeStatuses } from './map-taobao-status';

type Trade = { [key: string]: unknown };
const base = () =>
  dig(fixtureJson('trade-fullinfo-split-shipped.json'), 'trade_fullinfo_get_response', 'trade') as Trade;
const map = (fields: Trade) => mapTaobaoOrder({ ...base(), ...fields }, { shopId: 's' });

// Every trade status of the reference, with what it means in the unified lifecycle.
const tradeStatusTable: readonly [string, OrderStatus, boolean][] = [
  ['TRADE_NO_CREATE_PAY', 'pending_payment', false],
  ['WAIT_BUYER_PAY', 'pending_payment', false],
  ['PAY_PENDING', 'pending_payment', false],
  ['WAIT_PRE_AUTH_CONFIRM', 'pending_payment', false],
  ['WAIT_SELLER_SEND_GOODS', 'paid', false],
  ['PAID_FORBID_CONSIGN', 'paid', true],
  ['SELLER_CONSIGNED_PART', 'partially_shipped', false],
  ['WAIT_BUYER_CONFIRM_GOODS', 'shipped', false],
  ['TRADE_BUYER_SIGNED', 'delivered', false],
  ['TRADE_FINISHED', 'completed', false],
  ['TRADE_CLOSED', 'closed', false],
  ['TRADE_CLOSED_BY_TAOBAO', 'cancelled', false],
  ['ALL_WAIT_PAY', 'pending_payment', false],
  ['ALL_CLOSED', 'closed', false],
];

describe('trade status mapping', () => {
  it('covers every documented status', () => {
    expect(tradeStatusTable.map(([status]) => status).sort()).toEqual([...taobaoTradeStatuses].sort());
  });

  it.each(tradeStatusTable)('%s -> %s', (status, expected, shipBlocked) => {
    const { order } = map({ status });
    expect(order.status).toBe(expected);
    expect(order.platformStatus).toBe(status);
    expect(order.shipBlocked).toBe(shipBlocked);
  });

  it('warns on the query-only aggregates and reads ALL_CLOSED before payment as cancelled', () => {
    expect(map({ status: 'ALL_CLOSED' }).warnings.map((warning) => warning.path)).toEqual([['status']]);
    expect(map({ status: 'ALL_CLOSED', pay_time: undefined }).order.status).toBe('cancelled');
  });

  it.each([
    ['FRONT_NOPAID_FINAL_NOPAID', 'WAIT_BUYER_PAY', 'pending_payment'],
    ['FRONT_PAID_FINAL_NOPAID', 'WAIT_BUYER_PAY', 'deposit_paid'],
    ['FRONT_PAID_FINAL_PAID', 'WAIT_SELLER_SEND_GOODS', 'paid'],
  ] as const)('presale step %s with %s -> %s', (step, status, expected) => {
    const { order } = map({ status, step_trade_status: step, type: 'step' });
    expect(order.status).toBe(expected);
    expect(order.presale).toBe(true);
  });

  it('covers every step status', () => {
    expect(taobaoStepTradeStatuses).toHaveLength(3);
  });

  it('refuses an undocumented status rather than guess, naming the field', () => {
    const trade = { ...base(), status: 'TRADE_TELEPORTED' };
    expect(() => mapTaobaoOrder(trade, { shopId: 's' })).toThrowError(
      expect.objectContaining({ code: 'invalid_input', path: ['status'], rawPayload: trade }),
    );
  });
});

const lineRefundTable = [
  ['NO_REFUND', 'none'],
  ['WAIT_SELLER_AGREE', 'in_progress'],
  ['WAIT_BUYER_RETURN_GOODS', 'in_progress'],
  ['WAIT_SELLER_CONFIRM_GOODS', 'in_progress'],
  ['SELLER_REFUSE_BUYER', 'refused'],
  ['CLOSED', 'closed'],
  ['SUCCESS', 'refunded'],
] as const;

describe('line refund status mapping', () => {
  it('covers every documented value', () => {
    expect(lineRefundTable.map(([value]) => value)).toEqual([...taobaoLineRefundStatuses]);
  });

  it.each(lineRefundTable)('%s -> %s', (refundStatus, expected) => {
    const trade = base();
    const orders = trade.orders as { order: Trade[] };
    const first = { ...(orders.order[0] as Trade), refund_status: refundStatus, refund_fee: '102.91' };
    const { order } = map({ orders: { order: [first, ...orders.order.slice(1)] } });
    expect(order.lines[0]?.refundStatus).toBe(expected);
    expect(order.lines[0]?.refundedQuantity).toBe(expected === 'refunded' ? 2 : 0);
    if (expected === 'refunded') expect(order.lines[0]?.refundedAmount?.amount).toBe(10291);
  });

  it('warns on an undocumented line refund status and keeps it in platformData', () => {
    const trade = base();
    const orders = trade.orders as { order: Trade[] };
    const first = { ...(orders.order[0] as Trade), refund_status: 'PARTIAL_MYSTERY' };
    const { order, warnings } = map({ orders: { order: [first, ...orders.order.slice(1)] } });
    expect(warnings.map((warning) => warning.path)).toEqual([['orders', 'order', 0, 'refund_status']]);
    const lines = (order.platformData.taobao as { lines: { [id: string]: { refund_status?: string } } })
      .lines;
    expect(lines['3290174989321021469']?.refund_status).toBe('PARTIAL_MYSTERY');
  });
});
