import { afterSaleSchema } from '@omskit/core';
import { describe, expect, it } from 'vitest';
import { dig, fixtureJson } from './__fixtures__/read-fixture';
import { mapTaobaoAfterSale, mapTaobaoRefundStatus, taobaoRefundStatuses } from './map-taobao-after-sale';

type Json = { [key: string]: unknown };
const refunds = () =>
  dig(fixtureJson('refunds-receive.json'), 'refunds_receive_get_response', 'refunds', 'refund') as Json[];

describe('mapTaobaoAfterSale', () => {
  it('maps a refund-only request before shipment', () => {
    const { afterSale, warnings } = mapTaobaoAfterSale(refunds()[0], { shopId: 'shop-1' });
    expect(afterSaleSchema.safeParse(afterSale).success).toBe(true);
    expect(warnings).toEqual([]);
    expect(afterSale).toMatchObject({
      id: 'taobao:shop-1:as:3290174989400000001',
      platformAfterSaleId: '3290174989400000001',
      platformOrderId: '3290174989321021468',
      orderId: 'taobao:shop-1:3290174989321021468',
      type: 'refund_only_shipped',
      status: 'requested',
      refundAmount: { amount: 8528, currency: 'CNY' },
      lines: [
        { lineId: '3290174989321021471', quantity: 1, refundAmount: { amount: 8528, currency: 'CNY' } },
      ],
      goodsReceived: false,
      createdAt: '2026-11-11T02:10:00.000Z',
      platformModifiedAt: '2026-11-11T02:15:30.000Z',
    });
    expect((afterSale.platformData.taobao as Json).refund_phase).toBe('onsale');
  });

  it('maps a return on its way back', () => {
    const { afterSale } = mapTaobaoAfterSale(refunds()[1], { shopId: 'shop-1' });
    expect(afterSale.type).toBe('return_refund');
    expect(afterSale.status).toBe('return_in_transit');
    expect(afterSale.returnTrackingNumber).toBe('75000000000001');
    expect(afterSale.goodsReceived).toBe(true);
  });

  it('reads a refund of an unshipped order as refund_only_unshipped', () => {
    const raw = { ...refunds()[0], order_status: 'WAIT_SELLER_SEND_GOODS' };
    expect(mapTaobaoAfterSale(raw, { shopId: 's' }).afterSale.type).toBe('refund_only_unshipped');
  });

  it.each([
    ['WAIT_SELLER_AGREE', 'requested'],
    ['WAIT_BUYER_RETURN_GOODS', 'awaiting_return'],
    ['WAIT_SELLER_CONFIRM_GOODS', 'return_in_transit'],
    ['SELLER_REFUSE_BUYER', 'refused'],
    ['CLOSED', 'closed'],
    ['SUCCESS', 'refunded'],
    ['WAIT_BUYER_CONFIRM_EXCHANGE_SELLER_SEND_GOODS', 'exchange_shipped'],
    ['EXCHANGE_TRANSFORM_TO_REFUND', 'refund_pending'],
    ['WAIT_SELLER_CONSIGN_GOODS', 'received'],
  ] as const)('%s -> %s', (status, expected) => {
    expect(mapTaobaoRefundStatus(status)).toBe(expected);
    const { afterSale } = mapTaobaoAfterSale({ ...refunds()[0], status }, { shopId: 's' });
    expect(afterSale.status).toBe(expected);
  });

  it('covers every documented refund status', () => {
    for (const status of taobaoRefundStatuses) expect(mapTaobaoRefundStatus(status)).toBeDefined();
  });

  it('reads exchange states as exchanges', () => {
    const raw = { ...refunds()[0], status: 'WAIT_SELLER_CONSIGN_GOODS' };
    expect(mapTaobaoAfterSale(raw, { shopId: 's' }).afterSale.type).toBe('exchange');
  });

  it('refuses an undocumented status, naming the field', () => {
    expect(() => mapTaobaoAfterSale({ ...refunds()[0], status: 'NEW_THING' }, { shopId: 's' })).toThrowError(
      expect.objectContaining({ code: 'invalid_input', path: ['status'] }),
    );
  });
});
