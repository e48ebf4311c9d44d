// Test-only: synthetic orders, after-sales and a deterministic env (no platform data went into
// them). Not exported from the package.
import type { DomainEnv } from '../../contracts/common';
import type { AfterSale, AfterSaleType } from '../../schema/after-sale';
import type { Money } from '../../schema/money';
import type { Order, OrderLine } from '../../schema/order';
import { type AfterSaleCase, openAfterSaleCase } from '../after-sale-case';

/** The instant the test clock reads unless told otherwise. */
export const testNow = '2026-11-20T08:00:00.000Z';

/** A DomainEnv whose clock reads `now` and whose ids are `<prefix>-1`, `<prefix>-2`, ...; counts ids. */
export function createTestEnv(now: string = testNow): DomainEnv & { issuedIds(): number } {
  const ms = Date.parse(now);
  let counter = 0;
  return {
    clock: { now: () => ms },
    ids: {
      next: (prefix = 'id') => {
        counter += 1;
        return `${prefix}-${counter}`;
      },
    },
    issuedIds: () => counter,
  };
}

/** Money in CNY fen. */
export function fen(amount: number): Money {
  return { amount, currency: 'CNY' };
}

/** Freezes `value` and everything reachable from it, so in-place mutation throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const member of Object.values(value)) deepFreeze(member);
  }
  return value;
}

/** A line of 2 units at 50.00 with 10.00 discount (paid 90.00), both shipped; `overrides` win. */
export function buildLine(overrides: Partial<OrderLine> = {}): OrderLine {
  const quantity = overrides.quantity ?? 2;
  const unitPrice = overrides.unitPrice ?? fen(5000);
  const discount = overrides.discount ?? fen(1000);
  const amount = fen(unitPrice.amount * quantity);
  return {
    lineId: 'L1',
    sellerSku: 'SKU-A',
    title: '保温杯',
    quantity,
    unitPrice,
    amount,
    discount,
    paid: fen(amount.amount - discount.amount),
    shippedQuantity: quantity,
    refundedQuantity: 0,
    refundStatus: 'none',
    presale: false,
    ...overrides,
  };
}

/** A shipped order (shipped 2026-11-12) with the given lines and a 10.00 shipping fee. */
export function buildOrder(overrides: Partial<Order> = {}): Order {
  const lines = overrides.lines ?? [buildLine()];
  const goods = lines.reduce((sum, line) => sum + line.amount.amount, 0);
  const discount = lines.reduce((sum, line) => sum + line.discount.amount, 0);
  return {
    id: 'taobao:shop-1:T1000',
    channel: 'taobao',
    shopId: 'shop-1',
    platformOrderId: 'T1000',
    status: 'shipped',
    platformStatus: 'WAIT_BUYER_CONFIRM_GOODS',
    createdAt: '2026-11-11T00:00:00.000Z',
    paidAt: '2026-11-11T00:01:00.000Z',
    shippedAt: '2026-11-12T00:00:00.000Z',
    platformModifiedAt: '2026-11-12T00:00:00.000Z',
    buyerToken: 'buyer-1',
    receiver: { country: 'CN', province: '浙江省', city: '杭州市', district: '西湖区', tokens: {} },
    lines,
    totals: {
      goods: fen(goods),
      shipping: fen(1000),
      discount: fen(discount),
      paid: fen(goods - discount + 1000),
    },
    presale: false,
    cod: false,
    shipBlocked: false,
    tags: [],
    platformData: {},
    ...overrides,
  };
}

/** An after-sale of `type` asking for both units of L1 and 90.00, requested 2026-11-14. */
export function buildAfterSale(
  type: AfterSaleType = 'return_refund',
  overrides: Partial<AfterSale> = {},
): AfterSale {
  return {
    id: 'taobao:shop-1:as:R1',
    channel: 'taobao',
    shopId: 'shop-1',
    platformAfterSaleId: 'R1',
    orderId: 'taobao:shop-1:T1000',
    platformOrderId: 'T1000',
    type,
    status: 'requested',
    platformStatus: 'WAIT_SELLER_AGREE',
    lines: [{ lineId: 'L1', quantity: 2, refundAmount: fen(9000) }],
    refundAmount: fen(9000),
    reason: '不想要了',
    createdAt: '2026-11-14T00:00:00.000Z',
    platformModifiedAt: '2026-11-14T00:00:00.000Z',
    platformData: {},
    ...overrides,
  };
}

/** A fresh case around {@link buildAfterSale}. */
export function buildCase(
  type: AfterSaleType = 'return_refund',
  overrides: Partial<AfterSale> = {},
): AfterSaleCase {
  return openAfterSaleCase(buildAfterSale(type, overrides));
}
