import { describe, expect, it } from 'vitest';
import { buildLine, buildOrder, fen } from './__fixtures__/order-builder';
import { canonicalJson } from './canonical-json';
import { orderFingerprint } from './order-fingerprint';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: undefined }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"f":1}]},"b":1}',
    );
    expect(canonicalJson({ a: 1, b: undefined })).toBe(canonicalJson({ a: 1 }));
  });

  it('keeps values of different kinds apart', () => {
    const values = [1, '1', 1n, true, 'true', null, Number.NaN, 'NaN', new Date(0), [1], { 0: 1 }];
    expect(new Set(values.map((value) => canonicalJson(value))).size).toBe(values.length);
  });
});

describe('orderFingerprint', () => {
  const order = buildOrder({
    lines: [buildLine({ lineId: 'L1' }), buildLine({ lineId: 'L2', sellerSku: 'SKU-B' })],
    tags: ['vip', 'gift'],
  });

  it('ignores key order, line order, tag order and the platform version', () => {
    const reordered = Object.fromEntries(Object.entries(order).reverse()) as typeof order;
    expect(orderFingerprint(reordered)).toBe(orderFingerprint(order));
    expect(orderFingerprint({ ...order, lines: [...order.lines].reverse(), tags: ['gift', 'vip'] })).toBe(
      orderFingerprint(order),
    );
    expect(orderFingerprint({ ...order, platformModifiedAt: '2030-01-01T00:00:00.000Z' })).toBe(
      orderFingerprint(order),
    );
  });

  it('treats an absent optional field like an undefined one', () => {
    expect(orderFingerprint({ ...order, sellerMemo: undefined })).toBe(orderFingerprint(order));
  });

  it('changes with any meaningful field', () => {
    const variants = [
      { ...order, status: 'paid' as const },
      { ...order, paidAt: '2026-11-11T00:00:01.000Z' },
      { ...order, sellerMemo: '加急' },
      { ...order, shipBlocked: true },
      { ...order, receiver: { ...order.receiver, tokens: { oaid: 'oaid-2' } } },
      { ...order, lines: [buildLine({ lineId: 'L1', shippedQuantity: 1 }), order.lines[1]!] },
      { ...order, totals: { ...order.totals, shipping: fen(1) } },
      { ...order, platformData: { taobao: { x: 1 } } },
    ];
    const fingerprints = new Set([order, ...variants].map(orderFingerprint));
    expect(fingerprints.size).toBe(variants.length + 1);
  });
});
