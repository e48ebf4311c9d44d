import { describe, expect, it } from 'vitest';
import { fixedEnv, hangzhouReceiver, sampleLine, sampleOrder } from './__fixtures__/sample-orders';
import { mergeOrders } from './merge-orders';

const morning = sampleOrder({
  platformOrderId: '6001',
  paidAt: '2026-11-11T01:00:00.000Z',
  lines: [sampleLine({ lineId: '6001-1', sellerSku: 'MUG-WHITE', title: '陶瓷马克杯', quantity: 2 })],
});
const evening = sampleOrder({
  platformOrderId: '6002',
  paidAt: '2026-11-11T11:00:00.000Z',
  lines: [
    sampleLine({ lineId: '6002-1', sellerSku: 'TEA-LONGJING', title: '西湖龙井 250g', quantity: 1 }),
    sampleLine({
      lineId: '6002-2',
      sellerSku: 'MUG-WHITE',
      quantity: 3,
      refundedQuantity: 3,
      refundStatus: 'refunded',
    }),
  ],
});

describe('mergeOrders', () => {
  it('forms a fulfilment group whose lines point at their source orders', () => {
    const result = mergeOrders([evening, morning], {}, fixedEnv());
    expect(result).toEqual({
      ok: true,
      group: {
        id: 'merge-1',
        channel: 'taobao',
        shopId: 'shop-1',
        orderIds: ['taobao:shop-1:6001', 'taobao:shop-1:6002'],
        receiverKey: 'oaid:1xYzOaidShenzhen01',
        receiver: morning.receiver,
        lines: [
          expect.objectContaining({ sourceOrderId: 'taobao:shop-1:6001', lineId: '6001-1', quantity: 2 }),
          expect.objectContaining({ sourceOrderId: 'taobao:shop-1:6002', lineId: '6002-1', quantity: 1 }),
        ],
        createdAt: '2026-11-10T18:00:00.000Z',
      },
    });
  });

  it('returns every refusing pair with its reasons', () => {
    const elsewhere = sampleOrder({ platformOrderId: '6003', receiver: hangzhouReceiver });
    const result = mergeOrders([morning, evening, elsewhere], {}, fixedEnv());
    expect(result).toEqual({
      ok: false,
      reason: 'not_mergeable',
      conflicts: [
        { orderIds: ['taobao:shop-1:6003', 'taobao:shop-1:6001'], reasons: ['different_receiver'] },
        { orderIds: ['taobao:shop-1:6003', 'taobao:shop-1:6002'], reasons: ['different_receiver'] },
      ],
    });
  });

  it('checks the window pairwise, not just between neighbours', () => {
    const late = { ...evening, paidAt: '2026-11-12T02:00:00.000Z' };
    const middle = sampleOrder({ platformOrderId: '6004', paidAt: '2026-11-11T12:00:00.000Z' });
    const result = mergeOrders([morning, middle, late], {}, fixedEnv());
    expect(result.ok).toBe(false);
    if (!result.ok && result.reason === 'not_mergeable') {
      expect(result.conflicts).toEqual([
        { orderIds: ['taobao:shop-1:6001', 'taobao:shop-1:6002'], reasons: ['outside_window'] },
      ]);
    }
  });

  it('refuses an empty list and accepts a group of one', () => {
    expect(mergeOrders([], {}, fixedEnv())).toEqual({ ok: false, reason: 'no_orders' });
    expect(mergeOrders([morning], {}, fixedEnv()).ok).toBe(true);
  });
});
