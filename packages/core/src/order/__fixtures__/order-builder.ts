// Test-only: synthetic orders (no platform data went into them). Not exported from the package.
import type { Money } from '../../schema/money';
import { type Order, type OrderLine, orderKey } from '../../schema/order';

/** Money in CNY fen. */
export function fen(amount: number): Money {
  return { amount, currency: 'CNY' };
}

/** A valid order line: one unit of `SKU-A` at 19.90, no discount; `overrides` win. */
export function buildLine(overrides: Partial<OrderLine> = {}): OrderLine {
  const quantity = overrides.quantity ?? 1;
  const unitPrice = overrides.unitPrice ?? fen(1990);
  const discount = overrides.discount ?? fen(0);
  const amount = fen(unitPrice.amount * quantity);
  return {
    lineId: 'L1',
    sellerSku: 'SKU-A',
    title: '测试商品',
    quantity,
    unitPrice,
    amount,
    discount,
    paid: fen(amount.amount - discount.amount),
    shippedQuantity: 0,
    refundedQuantity: 0,
    refundStatus: 'none',
    presale: false,
    ...overrides,
  };
}

/** The id every built order has unless overridden. */
export const builtOrderId = orderKey('taobao', 'shop-1', 'T1000');

/**
 * A valid order placed and last modified at 2026-11-11T00:00:00Z, waiting for payment, with one
 * line; totals follow the lines unless overridden; `overrides` win.
 */
export function buildOrder(overrides: Partial<Order> = {}): Order {
  const lines = overrides.lines ?? [buildLine()];
  const goods = lines.reduce((sum, line) => sum + line.amount.amount, 0);
  const discount = lines.reduce((sum, line) => sum + line.discount.amount, 0);
  return {
    id: builtOrderId,
    channel: 'taobao',
    shopId: 'shop-1',
    platformOrderId: 'T1000',
    status: 'pending_payment',
    platformStatus: 'WAIT_BUYER_PAY',
    createdAt: '2026-11-11T00:00:00.000Z',
    platformModifiedAt: '2026-11-11T00:00:00.000Z',
    receiver: {
      country: 'CN',
      province: '广东省',
      city: '深圳市',
      district: '南山区',
      detailMasked: '科技园南路**号',
      nameMasked: '张*',
      tokens: { oaid: 'oaid-1' },
    },
    lines,
    totals: { goods: fen(goods), shipping: fen(0), discount: fen(discount), paid: fen(goods - discount) },
    presale: false,
    cod: false,
    shipBlocked: false,
    tags: [],
    platformData: {},
    ...overrides,
  };
}
