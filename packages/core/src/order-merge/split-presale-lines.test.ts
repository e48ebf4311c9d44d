import { describe, expect, it } from 'vitest';
import { sampleLine, sampleOrder } from './__fixtures__/sample-orders';
import { fulfilmentLinesOf } from './fulfilment-line';
import { splitPresaleLines } from './split-presale-lines';

describe('splitPresaleLines', () => {
  it('separates presale lines from lines that can ship now', () => {
    const order = sampleOrder({
      presale: true,
      lines: [
        sampleLine({
          lineId: 'coat',
          title: '双十一预售 羽绒服',
          sellerSku: 'DOWN-COAT-L',
          presale: true,
          quantity: 1,
        }),
        sampleLine({ lineId: 'socks', title: '羊毛袜 3双装', sellerSku: 'SOCKS-3P', quantity: 2 }),
      ],
    });
    const split = splitPresaleLines(order);
    expect(split.ready.map((line) => [line.lineId, line.quantity])).toEqual([['socks', 2]]);
    expect(split.presale.map((line) => [line.lineId, line.quantity])).toEqual([['coat', 1]]);
  });

  it('treats every line as presale when only the order is flagged', () => {
    const order = sampleOrder({
      presale: true,
      lines: [sampleLine({ lineId: 'a' }), sampleLine({ lineId: 'b' })],
    });
    expect(splitPresaleLines(order).ready).toEqual([]);
    expect(splitPresaleLines(order).presale.map((line) => line.lineId)).toEqual(['a', 'b']);
  });

  it('has nothing presale in an ordinary order', () => {
    const order = sampleOrder();
    expect(splitPresaleLines(order)).toEqual({ ready: fulfilmentLinesOf(order), presale: [] });
  });
});

describe('fulfilmentLinesOf', () => {
  it('keeps only units still to ship, leaving out shipped and refunded ones', () => {
    const order = sampleOrder({
      lines: [
        sampleLine({
          lineId: 'a',
          quantity: 5,
          shippedQuantity: 2,
          refundedQuantity: 1,
          skuId: '4401',
          unitWeightGrams: 250,
        }),
        sampleLine({ lineId: 'b', quantity: 2, refundedQuantity: 2, refundStatus: 'refunded' }),
      ],
    });
    expect(fulfilmentLinesOf(order)).toEqual([
      {
        sourceOrderId: order.id,
        lineId: 'a',
        sellerSku: 'SKU-a',
        skuId: '4401',
        title: '纯棉T恤',
        quantity: 2,
        unitWeightGrams: 250,
        presale: false,
      },
    ]);
  });
});
