import { afterSaleSchema, OmsError } from '@omskit/core';
import { parseJsonExact } from '@omskit/core/gateway';
import { describe, expect, it } from 'vitest';
import { multiLineOrderJson } from './__fixtures__/pdd-order-fixtures';
import { docShapeRefundJson, refundOnlyReceivedJson } from './__fixtures__/pdd-refund-fixtures';
import { mapPddAfterSale } from './map-pdd-after-sale';
import { mapPddAfterSaleType, pddAfterSaleStatusMap } from './map-pdd-after-sale-status';
import { mapPddOrder } from './map-pdd-order';

const shopId = 'shop-1';
const base = parseJsonExact(docShapeRefundJson) as { [key: string]: unknown };

describe('mapPddAfterSale', () => {
  it('maps the doc-shaped refund', () => {
    const { afterSale } = mapPddAfterSale(base, { shopId });
    expect(afterSaleSchema.safeParse(afterSale).success).toBe(true);
    expect(afterSale).toMatchObject({
      id: 'pdd:shop-1:as:301851299',
      platformAfterSaleId: '301851299',
      orderId: 'pdd:shop-1:180410-416081954561509',
      type: 'return_refund',
      status: 'refunded',
      platformStatus: '10',
      refundAmount: { amount: 800 },
      reason: '货物与描述不符',
      returnTrackingNumber: 'YT0000000001',
      createdAt: '2018-04-10T09:03:29.000Z',
      platformModifiedAt: '2018-04-10T09:18:03.000Z',
    });
    expect(afterSale.lines).toEqual([
      {
        lineId: '180410-416081954561509-sku-13182332985',
        quantity: 1,
        refundAmount: { amount: 800, currency: 'CNY' },
        // Without the order, the SKU id travels on the line so the after-sales desk can match it.
        skuId: '13182332985',
      },
    ]);
  });

  it('names the order line by sku_id when the order is given, ids above 2^53 exact', () => {
    const order = mapPddOrder(parseJsonExact(multiLineOrderJson), { shopId }).order;
    const { afterSale, warnings } = mapPddAfterSale(parseJsonExact(refundOnlyReceivedJson), {
      shopId,
      order,
    });
    expect(afterSale.platformAfterSaleId).toBe('9007199254740995');
    expect(afterSale.lines[0]?.lineId).toBe('261111-100000000000001-1');
    expect(afterSale).toMatchObject({
      type: 'refund_only_shipped',
      status: 'requested',
      goodsReceived: true,
    });
    expect(warnings).toEqual([]);
  });

  it.each(Object.entries(pddAfterSaleStatusMap))(
    'after_sales_status %s maps to a unified state',
    (code, entry) => {
      const { afterSale } = mapPddAfterSale({ ...base, after_sales_status: Number(code) }, { shopId });
      expect(afterSale.status).toBe(entry.status);
    },
  );

  it.each([
    [2, 10, undefined, 'refund_only_unshipped'],
    [2, 10, 1, 'refund_only_shipped'],
    [3, 10, undefined, 'return_refund'],
    [4, 14, undefined, 'exchange'],
    [5, 32, undefined, 'reship'],
    [3, 21, undefined, 'repair'],
    [1, 10, undefined, undefined],
  ] as const)(
    'after_sales_type %s with status %s (user_shipping_status %s) is %s',
    (type, status, shipping, expected) => {
      expect(mapPddAfterSaleType(type, status, shipping)).toBe(expected);
    },
  );

  it.each([
    [{ after_sales_status: 99 }, ['after_sales_status']],
    [{ after_sales_type: 9 }, ['after_sales_type']],
    [{ refund_amount: '8.001' }, ['refund_amount']],
    [{ id: null }, ['id']],
    [{ created_time: 'yesterday' }, ['created_time']],
  ])('refuses %j naming the field', (patch, path) => {
    let caught: unknown;
    try {
      mapPddAfterSale({ ...base, ...patch }, { shopId });
    } catch (error) {
      caught = error;
    }
    expect(OmsError.isCode(caught, 'invalid_input')).toBe(true);
    expect(OmsError.is(caught) && caught.path).toEqual(path);
  });
});
