import { describe, expect, it } from 'vitest';
import type { Order } from '../schema/order';
import { buildLine, buildOrder, fen } from './__fixtures__/order-builder';
import { diffOrders } from './diff-orders';

const before = buildOrder({
  status: 'paid',
  paidAt: '2026-11-11T00:00:05.000Z',
  lines: [
    buildLine({ lineId: 'L1' }),
    buildLine({ lineId: 'L2', sellerSku: 'SKU-B', refundStatus: 'in_progress' }),
  ],
});

function typesOf(after: Order): string[] {
  return diffOrders(before, after).map((change) => change.type);
}

describe('diffOrders', () => {
  it('finds nothing between equal orders, or when only the platform version moved', () => {
    expect(diffOrders(before, structuredClone(before))).toEqual([]);
    expect(diffOrders(before, { ...before, platformModifiedAt: '2026-11-12T00:00:00.000Z' })).toEqual([]);
  });

  it('names the status entered', () => {
    expect(diffOrders(before, { ...before, status: 'shipped' })).toEqual([
      { type: 'order-shipped', fromStatus: 'paid', toStatus: 'shipped' },
    ]);
  });

  it('sees an address change in the divisions, the masked detail or the tokens, but not in codes', () => {
    const receiver = before.receiver;
    expect(typesOf({ ...before, receiver: { ...receiver, district: '福田区' } })).toEqual([
      'order-address-changed',
    ]);
    expect(typesOf({ ...before, receiver: { ...receiver, detailMasked: '深南大道**号' } })).toEqual([
      'order-address-changed',
    ]);
    expect(typesOf({ ...before, receiver: { ...receiver, tokens: { oaid: 'oaid-9' } } })).toEqual([
      'order-address-changed',
    ]);
    expect(typesOf({ ...before, receiver: { ...receiver, districtCode: '440305' } })).toEqual([
      'order-updated',
    ]);
  });

  it('lists lines added, removed or changed in what was sold', () => {
    const [first, second] = before.lines;
    expect(diffOrders(before, { ...before, lines: [first!, { ...second!, quantity: 2 }] })).toEqual([
      { type: 'order-lines-changed', lineIds: ['L2'] },
    ]);
    expect(diffOrders(before, { ...before, lines: [buildLine({ lineId: 'L3' }), second!] })).toEqual([
      { type: 'order-lines-changed', lineIds: ['L1', 'L3'] },
    ]);
    expect(typesOf({ ...before, lines: [{ ...first!, unitPrice: fen(990) }, second!] })).toEqual([
      'order-lines-changed',
    ]);
  });

  it('tells refund requests from settlements', () => {
    const [first, second] = before.lines;
    expect(
      diffOrders(before, { ...before, lines: [{ ...first!, refundStatus: 'in_progress' }, second!] }),
    ).toEqual([{ type: 'order-refund-requested', lineIds: ['L1'] }]);
    expect(
      diffOrders(before, {
        ...before,
        lines: [
          first!,
          { ...second!, refundStatus: 'refunded', refundedQuantity: 1, refundedAmount: fen(1990) },
        ],
      }),
    ).toEqual([{ type: 'order-refund-settled', lineIds: ['L2'] }, { type: 'order-updated' }]);
    expect(typesOf({ ...before, lines: [first!, { ...second!, refundStatus: 'none' }] })).toEqual([
      'order-refund-settled',
    ]);
    expect(typesOf({ ...before, lines: [{ ...first!, refundStatus: 'refused' }, second!] })).toEqual([
      'order-refund-settled',
    ]);
  });

  it('sees memo, flag and buyer message changes as one memo change', () => {
    expect(typesOf({ ...before, sellerMemo: '加急', sellerFlag: 1, buyerMessage: '周末送' })).toEqual([
      'order-memo-changed',
    ]);
  });

  it('sees the ship block flip', () => {
    expect(typesOf({ ...before, shipBlocked: true })).toEqual(['order-ship-block-changed']);
  });

  it('reports anything else once as order-updated', () => {
    expect(
      typesOf({ ...before, platformStatus: 'WAIT_SELLER_SEND_GOODS', tags: ['vip'], cod: true }),
    ).toEqual(['order-updated']);
    expect(
      typesOf({ ...before, lines: [{ ...before.lines[0]!, shippedQuantity: 1 }, before.lines[1]!] }),
    ).toEqual(['order-updated']);
    expect(typesOf({ ...before, tags: [...before.tags] })).toEqual([]);
  });

  it('lists several changes in a fixed order', () => {
    expect(
      typesOf({
        ...before,
        status: 'closed',
        shipBlocked: true,
        sellerMemo: '退款',
        receiver: { ...before.receiver, city: '广州市' },
        platformStatus: 'TRADE_CLOSED',
      }),
    ).toEqual([
      'order-closed',
      'order-address-changed',
      'order-memo-changed',
      'order-ship-block-changed',
      'order-updated',
    ]);
  });
});
