import { moneyFromYuan, OmsError, orderSchema, sumMoney } from '@omskit/core';
import { parseJsonExact } from '@omskit/core/gateway';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jdFixtureOrder } from './__fixtures__/load-jd-fixture';
import { mapJdOrder } from './map-jd-order';

type Raw = Record<string, unknown>;

/** Maps, and checks the only two allowed outcomes: a valid order, or invalid_input naming a field. */
function mapOrExplain(raw: unknown): ReturnType<typeof mapJdOrder> | undefined {
  try {
    const mapped = mapJdOrder(raw, { shopId: 'fuzz' });
    expect(orderSchema.safeParse(mapped.order).success).toBe(true);
    return mapped;
  } catch (error) {
    expect(OmsError.isCode(error, 'invalid_input')).toBe(true);
    if (!OmsError.is(error)) throw error;
    expect(Array.isArray(error.path)).toBe(true);
    expect(error.rawPayload).toBe(raw);
    return undefined;
  }
}

const topKeys = Object.keys(jdFixtureOrder(0));
const consigneeKeys = Object.keys(jdFixtureOrder(0)['consigneeInfo'] as Raw);
const itemKeys = Object.keys((jdFixtureOrder(0)['itemInfoList'] as Raw[])[0] as Raw);
const couponKeys = ['skuId', 'couponType', 'couponPrice'];

const mutation = fc.oneof(
  fc.record({ at: fc.constantFrom(...topKeys.map((key) => [key])), value: fc.option(fc.jsonValue()) }),
  fc.record({
    at: fc.constantFrom(...consigneeKeys.map((key) => ['consigneeInfo', key])),
    value: fc.option(fc.jsonValue()),
  }),
  fc.record({
    at: fc.tuple(fc.constant('itemInfoList'), fc.integer({ min: 0, max: 1 }), fc.constantFrom(...itemKeys)),
    value: fc.option(fc.jsonValue()),
  }),
  fc.record({
    at: fc.tuple(
      fc.constant('couponDetailList'),
      fc.integer({ min: 0, max: 1 }),
      fc.constantFrom(...couponKeys),
    ),
    value: fc.option(fc.jsonValue()),
  }),
);

/** Sets (or, for `null` from fc.option, deletes) the value at a path of a fresh fixture copy. */
function mutate(raw: Raw, at: readonly (string | number)[], value: unknown): Raw {
  let target: unknown = raw;
  for (const segment of at.slice(0, -1)) target = (target as Record<string | number, unknown>)?.[segment];
  const last = at[at.length - 1];
  if (typeof target === 'object' && target !== null && last !== undefined) {
    if (value === null) delete (target as Record<string | number, unknown>)[last];
    else (target as Record<string | number, unknown>)[last] = value;
  }
  return raw;
}

describe('mapJdOrder on hostile input', () => {
  it('any JSON value: a valid order or a typed invalid_input, never anything else', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => void mapOrExplain(value)),
      { numRuns: 500 },
    );
  });

  it('fuzzed fields of a real order: typed errors, and no invented values when it maps', () => {
    fc.assert(
      fc.property(
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 1 }),
        (mutations, index) => {
          const raw = jdFixtureOrder(index);
          for (const { at, value } of mutations) mutate(raw, at, value);
          const mapped = mapOrExplain(raw);
          if (mapped === undefined) return;
          const { order } = mapped;
          expect(order.platformOrderId).toBe(String(raw['orderId']));
          expect(order.lines.length).toBe((raw['itemInfoList'] as unknown[]).length);
          expect(order.totals.paid).toEqual(moneyFromYuan(String(raw['orderPayment'])));
          expect(sumMoney(order.lines.map((line) => line.paid)).amount).toBe(
            order.totals.paid.amount - order.totals.shipping.amount,
          );
          expect(order.platformStatus).toBe(raw['orderState']);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('codes named after Object.prototype members are unknown codes, not inherited values', () => {
    // A fuzz run found `orderState: "toString"` mapping to a function instead of failing.
    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf']) {
      const raw = jdFixtureOrder(0);
      raw['orderState'] = name;
      expect(() => mapJdOrder(raw, { shopId: 'fuzz' })).toThrowError(/unknown JD order state/);
      const coupon = jdFixtureOrder(0);
      coupon['couponDetailList'] = [{ skuId: null, couponType: name, couponPrice: '1.00' }];
      mapOrExplain(coupon);
    }
  });

  it('truncated payloads fail in the parser with a typed error, never in the mapper', () => {
    const text = JSON.stringify(jdFixtureOrder(0));
    for (let cut = 0; cut < text.length; cut += 1) {
      let parsed: unknown;
      try {
        parsed = parseJsonExact(text.slice(0, cut));
      } catch (error) {
        expect(OmsError.isCode(error, 'invalid_input')).toBe(true);
        continue;
      }
      mapOrExplain(parsed);
    }
  });

  it('orders with keys removed at random: typed errors or valid orders', () => {
    fc.assert(
      fc.property(fc.subarray(topKeys), (removed) => {
        const raw = jdFixtureOrder(0);
        for (const key of removed) delete raw[key];
        mapOrExplain(raw);
      }),
      { numRuns: 300 },
    );
  });
});
