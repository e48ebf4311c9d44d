import { describe, expect, it } from 'vitest';
import type { Shipment } from '../schema/shipment';
import { buildCase, buildOrder, createTestEnv, fen } from './__fixtures__/after-sale-fixtures';
import { buildAfterSalesView } from './build-after-sales-view';
import { transitionAfterSale } from './transition-after-sale';

describe('buildAfterSalesView', () => {
  it('puts the order, parcels, money and every after-sale with its history in one view', () => {
    const env = createTestEnv();
    const approved = transitionAfterSale(
      buildCase('return_refund', { returnTrackingNumber: 'YT9' }),
      { type: 'approve', at: '2026-11-14T01:00:00.000Z' },
      env,
    );
    if (!approved.ok) throw new Error(approved.message);
    const refused = {
      ...buildCase('price_protection', { id: 'as-2', status: 'refused', refundAmount: fen(500) }),
    };
    const foreign = buildCase('return_refund', { id: 'as-3', orderId: 'other' });
    const shipment: Shipment = {
      id: 'S1',
      orderId: 'taobao:shop-1:T1000',
      carrierCode: 'SF',
      trackingNumber: 'SF1',
      lines: [{ lineId: 'L1', quantity: 2 }],
      status: 'delivered',
      createdAt: '2026-11-11T10:00:00.000Z',
      shippedAt: '2026-11-12T00:00:00.000Z',
    };
    const view = buildAfterSalesView({
      order: buildOrder(),
      cases: [approved.afterSaleCase, refused, foreign],
      shipments: [shipment],
      tracking: [
        { trackingNumber: 'SF1', at: '2026-11-13T00:00:00.000Z', description: '已签收' },
        { trackingNumber: 'YT9', at: '2026-11-15T00:00:00.000Z', description: '退货揽收' },
      ],
      payments: [{ id: 'p1', kind: 'payment', at: '2026-11-11T00:01:00.000Z', amount: fen(10_000) }],
    });
    expect(view).toMatchObject({
      orderId: 'taobao:shop-1:T1000',
      paid: fen(10_000),
      refunded: fen(0),
      refundsInProgress: fen(9000),
    });
    expect(view.afterSales.map((one) => [one.id, one.status])).toEqual([
      ['taobao:shop-1:as:R1', 'approved'],
      ['as-2', 'refused'],
    ]);
    expect(view.afterSales[0]?.returnTracking.map((scan) => scan.description)).toEqual(['退货揽收']);
    expect(view.afterSales[0]?.nextEvents).toEqual(['await_return', 'cancel']);
    expect(view.parcels[0]?.tracking.map((scan) => scan.description)).toEqual(['已签收']);
    expect(view.timeline.map((item) => item.text)).toEqual([
      'order placed',
      'order paid',
      'payment 10000 fen',
      'shipped SF SF1',
      '已签收',
      'return_refund requested',
      'price_protection requested',
      'requested -> approved by seller',
      '退货揽收',
    ]);
    // The effects of the approval, without the outbox's word: state unknown.
    expect(view.afterSales[0]?.effects.map((effect) => [effect.kind, effect.state])).toEqual([
      ['channel.decide-after-sale', 'unknown'],
      ['buyer.notify', 'unknown'],
    ]);
  });

  it('shows where each effect stands in the outbox', () => {
    const approved = transitionAfterSale(buildCase('return_refund'), { type: 'approve' }, createTestEnv());
    if (!approved.ok) throw new Error(approved.message);
    const [decision, notice] = approved.effects;
    if (decision === undefined || notice === undefined) throw new Error('expected two effects');
    const view = buildAfterSalesView({
      order: buildOrder(),
      cases: [{ ...approved.afterSaleCase, settledAt: '2026-11-21T00:00:00.000Z' }],
      effectStates: new Map([
        [
          decision.key,
          {
            state: 'parked' as const,
            attempts: 1,
            lastError: { code: 'unsupported', message: 'decide in the seller console' },
          },
        ],
        [notice.key, { state: 'done' as const, attempts: 1 }],
      ]),
    });
    expect(view.afterSales[0]?.effects).toEqual([
      {
        key: decision.key,
        kind: 'channel.decide-after-sale',
        entryId: approved.entry.id,
        state: 'parked',
        attempts: 1,
        lastError: { code: 'unsupported', message: 'decide in the seller console' },
      },
      { key: notice.key, kind: 'buyer.notify', entryId: approved.entry.id, state: 'done', attempts: 1 },
    ]);
    expect(view.afterSales[0]?.settledAt).toBe('2026-11-21T00:00:00.000Z');
  });
});
