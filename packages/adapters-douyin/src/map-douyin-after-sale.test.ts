import { type AfterSaleStatus, type AfterSaleType, afterSaleSchema, OmsError } from '@omskit/core';
import { describe, expect, it } from 'vitest';
import { fixtureData } from './__fixtures__/load-fixture';
import { douyinAfterSaleTypes, mapDouyinAfterSaleStatus, mapDouyinLineRefundStatus } from './douyin-status';
import { mapDouyinAfterSale } from './map-douyin-after-sale';

const shopId = '4463798';
const items = () =>
  structuredClone(fixtureData('after-sale-list-response.json')['items'] as { [key: string]: unknown }[]);

describe('mapDouyinAfterSale', () => {
  it('maps a return in transit', () => {
    const { afterSale, warnings } = mapDouyinAfterSale(items()[0], { shopId });
    expect(warnings).toEqual([]);
    expect(afterSaleSchema.safeParse(afterSale).success).toBe(true);
    expect(afterSale).toMatchObject({
      id: 'douyin:4463798:as:7140000000000000001',
      orderId: 'douyin:4463798:6921900000000000101',
      type: 'return_refund',
      status: 'return_in_transit',
      platformStatus: '11/1',
      refundAmount: { amount: 4990, currency: 'CNY' },
      reason: '尺码不合适',
      goodsReceived: true,
      returnTrackingNumber: 'YT7000000000001',
      lines: [
        { lineId: '6921900000000000102', quantity: 2, refundAmount: { amount: 4990, currency: 'CNY' } },
      ],
    });
  });

  it('maps a refunded unshipped refund and splits the refund over lines without their own amounts', () => {
    const { afterSale } = mapDouyinAfterSale(items()[1], { shopId });
    expect(afterSale).toMatchObject({
      type: 'refund_only_unshipped',
      status: 'refunded',
      goodsReceived: false,
    });
    expect(afterSale.lines).toEqual([
      { lineId: '6921841377339523403', quantity: 1, refundAmount: { amount: 3644, currency: 'CNY' } },
    ]);
  });

  it('maps an exchange awaiting the buyer', () => {
    const { afterSale } = mapDouyinAfterSale(items()[2], { shopId });
    expect(afterSale).toMatchObject({ type: 'exchange', status: 'exchange_shipped' });
  });

  const types: [number, AfterSaleType][] = [
    [0, 'return_refund'],
    [1, 'refund_only_shipped'],
    [2, 'refund_only_unshipped'],
    [3, 'exchange'],
    [6, 'price_protection'],
    [7, 'reship'],
    [8, 'repair'],
  ];
  it.each(types)('aftersale_type %i -> %s', (code, type) => {
    expect(douyinAfterSaleTypes[code]).toBe(type);
    const item = items()[0] as { aftersale_info: { [key: string]: unknown } };
    item.aftersale_info['aftersale_type'] = code;
    expect(mapDouyinAfterSale(item, { shopId }).afterSale.type).toBe(type);
  });

  const statuses: [number, AfterSaleType, number | undefined, AfterSaleStatus][] = [
    [6, 'return_refund', undefined, 'requested'],
    [7, 'return_refund', undefined, 'awaiting_return'],
    [8, 'exchange', undefined, 'received'],
    [8, 'reship', undefined, 'approved'],
    [11, 'return_refund', 1, 'return_in_transit'],
    [12, 'return_refund', 3, 'refunded'],
    [12, 'refund_only_shipped', 2, 'refund_pending'],
    [12, 'refund_only_unshipped', 1, 'refund_pending'],
    [12, 'price_protection', 5, 'refunded'],
    [12, 'repair', undefined, 'closed'],
    [13, 'exchange', undefined, 'exchange_shipped'],
    [14, 'reship', undefined, 'closed'],
    [27, 'return_refund', undefined, 'refused'],
    [28, 'return_refund', 4, 'closed'],
    [29, 'return_refund', undefined, 'refused'],
  ];
  it.each(statuses)('standard status %i of %s (refund %s) -> %s', (status, type, refund, expected) => {
    expect(mapDouyinAfterSaleStatus(status, type, refund)).toBe(expected);
  });

  it('maps every line refund status', () => {
    expect([undefined, 0, 1, 2, 3, 4, 5, 9].map(mapDouyinLineRefundStatus)).toEqual([
      'none',
      'none',
      'in_progress',
      'in_progress',
      'refunded',
      'refused',
      'refunded',
      undefined,
    ]);
  });

  it('refuses unknown types and statuses naming the field', () => {
    const item = items()[0] as { aftersale_info: { [key: string]: unknown } };
    item.aftersale_info['aftersale_status'] = 99;
    expect(() => mapDouyinAfterSale(item, { shopId })).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: ['aftersale_info', 'aftersale_status'] }),
    );
    item.aftersale_info['aftersale_type'] = 5;
    try {
      mapDouyinAfterSale(item, { shopId });
    } catch (error) {
      expect(OmsError.isCode(error, 'invalid_input') && error.path).toEqual([
        'aftersale_info',
        'aftersale_type',
      ]);
    }
  });
});
