import { OmsError, orderSchema, sumMoney } from '@omskit/core';
import { parseJsonExact } from '@omskit/core/gateway';
import { describe, expect, it } from 'vitest';
import {
  countyRefundedJson,
  docShapeOrderJson,
  multiLineOrderJson,
  presaleShippedRefundingJson,
} from './__fixtures__/pdd-order-fixtures';
import { mapPddOrder } from './map-pdd-order';

const shopId = 'shop-1';
const map = (json: string) => mapPddOrder(parseJsonExact(json), { shopId });
const base = parseJsonExact(docShapeOrderJson) as { [key: string]: unknown };

describe('mapPddOrder', () => {
  it('maps the doc-shaped order to a schema-valid order', () => {
    const { order, warnings } = map(docShapeOrderJson);
    expect(orderSchema.safeParse(order).success).toBe(true);
    expect(order).toMatchObject({
      id: 'pdd:shop-1:180831-481803633911509',
      channel: 'pdd',
      platformOrderId: '180831-481803633911509',
      status: 'paid',
      platformStatus: 'order_status=1;refund_status=1;confirm_status=1',
      createdAt: '2018-08-31T02:42:30.000Z',
      paidAt: '2018-08-31T02:42:33.000Z',
      platformModifiedAt: '2018-08-31T02:42:35.000Z',
      shipBy: '2018-09-02T02:42:33.000Z',
      totals: {
        goods: { amount: 1101 },
        shipping: { amount: 0 },
        discount: { amount: 0 },
        paid: { amount: 1101 },
      },
    });
    expect(order.lines[0]).toMatchObject({
      lineId: '180831-481803633911509-1',
      skuId: '51972265894',
      sellerSku: 'SKU-CUP-1',
      quantity: 1,
    });
    expect(warnings).toEqual([]);
  });

  it('keeps receiver PII only as masked text and ciphertext tokens', () => {
    const { order } = map(docShapeOrderJson);
    expect(order.receiver).toEqual({
      country: 'CN',
      province: '上海市',
      provinceCode: '310000',
      city: '上海市',
      district: '长宁区',
      nameMasked: '展*',
      phoneMasked: '186****3376',
      detailMasked: '娄山关路***号',
      tokens: {
        encryptedName: '~QUJDREVGR0hJSktMTU5PUA==~mock~',
        encryptedPhone: '$MTM4MDAxMzAwMDA=$mock$',
        encryptedDetail: '~5aiE5bGx5YWz6LevKioq5Y+3~mock~',
      },
    });
    const pdd = order.platformData['pdd'] as { [key: string]: unknown };
    for (const key of ['receiver_name', 'receiver_phone', 'receiver_address', 'address', 'id_card_num']) {
      expect(pdd).not.toHaveProperty(key);
    }
  });

  it("drops plain PII (as in PDD's 2018 doc example) with a warning that does not repeat it", () => {
    const raw = {
      ...base,
      receiver_name: '展护卫',
      receiver_phone: '18667163376',
      receiver_name_mask: '',
      receiver_phone_mask: '',
    };
    const { order, warnings } = mapPddOrder(raw, { shopId });
    expect(JSON.stringify(order)).not.toContain('展护卫');
    expect(JSON.stringify(order)).not.toContain('18667163376');
    expect(warnings.map((warning) => warning.path)).toEqual([['receiver_name'], ['receiver_phone']]);
    expect(JSON.stringify(warnings)).not.toContain('展护卫');
  });

  it('uses a masked value sent in the plain field when there is no mask field', () => {
    const raw = { ...base, receiver_phone: '1866716****', receiver_phone_mask: '' };
    expect(mapPddOrder(raw, { shopId }).order.receiver.phoneMasked).toBe('1866716****');
  });

  it('apportions price changes and discounts so lines add up to what was paid for goods', () => {
    const { order, warnings } = map(multiLineOrderJson);
    expect(order.totals).toMatchObject({
      goods: { amount: 20880 },
      shipping: { amount: 800 },
      discount: { amount: 1750 },
      paid: { amount: 19930 },
    });
    expect(sumMoney(order.lines.map((line) => line.paid)).amount).toBe(19930 - 800);
    expect(sumMoney(order.lines.map((line) => line.discount)).amount).toBe(1750);
    for (const line of order.lines) expect(line.amount.amount - line.discount.amount).toBe(line.paid.amount);
    expect(order.lines.map((line) => line.amount.amount)).toEqual([7980, 8940, 3960]);
    expect(order.lines[2]?.sellerSku).toBe('G-103');
    expect(warnings).toEqual([]);
    const pdd = order.platformData['pdd'] as { [key: string]: unknown };
    expect(pdd['seller_discount']).toBe('10.00');
    expect(pdd['goods_amount']).toBe('206.80');
  });

  it('keeps a sku_id above 2^53 exact', () => {
    const { order } = map(multiLineOrderJson);
    expect(order.lines[0]?.skuId).toBe('9007199254740993');
  });

  it('normalises short province names and keeps buyer message, memo and flag', () => {
    const { order } = map(multiLineOrderJson);
    expect(order.receiver.provinceCode).toBe('450000');
    expect(order).toMatchObject({ buyerMessage: '周末送货', sellerMemo: '赠品已备', sellerFlag: 3 });
  });

  it('maps a presale order shipped with an after-sale in progress', () => {
    const { order } = map(presaleShippedRefundingJson);
    expect(order).toMatchObject({ status: 'shipped', presale: true, shippedAt: '2026-11-06T00:30:00.000Z' });
    expect(order.lines[0]).toMatchObject({ presale: true, refundStatus: 'in_progress', shippedQuantity: 1 });
    const pdd = order.platformData['pdd'] as { [key: string]: unknown };
    expect(pdd['pre_sale_time']).toBe('2026-11-05 23:59:59');
    expect(pdd['trade_type']).toBe(1);
    expect(pdd['tracking_number']).toBe('SF0000000000002');
  });

  it('maps a county-level city with an empty city, refunded before shipment', () => {
    const { order } = map(countyRefundedJson);
    expect(order.receiver).toMatchObject({
      province: '河南省',
      provinceCode: '410000',
      city: '',
      district: '济源市',
    });
    expect(order.status).toBe('closed');
    expect(order.lines[0]).toMatchObject({
      refundStatus: 'refunded',
      refundedQuantity: 1,
      refundedAmount: { amount: 2000 },
    });
  });

  it('warns on an unknown province and a missing seller SKU, never silently', () => {
    const raw = {
      ...base,
      province: '火星',
      item_list: [{ goods_name: 'x', goods_price: 11.01, goods_count: 1 }],
    };
    const { warnings } = mapPddOrder(raw, { shopId });
    expect(warnings.map((warning) => warning.path)).toEqual([['item_list', 0, 'outer_id'], ['province']]);
  });

  it.each([
    [{ pay_amount: 11.011 }, ['pay_amount']],
    [{ pay_amount: 'abc' }, ['pay_amount']],
    [{ updated_at: '2018-02-30 10:00:00' }, ['updated_at']],
    [{ order_status: 9 }, ['order_status']],
    [{ item_list: [] }, ['item_list']],
    [{ item_list: [{ goods_name: 'x', goods_price: 1, goods_count: 0 }] }, ['item_list', 0, 'goods_count']],
    [{ order_sn: '' }, ['order_sn']],
    [{ postage: 20 }, ['postage']],
  ])('refuses %j naming the field', (patch, path) => {
    let caught: unknown;
    try {
      mapPddOrder({ ...base, ...patch }, { shopId });
    } catch (error) {
      caught = error;
    }
    expect(OmsError.isCode(caught, 'invalid_input')).toBe(true);
    expect(OmsError.is(caught) && caught.path).toEqual(path);
    expect(OmsError.is(caught) && caught.rawPayload).toBeDefined();
  });
});
