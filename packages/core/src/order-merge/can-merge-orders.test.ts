import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Order } from '../schema';
import { hangzhouReceiver, sampleLine, sampleOrder } from './__fixtures__/sample-orders';
import { canMergeOrders, type MergeHint, type MergeOptions, mergeRefusalCodes } from './can-merge-orders';

const first = sampleOrder({ platformOrderId: '3001' });
const second = sampleOrder({
  platformOrderId: '3002',
  createdAt: '2026-11-10T20:00:00.000Z',
  paidAt: '2026-11-10T20:00:30.000Z',
});

describe('canMergeOrders', () => {
  it('merges two paid orders of one shop to one receiver within the window', () => {
    expect(canMergeOrders(first, second)).toEqual({ ok: true });
  });

  it.each<[string, Partial<Order>, MergeOptions, string]>([
    ['different_shop', { shopId: 'shop-2' }, {}, 'another shop'],
    ['different_channel', { channel: 'tmall' }, {}, 'another platform'],
    ['different_receiver', { receiver: hangzhouReceiver }, {}, 'another receiver'],
    ['already_shipped', { status: 'shipped', shippedAt: '2026-11-11T02:00:00.000Z' }, {}, 'shipped'],
    ['not_awaiting_shipment', { status: 'pending_payment' }, {}, 'unpaid'],
    ['held', { shipBlocked: true }, {}, 'paid but must not ship'],
    ['held', {}, { heldOrderIds: ['taobao:shop-1:3002'] }, 'a hold'],
    ['sealed', {}, { sealedOrderIds: ['taobao:shop-1:3002'] }, 'waybill printed'],
    ['outside_window', { paidAt: '2026-11-12T00:00:00.000Z' }, {}, 'paid two days apart'],
    ['platform_forbids', {}, { hints: { 'taobao:shop-1:3002': { forbidMerge: true } } }, 'platform says no'],
    [
      'platform_forbids',
      {},
      { hints: { 'taobao:shop-1:3001': { mergeKey: 'k1' }, 'taobao:shop-1:3002': { mergeKey: 'k2' } } },
      'different merge keys',
    ],
  ])('refuses with %s (%s)', (code, change, options) => {
    const result = canMergeOrders(first, { ...second, ...change }, options);
    expect(result).toEqual({ ok: false, reasons: [code] });
  });

  it('counts shipped units on a paid order as shipped', () => {
    const partly = { ...second, lines: [sampleLine({ lineId: 'l1', quantity: 2, shippedQuantity: 1 })] };
    expect(canMergeOrders(first, partly)).toEqual({ ok: false, reasons: ['already_shipped'] });
  });

  it('refuses the same order with itself', () => {
    expect(canMergeOrders(first, first)).toEqual({ ok: false, reasons: ['same_order'] });
  });

  it('collects every reason, not just the first', () => {
    const other = { ...second, shopId: 'shop-9', receiver: hangzhouReceiver, status: 'shipped' as const };
    const result = canMergeOrders(first, other, { sealedOrderIds: [first.id], windowMs: 60_000 });
    expect(result).toEqual({
      ok: false,
      reasons: ['different_shop', 'different_receiver', 'already_shipped', 'sealed', 'outside_window'],
    });
  });

  it('can insist on platform tokens instead of masked text', () => {
    const a = sampleOrder({ platformOrderId: '4001', receiver: hangzhouReceiver });
    const b = sampleOrder({ platformOrderId: '4002', receiver: hangzhouReceiver });
    expect(canMergeOrders(a, b)).toEqual({ ok: true });
    expect(canMergeOrders(a, b, { requireReceiverToken: true })).toEqual({
      ok: false,
      reasons: ['different_receiver'],
    });
  });

  it('is symmetric, with the same reasons in the same order (property)', () => {
    const variant = fc.record({
      platformOrderId: fc.constantFrom('5001', '5002', '5003'),
      shopId: fc.constantFrom('shop-1', 'shop-2'),
      channel: fc.constantFrom('taobao', 'tmall'),
      receiver: fc.constantFrom(first.receiver, hangzhouReceiver),
      status: fc.constantFrom('paid', 'shipped', 'pending_payment', 'deposit_paid', 'closed'),
      shipBlocked: fc.boolean(),
      paidAt: fc
        .integer({ min: 0, max: 3 * 24 * 60 })
        .map((minutes) => new Date(Date.parse('2026-11-10T00:00:00.000Z') + minutes * 60_000).toISOString()),
    });
    const options = fc.record({
      heldOrderIds: fc.subarray(['taobao:shop-1:5001', 'tmall:shop-2:5002']),
      sealedOrderIds: fc.subarray(['taobao:shop-1:5003']),
      windowMs: fc.integer({ min: 0, max: 2 * 24 * 60 * 60_000 }),
      hints: fc.constantFrom<Record<string, MergeHint>>({}, { 'taobao:shop-1:5002': { forbidMerge: true } }),
    });
    fc.assert(
      fc.property(variant, variant, options, (left, right, mergeOptions) => {
        const a = { ...first, ...left, id: `${left.channel}:${left.shopId}:${left.platformOrderId}` };
        const b = { ...first, ...right, id: `${right.channel}:${right.shopId}:${right.platformOrderId}` };
        const there = canMergeOrders(a, b, mergeOptions);
        expect(canMergeOrders(b, a, mergeOptions)).toEqual(there);
        if (!there.ok) {
          expect(there.reasons.length).toBeGreaterThan(0);
          expect([...there.reasons].sort()).toEqual([...new Set(there.reasons)].sort());
          expect(there.reasons.every((code) => mergeRefusalCodes.includes(code))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
