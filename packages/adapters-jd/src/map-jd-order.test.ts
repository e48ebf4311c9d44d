import { OmsError, orderSchema, sumMoney } from '@omskit/core';
import { parseJsonExact } from '@omskit/core/gateway';
import { describe, expect, it } from 'vitest';
import { jdFixtureOrder } from './__fixtures__/load-jd-fixture';
import { mapJdOrder } from './map-jd-order';

const shopId = 'jd-shop-1';
const map = (raw: unknown) => mapJdOrder(raw, { shopId });

describe('mapJdOrder: a multi-line paid order', () => {
  const { order, warnings } = map(jdFixtureOrder(0));

  it('is schema-valid with the unified identity', () => {
    expect(orderSchema.safeParse(order).success).toBe(true);
    expect(order.id).toBe('jd:jd-shop-1:301234567890');
    expect(order.channel).toBe('jd');
    expect(order.status).toBe('paid');
    expect(order.platformStatus).toBe('WAIT_SELLER_STOCK_OUT');
    expect(warnings).toEqual([]);
  });

  it('reads Shanghai wall times and treats 0001-01-01 as "not yet"', () => {
    expect(order.createdAt).toBe('2026-11-10T16:03:17.000Z');
    expect(order.paidAt).toBe('2026-11-10T16:03:41.000Z');
    expect(order.platformModifiedAt).toBe('2026-11-10T16:05:02.000Z');
    expect(order.endedAt).toBeUndefined();
  });

  it('turns yuan strings into exact fen and apportions coupons so lines add up to what was paid', () => {
    expect(order.totals).toEqual({
      goods: { amount: 49_700, currency: 'CNY' },
      shipping: { amount: 1_000, currency: 'CNY' },
      discount: { amount: 7_000, currency: 'CNY' },
      paid: { amount: 43_700, currency: 'CNY' },
    });
    const [tee, cap] = order.lines;
    expect(tee?.amount.amount).toBe(29_700);
    // 30.00 SKU promotion on the T-shirt, plus its share of the 40.00 order coupon (26700 : 20000).
    expect(tee?.discount.amount).toBe(3_000 + 2_287);
    expect(cap?.discount.amount).toBe(1_713);
    expect(sumMoney(order.lines.map((line) => line.paid)).amount).toBe(43_700 - 1_000);
    expect(order.lines.map((line) => line.lineId)).toEqual(['301234567890-1', '301234567890-2']);
    expect(tee?.sellerSku).toBe('TEE-RED-M');
    expect(tee?.skuId).toBe('100012345678');
    expect(tee?.productId).toBe('10001234');
  });

  it('keeps only masked receiver data and normalises the short province name', () => {
    expect(order.receiver).toMatchObject({
      province: '广东',
      provinceCode: '440000',
      city: '深圳市',
      district: '南山区',
      town: '粤海街道',
      nameMasked: '王*',
      phoneMasked: '138****5678',
    });
    expect(order.receiver.tokens).toEqual({});
    expect(order.platformData['jd']).toMatchObject({ areaIds: { provinceId: '19', cityId: '1607' } });
  });

  it('keeps platform-only fields under platformData.jd', () => {
    expect(order.platformData['jd']).toMatchObject({
      venderId: '10086001',
      orderType: '22',
      sellerDiscount: '30.00',
      coupons: [
        { skuId: '100012345678', couponType: '30', amount: 3_000 },
        { skuId: undefined, couponType: '41', amount: 4_000 },
      ],
    });
    expect(order.buyerMessage).toBe('请尽快发货');
    expect(order.buyerToken).toBe('o-jd-3f1c9e0a7b');
  });
});

describe('mapJdOrder: a shipped cash-on-delivery order with two carriers', () => {
  const { order, warnings } = map(jdFixtureOrder(1));

  it('maps COD, the 1970 sentinel and the unpaid sentinel', () => {
    expect(order.cod).toBe(true);
    expect(order.paidAt).toBeUndefined();
    expect(order.endedAt).toBeUndefined();
    expect(order.status).toBe('shipped');
    expect(order.lines[0]?.shippedQuantity).toBe(1);
  });

  it('splits waybills by | (carriers) and , (parcels)', () => {
    expect(order.platformData['jd']).toMatchObject({
      parcels: [
        { logisticsId: '2087', carrierCode: 'JD', waybills: ['JDV000111222333', 'JDV000111222334'] },
        { logisticsId: '467', carrierCode: 'SF', waybills: ['SF1400000000001'] },
      ],
    });
  });

  it('keeps ciphertexts as opaque tokens and warns about the missing seller SKU', () => {
    expect(order.receiver.provinceCode).toBe('150000');
    expect(order.receiver.nameMasked).toBeUndefined();
    expect(order.receiver.tokens.encryptedName).toBe('QkFTRTY0Q0lQSEVSVEVYVE5BTUUwMQ==');
    expect(order.receiver.tokens.encryptedPhone).toBeDefined();
    expect(order.receiver.tokens.encryptedDetail).toBeDefined();
    expect(warnings.map((warning) => warning.path)).toContainEqual(['itemInfoList', 0, 'outerSkuId']);
  });
});

describe('mapJdOrder: hazards', () => {
  const expectInvalid = (raw: unknown, path: readonly (string | number)[]) => {
    try {
      map(raw);
    } catch (error) {
      expect(OmsError.isCode(error, 'invalid_input')).toBe(true);
      if (!OmsError.is(error)) return;
      expect(error.path).toEqual(path);
      expect(error.rawPayload).toBe(raw);
      return;
    }
    throw new Error('expected invalid_input');
  };

  it('keeps an order id above 2^53 exact when parsed with parseJsonExact', () => {
    const text = JSON.stringify({ ...jdFixtureOrder(), orderId: 0 }).replace(
      '"orderId":0',
      '"orderId":9007199254740993',
    );
    const { order } = map(parseJsonExact(text));
    expect(order.platformOrderId).toBe('9007199254740993');
  });

  it('refuses an id that JSON.parse already rounded', () => {
    expectInvalid({ ...jdFixtureOrder(), orderId: 2 ** 53 + 2 }, ['orderId']);
  });

  it('refuses three-decimal and non-numeric money, naming the field', () => {
    const raw = jdFixtureOrder();
    const items = raw['itemInfoList'] as Record<string, unknown>[];
    items[0] = { ...items[0], jdPrice: '99.001' };
    expectInvalid(raw, ['itemInfoList', 0, 'jdPrice']);
    expectInvalid({ ...jdFixtureOrder(), orderPayment: 'NaN' }, ['orderPayment']);
  });

  it('refuses impossible times and sentinel creation times', () => {
    expectInvalid({ ...jdFixtureOrder(), modified: '2026-02-30 10:00:00' }, ['modified']);
    expectInvalid({ ...jdFixtureOrder(), orderStartTime: '0001-01-01 00:00:00' }, ['orderStartTime']);
  });

  it('refuses an unknown order state rather than inventing one', () => {
    expectInvalid({ ...jdFixtureOrder(), orderState: 'SOMETHING_NEW' }, ['orderState']);
  });

  it('refuses a zero quantity and an order without items', () => {
    const raw = jdFixtureOrder();
    const items = raw['itemInfoList'] as Record<string, unknown>[];
    items[1] = { ...items[1], itemTotal: '0' };
    expectInvalid(raw, ['itemInfoList', 1, 'itemTotal']);
    expectInvalid({ ...jdFixtureOrder(), itemInfoList: [] }, ['itemInfoList']);
  });

  it('does not keep an unmasked receiver and says so', () => {
    const raw = jdFixtureOrder();
    raw['consigneeInfo'] = { ...(raw['consigneeInfo'] as object), fullname: '王小明', mobile: '13812345678' };
    const { order, warnings } = map(raw);
    expect(JSON.stringify(order)).not.toContain('王小明');
    expect(JSON.stringify(order)).not.toContain('13812345678');
    expect(warnings.map((warning) => warning.path)).toEqual(
      expect.arrayContaining([
        ['consigneeInfo', 'fullname'],
        ['consigneeInfo', 'mobile'],
      ]),
    );
  });

  it('warns about an unknown province and leaves its code out', () => {
    const raw = jdFixtureOrder();
    raw['consigneeInfo'] = { ...(raw['consigneeInfo'] as object), province: '火星' };
    const { order, warnings } = map(raw);
    expect(order.receiver.provinceCode).toBeUndefined();
    expect(warnings.map((warning) => warning.path)).toContainEqual(['consigneeInfo', 'province']);
  });

  it('warns when coupons do not explain the discount, and still balances the lines', () => {
    const raw = { ...jdFixtureOrder(), couponDetailList: [] };
    const { order, warnings } = map(raw);
    expect(warnings.map((warning) => warning.path)).toContainEqual(['couponDetailList']);
    expect(sumMoney(order.lines.map((line) => line.paid)).amount).toBe(42_700);
  });

  it('accepts numbers where JD usually sends strings', () => {
    const raw = { ...jdFixtureOrder(), orderId: 301234567890, orderPayment: 437, freightPrice: 10 };
    expect(map(raw).order.totals.paid.amount).toBe(43_700);
  });
});
