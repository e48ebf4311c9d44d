import type { AfterSale } from '../schema/after-sale';
import type { Order } from '../schema/order';

const cny = (amount: number) => ({ amount, currency: 'CNY' as const });

/**
 * A valid unified order for tests (a paid Taobao order of one T-shirt), with `overrides` applied
 * on top. Pass at least an `id` when a test stores several.
 */
export function buildTestOrder(overrides: Partial<Order> = {}): Order {
  return {
    id: 'taobao:shop-1:1001',
    channel: 'taobao',
    shopId: 'shop-1',
    platformOrderId: '1001',
    status: 'paid',
    platformStatus: 'WAIT_SELLER_SEND_GOODS',
    createdAt: '2026-11-11T00:00:05.000Z',
    paidAt: '2026-11-11T00:00:09.000Z',
    platformModifiedAt: '2026-11-11T00:00:09.000Z',
    receiver: {
      country: 'CN',
      province: '广东省',
      provinceCode: '440000',
      city: '深圳市',
      district: '南山区',
      detailMasked: '科技园南路**号',
      nameMasked: '张*',
      phoneMasked: '138****0000',
      tokens: { oaid: 'oaid-test-1' },
    },
    lines: [
      {
        lineId: '1001-1',
        sellerSku: 'TEE-RED-M',
        title: 'T-shirt',
        skuProperties: '颜色:红;尺码:M',
        quantity: 1,
        unitPrice: cny(9900),
        amount: cny(9900),
        discount: cny(0),
        paid: cny(9900),
        shippedQuantity: 0,
        refundedQuantity: 0,
        refundStatus: 'none',
        presale: false,
      },
    ],
    totals: { goods: cny(9900), shipping: cny(0), discount: cny(0), paid: cny(9900) },
    presale: false,
    cod: false,
    shipBlocked: false,
    tags: [],
    platformData: {},
    ...overrides,
  };
}

/** A valid unified after-sale for tests (a refund requested before shipment), with `overrides` applied on top. */
export function buildTestAfterSale(overrides: Partial<AfterSale> = {}): AfterSale {
  return {
    id: 'taobao:shop-1:as:5001',
    channel: 'taobao',
    shopId: 'shop-1',
    platformAfterSaleId: '5001',
    orderId: 'taobao:shop-1:1001',
    platformOrderId: '1001',
    type: 'refund_only_unshipped',
    status: 'requested',
    platformStatus: 'WAIT_SELLER_AGREE',
    lines: [{ lineId: '1001-1', quantity: 1, refundAmount: cny(9900) }],
    refundAmount: cny(9900),
    reason: '不想要了',
    createdAt: '2026-11-11T01:00:00.000Z',
    platformModifiedAt: '2026-11-11T01:00:00.000Z',
    platformData: {},
    ...overrides,
  };
}
