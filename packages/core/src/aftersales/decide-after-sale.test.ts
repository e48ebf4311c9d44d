import { describe, expect, it } from 'vitest';
import { buildAfterSale, buildLine, buildOrder, fen } from './__fixtures__/after-sale-fixtures';
import { type AfterSalePolicy, defaultAfterSalePolicy, returnWindowDays } from './after-sale-policy';
import { checkAfterSaleGuards } from './check-after-sale-guards';
import { decideAfterSale } from './decide-after-sale';
import { paidForUnits } from './refundable-amount';

const policy: AfterSalePolicy = {
  ...defaultAfterSalePolicy,
  returnWindowDaysByShop: { 'shop-1': 15 },
  returnWindowDaysByCategory: { food: 3 },
  unopenedCategories: ['cosmetics'],
  autoApproveMaxFen: 5000,
  trustedBuyers: ['buyer-vip'],
  trustedBuyerMaxFen: 50_000,
};
const order = buildOrder();
const now = Date.parse('2026-11-20T00:00:00.000Z');
const outcome = (guards: ReturnType<typeof checkAfterSaleGuards>, guard: string) =>
  guards.filter((result) => result.guard === guard).map((result) => result.outcome);

describe('return window', () => {
  it('takes the shortest category window, else the shop, else the default', () => {
    expect(returnWindowDays(policy, 'shop-1', ['food', undefined])).toBe(3);
    expect(returnWindowDays(policy, 'shop-1', [undefined])).toBe(15);
    expect(returnWindowDays(policy, 'shop-2', [])).toBe(7);
  });

  it('runs from delivery (or shipment) to the request time', () => {
    const late = buildAfterSale('return_refund', { createdAt: '2026-11-20T00:00:00.000Z' });
    const facts = { order, deliveredAt: '2026-11-13T00:00:00.000Z' };
    expect(outcome(checkAfterSaleGuards(late, facts, defaultAfterSalePolicy, now), 'return_window')).toEqual([
      'pass',
    ]);
    expect(
      outcome(
        checkAfterSaleGuards(late, { ...facts, lineCategories: { L1: 'food' } }, policy, now),
        'return_window',
      ),
    ).toEqual(['fail']);
    const tooLate = buildAfterSale('return_refund', { createdAt: '2026-11-20T00:00:01.000Z' });
    expect(decideAfterSale(tooLate, facts, defaultAfterSalePolicy)).toMatchObject({
      verdict: 'refuse',
      rule: 'outside_return_window',
    });
    expect(
      decideAfterSale(tooLate, facts, { ...defaultAfterSalePolicy, autoRefuseOutsideWindow: false }),
    ).toMatchObject({ verdict: 'manual', rule: 'outside_return_window' });
    const unshipped = buildOrder({ shippedAt: undefined, status: 'paid' });
    expect(
      outcome(checkAfterSaleGuards(tooLate, { order: unshipped }, policy, now), 'return_window'),
    ).toEqual(['pass']);
    expect(
      outcome(checkAfterSaleGuards(buildAfterSale('intercept'), { order }, policy, now), 'return_window'),
    ).toEqual(['not_applicable']);
  });
});

describe('unopened', () => {
  it('asks a person when opened or unknown for unopened-only categories', () => {
    const afterSale = buildAfterSale('return_refund');
    const facts = { order, lineCategories: { L1: 'cosmetics' } };
    expect(decideAfterSale(afterSale, facts, policy)).toMatchObject({
      verdict: 'manual',
      rule: 'unopened_unknown',
    });
    expect(decideAfterSale(afterSale, { ...facts, unopened: false }, policy)).toMatchObject({
      verdict: 'manual',
      rule: 'opened_goods',
    });
    expect(
      outcome(checkAfterSaleGuards(afterSale, { ...facts, unopened: true }, policy, now), 'unopened'),
    ).toEqual(['pass']);
    expect(
      outcome(checkAfterSaleGuards(buildAfterSale('refund_only_shipped'), facts, policy, now), 'unopened'),
    ).toEqual(['not_applicable']);
  });
});

describe('quantity and amount', () => {
  it('splits the paid amount over units with apportioned discounts', () => {
    const line = buildLine({ quantity: 3, unitPrice: fen(1000), discount: fen(1) });
    expect([1, 2, 3].map((units) => paidForUnits(line, units))).toEqual([1000, 2000, 2999]);
  });

  it('refuses more units than shipped minus returned and claimed', () => {
    const partly = buildOrder({ lines: [buildLine({ shippedQuantity: 1 })] });
    expect(decideAfterSale(buildAfterSale('return_refund'), { order: partly }, policy)).toMatchObject({
      verdict: 'refuse',
      rule: 'quantity_exceeded',
    });
    const other = buildAfterSale('return_refund', {
      id: 'other',
      lines: [{ lineId: 'L1', quantity: 1, refundAmount: fen(4500) }],
    });
    const one = buildAfterSale('return_refund', {
      lines: [{ lineId: 'L1', quantity: 2, refundAmount: fen(4500) }],
      refundAmount: fen(4500),
    });
    expect(decideAfterSale(one, { order, otherAfterSales: [other] }, policy).rule).toBe('quantity_exceeded');
    expect(
      decideAfterSale(one, { order, otherAfterSales: [{ ...other, status: 'closed' }] }, policy).rule,
    ).not.toBe('quantity_exceeded');
    const unshipped = buildOrder({ lines: [buildLine({ shippedQuantity: 1 })] });
    const beforeShipping = buildAfterSale('refund_only_unshipped', {
      lines: [{ lineId: 'L1', quantity: 1, refundAmount: fen(4500) }],
      refundAmount: fen(4500),
    });
    expect(
      outcome(checkAfterSaleGuards(beforeShipping, { order: unshipped }, policy, now), 'quantity'),
    ).toEqual(['pass']);
    const missing = buildAfterSale('return_refund', {
      lines: [{ lineId: 'L9', quantity: 1, refundAmount: fen(1) }],
    });
    expect(decideAfterSale(missing, { order }, policy).rule).toBe('quantity_exceeded');
  });

  it('refuses more money than was paid for those units, and shipping only as the rule allows', () => {
    const greedy = buildAfterSale('return_refund', {
      lines: [{ lineId: 'L1', quantity: 1, refundAmount: fen(5000) }],
      refundAmount: fen(5000),
    });
    expect(decideAfterSale(greedy, { order }, policy)).toMatchObject({
      verdict: 'refuse',
      rule: 'amount_exceeded',
    });
    const withShipping = buildAfterSale('refund_only_unshipped', { refundAmount: fen(10_000) });
    const paid = buildOrder({
      status: 'paid',
      shippedAt: undefined,
      lines: [buildLine({ shippedQuantity: 0 })],
    });
    expect(outcome(checkAfterSaleGuards(withShipping, { order: paid }, policy, now), 'amount')).toEqual([
      'pass',
      'pass',
    ]);
    expect(
      outcome(
        checkAfterSaleGuards(withShipping, { order: paid }, { ...policy, shippingFeeRefund: 'never' }, now),
        'amount',
      ),
    ).toEqual(['pass', 'fail']);
    const half = buildAfterSale('refund_only_unshipped', {
      lines: [{ lineId: 'L1', quantity: 1, refundAmount: fen(4500) }],
      refundAmount: fen(5500),
    });
    expect(outcome(checkAfterSaleGuards(half, { order: paid }, policy, now), 'amount')).toEqual([
      'pass',
      'fail',
    ]);
    expect(
      outcome(
        checkAfterSaleGuards(half, { order: paid }, { ...policy, shippingFeeRefund: 'always' }, now),
        'amount',
      ),
    ).toEqual(['pass', 'pass']);
    const under = buildAfterSale('return_refund', { refundAmount: fen(8000) });
    expect(outcome(checkAfterSaleGuards(under, { order }, policy, now), 'amount')).toEqual(['pass', 'fail']);
    const refunded = buildOrder({ lines: [buildLine({ refundedQuantity: 1, refundedAmount: fen(4500) })] });
    const rest = buildAfterSale('return_refund', {
      lines: [{ lineId: 'L1', quantity: 1, refundAmount: fen(4501) }],
      refundAmount: fen(4501),
    });
    expect(decideAfterSale(rest, { order: refunded }, policy).rule).toBe('amount_exceeded');
  });

  it('lets price protection cover every unit held when it names none', () => {
    const protection = buildAfterSale('price_protection', {
      lines: [{ lineId: 'L1', quantity: 0, refundAmount: fen(2000) }],
      refundAmount: fen(2000),
    });
    expect(outcome(checkAfterSaleGuards(protection, { order }, policy, now), 'amount')).toEqual([
      'pass',
      'pass',
    ]);
  });
});

describe('auto-decision rules', () => {
  const small = buildAfterSale('refund_only_unshipped', {
    lines: [{ lineId: 'L1', quantity: 1, refundAmount: fen(4500) }],
    refundAmount: fen(4500),
  });
  const paid = buildOrder({ status: 'paid', lines: [buildLine({ shippedQuantity: 0 })] });

  it('approves small amounts of the listed types', () => {
    expect(decideAfterSale(small, { order: paid }, policy)).toMatchObject({
      verdict: 'approve',
      rule: 'under_amount',
    });
    expect(decideAfterSale(small, { order: paid }, { ...policy, autoApproveMaxFen: 4499 })).toMatchObject({
      verdict: 'manual',
      rule: 'manual',
    });
    expect(
      decideAfterSale(
        buildAfterSale('return_refund', {
          lines: [{ lineId: 'L1', quantity: 1, refundAmount: fen(4500) }],
          refundAmount: fen(4500),
        }),
        { order },
        policy,
      ).verdict,
    ).toBe('manual');
  });

  it('approves trusted buyers up to their limit', () => {
    const vip = buildOrder({ buyerToken: 'buyer-vip' });
    expect(decideAfterSale(buildAfterSale('return_refund'), { order: vip }, policy)).toMatchObject({
      verdict: 'approve',
      rule: 'trusted_buyer',
    });
    expect(
      decideAfterSale(buildAfterSale('return_refund'), { order: vip }, { ...policy, trustedBuyerMaxFen: 100 })
        .verdict,
    ).toBe('manual');
  });

  it('approves "not received" once the carrier reported a loss', () => {
    const lost = buildAfterSale('refund_only_shipped', { reason: '快递丢失' });
    expect(decideAfterSale(lost, { order, carrierReportedLoss: true }, policy)).toMatchObject({
      verdict: 'approve',
      rule: 'not_received_carrier_loss',
    });
    expect(decideAfterSale(lost, { order }, policy).verdict).toBe('manual');
  });

  it('returns the guard results with the verdict', () => {
    expect(decideAfterSale(small, { order: paid }, policy).guards.map((guard) => guard.guard)).toEqual([
      'return_window',
      'unopened',
      'quantity',
      'amount',
      'amount',
    ]);
  });
});
