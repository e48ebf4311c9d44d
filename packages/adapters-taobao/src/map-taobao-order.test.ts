import { orderSchema } from '@omskit/core';
import { describe, expect, it } from 'vitest';
import { dig, fixtureJson } from './__fixtures__/read-fixture';
import { mapTaobaoOrder } from './map-taobao-order';

const shopId = 'shop-1';
const splitShipped = () =>
  dig(fixtureJson('trade-fullinfo-split-shipped.json'), 'trade_fullinfo_get_response', 'trade');
const presale = () => dig(fixtureJson('trade-fullinfo-presale.json'), 'trade_fullinfo_get_response', 'trade');
const fen = (money: { amount: number }) => money.amount;

describe('mapTaobaoOrder: a split-shipped trade with discounts and a refund in progress', () => {
  const { order, warnings } = mapTaobaoOrder(splitShipped(), { shopId });

  it('is a valid unified order with exact ids above 2^53 (no tid_str in the payload)', () => {
    expect(orderSchema.safeParse(order).success).toBe(true);
    expect(order.platformOrderId).toBe('3290174989321021468');
    expect(order.id).toBe('taobao:shop-1:3290174989321021468');
    expect(order.lines.map((line) => line.lineId)).toEqual([
      '3290174989321021469',
      '3290174989321021470',
      '3290174989321021471',
    ]);
    expect(order.lines[0]?.productId).toBe('689912345678901');
    expect(warnings).toEqual([]);
  });

  it('maps status, times (Asia/Shanghai to UTC) and seller fields', () => {
    expect(order.status).toBe('partially_shipped');
    expect(order.platformStatus).toBe('SELLER_CONSIGNED_PART');
    expect(order.createdAt).toBe('2026-11-10T16:00:05.000Z');
    expect(order.paidAt).toBe('2026-11-10T16:01:12.000Z');
    expect(order.shippedAt).toBe('2026-11-11T01:30:00.000Z');
    expect(order.platformModifiedAt).toBe('2026-11-11T02:15:30.000Z');
    expect(order.buyerMessage).toBe('周末不在家，请工作日送达');
    expect(order.sellerMemo).toBe('第二件缺货，先发一件');
    expect(order.sellerFlag).toBe(2);
    expect(order.buyerToken).toBe('AAHk3r9mXa0PqZ7-example');
  });

  it('keeps money exact and apportions the paid goods over the lines', () => {
    expect(order.totals).toEqual({
      goods: { amount: 33500, currency: 'CNY' },
      shipping: { amount: 1000, currency: 'CNY' },
      discount: { amount: 2180, currency: 'CNY' },
      paid: { amount: 32320, currency: 'CNY' },
    });
    expect(order.lines.map((line) => fen(line.paid))).toEqual([10291, 12501, 8528]);
    expect(order.lines.map((line) => fen(line.discount))).toEqual([1509, 399, 272]);
    const linesPaid = order.lines.reduce((sum, line) => sum + fen(line.paid), 0);
    expect(linesPaid).toBe(fen(order.totals.paid) - fen(order.totals.shipping));
    for (const line of order.lines) expect(fen(line.amount) - fen(line.discount)).toBe(fen(line.paid));
  });

  it('maps line status, shipment and refund state', () => {
    expect(order.lines.map((line) => line.shippedQuantity)).toEqual([2, 0, 0]);
    expect(order.lines.map((line) => line.refundStatus)).toEqual(['none', 'none', 'in_progress']);
    expect(order.lines.map((line) => line.platformStatus)).toEqual([
      'WAIT_BUYER_CONFIRM_GOODS',
      'WAIT_SELLER_SEND_GOODS',
      'WAIT_SELLER_SEND_GOODS',
    ]);
    expect(order.lines.map((line) => line.sellerSku)).toEqual(['TS-WHITE-L', 'CUP-500-GREEN', 'TEA-250']);
  });

  it('keeps the receiver as masked text plus the oaid, with the short province normalised', () => {
    expect(order.receiver).toEqual({
      country: 'CN',
      province: '浙江',
      provinceCode: '330000',
      city: '杭州市',
      district: '西湖区',
      town: '文新街道',
      detailMasked: '文**路**号',
      nameMasked: '王**',
      phoneMasked: '138****0000',
      postalCode: '000000',
      tokens: { oaid: '1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b' },
    });
  });

  it('puts fields with no unified home into platformData.taobao', () => {
    const taobao = order.platformData.taobao as { [key: string]: unknown };
    expect(taobao.discount_fee).toBe('21.80');
    expect(taobao.adjust_fee).toBe('0.00');
    expect(taobao.type).toBe('fixed');
    const lines = taobao.lines as { [key: string]: { [key: string]: unknown } };
    expect(lines['3290174989321021469']?.logistics_company).toBe('顺丰速运');
    expect(lines['3290174989321021469']?.invoice_no).toBe('SF1400000000001');
    expect(lines['3290174989321021471']?.refund_status).toBe('WAIT_SELLER_AGREE');
  });
});

describe('mapTaobaoOrder: presale in a directly administered county', () => {
  const { order, warnings } = mapTaobaoOrder(presale(), { shopId });

  it('reads a paid deposit with the final payment due as deposit_paid', () => {
    expect(order.status).toBe('deposit_paid');
    expect(order.presale).toBe(true);
    expect(order.lines[0]?.presale).toBe(true);
    expect(fen(order.totals.paid)).toBe(20007);
    expect(order.paidAt).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it('uses the district as the city when TOP leaves the city empty', () => {
    expect(order.receiver.provinceCode).toBe('410000');
    expect(order.receiver.city).toBe('济源市');
    expect(order.receiver.district).toBe('济源市');
    expect(
      (order.platformData.taobao as { directlyAdministeredCounty?: boolean }).directlyAdministeredCounty,
    ).toBe(true);
  });
});
