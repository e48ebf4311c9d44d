import { orderSchema } from '@omskit/core';
import { parseJsonExact } from '@omskit/core/gateway';
import { describe, expect, it } from 'vitest';
import { mapTaobaoOrder } from '../map-taobao-order';
import { generateTaobaoTrade, renderTaobaoTrade } from './taobao-mock-data';
import { renderTaobaoJson, seededRandom } from './taobao-mock-json';

describe('the mock shop generates realistic trades', () => {
  const random = seededRandom(3);
  let next = 3_290_174_989_321_021_468n;
  const id = () => {
    next += 7n;
    return next.toString();
  };
  const texts = Array.from({ length: 200 }, () =>
    renderTaobaoJson(
      renderTaobaoTrade(
        generateTaobaoTrade(
          random,
          { tid: id(), oid: () => id() },
          { createdMs: 1_762_800_000_000, modifiedMs: 1_762_807_200_000 },
        ),
      ),
    ),
  );
  const trades = texts.map((text) => parseJsonExact(text) as { [key: string]: unknown });
  const orders = trades.map((trade) => mapTaobaoOrder(trade, { shopId: 's' }));

  it('writes ids above 2^53 as bare numbers that JSON.parse would corrupt', () => {
    expect(texts[0]).toMatch(/"tid":\d{19}[,}]/);
    const rounded = JSON.parse(texts[0] as string) as { tid: number };
    expect(Number.isSafeInteger(rounded.tid)).toBe(false);
  });

  it('maps cleanly, with several lines, discounts and yuan strings', () => {
    for (const { order, warnings } of orders) {
      expect(orderSchema.safeParse(order).success).toBe(true);
      expect(warnings).toEqual([]);
    }
    expect(orders.some(({ order }) => order.lines.length >= 3)).toBe(true);
    expect(orders.some(({ order }) => order.lines.some((line) => line.discount.amount > 0))).toBe(true);
    expect(orders.some(({ order }) => order.totals.shipping.amount > 0)).toBe(true);
    expect(
      trades.every((trade) => typeof trade.payment === 'string' && /^\d+\.\d\d$/.test(trade.payment)),
    ).toBe(true);
  });

  it('masks receivers and uses GB province names, short forms and directly administered counties included', () => {
    const provinces = new Set(orders.map(({ order }) => order.receiver.province));
    expect(provinces.has('浙江')).toBe(true);
    expect(provinces.has('广东省')).toBe(true);
    expect(orders.every(({ order }) => order.receiver.provinceCode !== undefined)).toBe(true);
    expect(trades.some((trade) => trade.receiver_city === '' && trade.receiver_district !== '')).toBe(true);
    expect(orders.every(({ order }) => order.receiver.nameMasked?.includes('*') === true)).toBe(true);
    expect(orders.every(({ order }) => order.receiver.phoneMasked?.includes('****') === true)).toBe(true);
  });
});
