import { OmsError, type OrderStatus, orderSchema } from '@omskit/core';
import { describe, expect, it } from 'vitest';
import { fixtureData, fixtureText, searchListOrders } from './__fixtures__/load-fixture';
import { douyinOrderStatuses } from './douyin-status';
import { mapDouyinOrder } from './map-douyin-order';

const shopId = '4463798';

function firstOrder(): { [key: string]: unknown } {
  return structuredClone(searchListOrders()[0] as { [key: string]: unknown });
}

function expectInvalid(run: () => unknown, path: readonly (string | number)[]): void {
  try {
    run();
  } catch (error) {
    expect(OmsError.isCode(error, 'invalid_input')).toBe(true);
    expect((error as OmsError).path).toEqual(path);
    expect((error as OmsError).rawPayload).toBeDefined();
    return;
  }
  throw new Error('expected invalid_input');
}

describe('mapDouyinOrder: a paid multi-line order', () => {
  const { order, warnings } = mapDouyinOrder(firstOrder(), { shopId });

  it('is a valid unified order', () => {
    expect(orderSchema.safeParse(order).success).toBe(true);
    expect(order.id).toBe('douyin:4463798:6921841377339523401');
    expect(order.status).toBe('paid');
    expect(order.platformStatus).toBe('2');
    expect(warnings).toEqual([]);
  });

  it('reads Unix seconds as instants', () => {
    expect(order.createdAt).toBe('2025-11-11T02:00:00.000Z');
    expect(order.paidAt).toBe('2025-11-11T02:00:30.000Z');
    expect(order.platformModifiedAt).toBe('2025-11-11T03:00:00.000Z');
    expect(order.shipBy).toBe('2025-11-13T02:00:30.000Z');
    expect(order.shippedAt).toBeUndefined();
  });

  it('keeps fen as integers and apportions the discount so lines add up to what was paid for goods', () => {
    expect(order.totals).toEqual({
      goods: { amount: 28870, currency: 'CNY' },
      shipping: { amount: 600, currency: 'CNY' },
      discount: { amount: 2500, currency: 'CNY' },
      paid: { amount: 26970, currency: 'CNY' },
    });
    expect(order.lines.map((line) => line.discount.amount)).toEqual([1037, 346, 1117]);
    expect(order.lines.map((line) => line.paid.amount)).toEqual([10943, 3644, 11783]);
    const paidForGoods = order.lines.reduce((sum, line) => sum + line.paid.amount, 0);
    expect(paidForGoods).toBe(order.totals.paid.amount - order.totals.shipping.amount);
  });

  it('keeps product ids above 2^53 exact, from product_id_str or the bigint-safe parse', () => {
    expect(order.lines.map((line) => line.productId)).toEqual([
      '3473196049974326300',
      '3473196049974326311',
      '3473196049974326322',
    ]);
  });

  it('maps lines: seller SKU falls back to code, spec as text', () => {
    expect(order.lines[0]).toMatchObject({
      lineId: '6921841377339523402',
      sellerSku: 'TEE-WHT-L',
      skuProperties: '颜色:白色;尺码:L',
      quantity: 2,
      unitPrice: { amount: 5990, currency: 'CNY' },
      amount: { amount: 11980, currency: 'CNY' },
    });
    expect(order.lines[1]?.sellerSku).toBe('APL-5');
  });

  it('normalises a short province name and keeps masked PII plus ciphertexts only', () => {
    expect(order.receiver).toEqual({
      country: 'CN',
      province: '广东',
      provinceCode: '440000',
      city: '深圳市',
      district: '南山区',
      town: '粤海街道',
      detailMasked: '科技园**路**号',
      nameMasked: '张**',
      phoneMasked: '138****0000',
      tokens: {
        encryptedName: '#bmFtZS1jaXBoZXI=#c2lnbg==#1##',
        encryptedPhone: '$dGVsLWNpcGhlcg==$c2lnbg==$1$$',
        encryptedDetail: '#YWRkcmVzcy1jaXBoZXI=#c2lnbg==#1##',
      },
    });
    expect(order.buyerToken).toBe('#Q2hhbmdlTWU=');
    expect(order.buyerMessage).toBe('请尽快发货，谢谢');
    expect(order.sellerFlag).toBe(1);
  });

  it('keeps platform-only fields under platformData.douyin', () => {
    expect(order.platformData['douyin']).toMatchObject({
      b_type: 2,
      order_type: 0,
      promotion_platform_amount: 1000,
    });
  });
});

describe('mapDouyinOrder: other fixtures', () => {
  it('maps an unpaid order with a full autonomous-region name', () => {
    const { order } = mapDouyinOrder(searchListOrders()[1], { shopId });
    expect(order.status).toBe('pending_payment');
    expect(order.paidAt).toBeUndefined();
    expect(order.receiver.provinceCode).toBe('150000');
    expect(order.receiver.detailMasked).toBe('***');
  });

  it('maps a partially shipped order: parcels per SKU order, a pending line refund', () => {
    const detail = fixtureData('order-detail-partially-shipped.json')['shop_order_detail'];
    const { order, warnings } = mapDouyinOrder(detail, { shopId });
    expect(warnings).toEqual([]);
    expect(order.status).toBe('partially_shipped');
    expect(order.shippedAt).toBe('2025-11-12T09:33:20.000Z');
    expect(order.lines.map((line) => [line.shippedQuantity, line.refundStatus])).toEqual([
      [2, 'none'],
      [0, 'in_progress'],
    ]);
    expect(order.receiver.provinceCode).toBe('650000');
    expect(order.sellerMemo).toBe('先发有货的');
  });
});

describe('mapDouyinOrder: every status in the reference', () => {
  const cases: [number, boolean, OrderStatus][] = [
    [1, false, 'pending_payment'],
    [103, true, 'deposit_paid'],
    [105, true, 'paid'],
    [2, true, 'paid'],
    [101, true, 'partially_shipped'],
    [3, true, 'shipped'],
    [4, false, 'cancelled'],
    [4, true, 'closed'],
    [5, true, 'completed'],
    [21, true, 'closed'],
    [22, true, 'closed'],
    [39, true, 'closed'],
  ];
  it('covers every status of the table', () => {
    const covered = new Set(cases.map(([code]) => code));
    for (const code of Object.keys(douyinOrderStatuses)) expect(covered.has(Number(code))).toBe(true);
  });
  it.each(cases)('order_status %i (paid: %s) -> %s', (code, paid, expected) => {
    const raw = { ...firstOrder(), order_status: code, pay_time: paid ? 1762826430 : 0 };
    const { order } = mapDouyinOrder(raw, { shopId });
    expect(order.status).toBe(expected);
    expect(orderSchema.safeParse(order).success).toBe(true);
    if (expected === 'cancelled' || expected === 'closed') expect(order.endedAt).toBeDefined();
  });
  it('refuses an unknown status instead of guessing', () => {
    expectInvalid(() => mapDouyinOrder({ ...firstOrder(), order_status: 999 }, { shopId }), ['order_status']);
  });
});

describe('mapDouyinOrder: hazards', () => {
  it('warns and drops a product_id that JSON.parse already rounded', () => {
    const rounded = (
      JSON.parse(fixtureText('order-search-list-response.json')) as {
        data: { shop_order_list: unknown[] };
      }
    ).data.shop_order_list[0];
    const { order, warnings } = mapDouyinOrder(rounded, { shopId });
    expect(order.lines[1]?.productId).toBeUndefined();
    expect(warnings).toContainEqual({
      path: ['sku_order_list', 1, 'product_id'],
      message: 'product_id above 2^53 was rounded; dropped',
    });
  });

  it('refuses an order id that arrived as a rounded number', () => {
    expectInvalid(
      () => mapDouyinOrder({ ...firstOrder(), order_id: Number('6921841377339523401') }, { shopId }),
      ['order_id'],
    );
  });

  it('refuses yuan strings and fractional fen naming the field', () => {
    const raw = firstOrder();
    const lines = raw['sku_order_list'] as { [key: string]: unknown }[];
    (lines[0] as { [key: string]: unknown })['origin_amount'] = '59.90';
    expectInvalid(() => mapDouyinOrder(raw, { shopId }), ['sku_order_list', 0, 'origin_amount']);
    expectInvalid(() => mapDouyinOrder({ ...firstOrder(), pay_amount: 269.7 }, { shopId }), ['pay_amount']);
  });

  it('apportions by line amounts when SKU orders carry no pay_amount', () => {
    const raw = firstOrder();
    for (const line of raw['sku_order_list'] as { [key: string]: unknown }[]) delete line['pay_amount'];
    const { order } = mapDouyinOrder(raw, { shopId });
    expect(order.lines.reduce((sum, line) => sum + line.paid.amount, 0)).toBe(26370);
    expect(order.lines.reduce((sum, line) => sum + line.discount.amount, 0)).toBe(2500);
  });

  it('treats 0 times as not yet and refuses a missing update_time', () => {
    expectInvalid(() => mapDouyinOrder({ ...firstOrder(), update_time: 0 }, { shopId }), ['update_time']);
    expectInvalid(
      () => mapDouyinOrder({ ...firstOrder(), create_time: 'yesterday' }, { shopId }),
      ['create_time'],
    );
  });

  it('warns about an unknown province and keeps the name', () => {
    const raw = firstOrder();
    raw['mask_post_addr'] = { province: { name: '火星' } };
    const { order, warnings } = mapDouyinOrder(raw, { shopId });
    expect(order.receiver.province).toBe('火星');
    expect(order.receiver.provinceCode).toBeUndefined();
    expect(warnings.map((warning) => warning.message)).toContain('province not recognised');
  });

  it('never keeps unmasked receiver text', () => {
    const raw = {
      ...firstOrder(),
      mask_post_receiver: undefined,
      post_receiver: '张三丰',
      post_tel: '13800001111',
    };
    delete raw.mask_post_receiver;
    const rawWithoutMaskedTel: { [key: string]: unknown } = { ...raw };
    delete rawWithoutMaskedTel['mask_post_tel'];
    const { order, warnings } = mapDouyinOrder(rawWithoutMaskedTel, { shopId });
    expect(JSON.stringify(order)).not.toContain('张三丰');
    expect(JSON.stringify(order)).not.toContain('13800001111');
    expect(warnings.map((warning) => warning.path)).toContainEqual(['post_receiver']);
  });

  it('refuses an order without SKU orders or with a non-positive quantity', () => {
    expectInvalid(
      () => mapDouyinOrder({ ...firstOrder(), sku_order_list: [] }, { shopId }),
      ['sku_order_list'],
    );
    const raw = firstOrder();
    ((raw['sku_order_list'] as { [key: string]: unknown }[])[2] as { [key: string]: unknown })['item_num'] =
      0;
    expectInvalid(() => mapDouyinOrder(raw, { shopId }), ['sku_order_list', 2, 'item_num']);
  });
});
