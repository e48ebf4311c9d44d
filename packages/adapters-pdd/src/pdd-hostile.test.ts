import { afterSaleSchema, moneyFromYuan, OmsError, orderSchema, sumMoney } from '@omskit/core';
import { parseJsonExact } from '@omskit/core/gateway';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tradeConfirmedFrame } from './__fixtures__/pdd-frame-fixtures';
import { docShapeOrderJson, multiLineOrderJson } from './__fixtures__/pdd-order-fixtures';
import { docShapeRefundJson } from './__fixtures__/pdd-refund-fixtures';
import { mapPddAfterSale } from './map-pdd-after-sale';
import { mapPddOrder } from './map-pdd-order';
import { parsePddMessageFrame } from './pdd-message-frame';

type Json = { [key: string]: unknown };

/** Runs `action`; passes when it returns, or throws a typed invalid_input naming a field with the payload kept. */
function expectTypedOutcome<T>(action: () => T, raw: unknown): T | undefined {
  try {
    return action();
  } catch (error) {
    if (!OmsError.isCode(error, 'invalid_input')) throw error;
    expect(Array.isArray(error.path)).toBe(true);
    expect(error.rawPayload).toBe(raw);
    return undefined;
  }
}

const orders = [docShapeOrderJson, multiLineOrderJson].map((text) => parseJsonExact(text) as Json);
const fieldNames = [...new Set(orders.flatMap((order) => Object.keys(order)))];
const itemFields = [
  'goods_id',
  'sku_id',
  'outer_id',
  'goods_name',
  'goods_price',
  'goods_count',
  'goods_spec',
];

// A valid order with some fields replaced by arbitrary JSON or removed.
const mutatedOrder = fc
  .record({
    order: fc.constantFrom(...orders),
    patches: fc.array(
      fc.tuple(fc.constantFrom(...fieldNames), fc.option(fc.jsonValue(), { nil: undefined })),
      { maxLength: 4 },
    ),
    itemPatches: fc.array(
      fc.tuple(fc.constantFrom(...itemFields), fc.option(fc.jsonValue(), { nil: undefined })),
      { maxLength: 3 },
    ),
  })
  .map(({ order, patches, itemPatches }) => {
    const copy: Json = { ...order };
    for (const [key, value] of patches) {
      if (value === undefined) delete copy[key];
      else copy[key] = value;
    }
    if (Array.isArray(copy['item_list']) && itemPatches.length > 0) {
      const [first, ...rest] = copy['item_list'] as Json[];
      const item: Json = { ...first };
      for (const [key, value] of itemPatches) {
        if (value === undefined) delete item[key];
        else item[key] = value;
      }
      copy['item_list'] = [item, ...rest];
    }
    return copy;
  });

describe('hostile input', () => {
  it('mapPddOrder never throws untyped errors on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (raw) => {
        const result = expectTypedOutcome(() => mapPddOrder(raw, { shopId: 's' }), raw);
        if (result !== undefined) expect(orderSchema.safeParse(result.order).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('mapPddOrder on mutated orders: a valid order without invented values, or a typed error', () => {
    fc.assert(
      fc.property(mutatedOrder, (raw) => {
        const result = expectTypedOutcome(() => mapPddOrder(raw, { shopId: 's' }), raw);
        if (result === undefined) return;
        const { order } = result;
        expect(orderSchema.safeParse(order).success).toBe(true);
        expect(order.platformOrderId).toBe(String(raw['order_sn']));
        const paid = moneyFromYuan(raw['pay_amount'] as string | number);
        expect(order.totals.paid).toEqual(paid);
        expect(sumMoney(order.lines.map((line) => line.paid)).amount).toBe(
          paid.amount - order.totals.shipping.amount,
        );
        expect(order.lines.length).toBe((raw['item_list'] as unknown[]).length);
      }),
      { numRuns: 500 },
    );
  });

  it('truncated order text fails in the parser or maps to a typed outcome', () => {
    fc.assert(
      fc.property(fc.nat(multiLineOrderJson.length), (cut) => {
        let raw: unknown;
        try {
          raw = parseJsonExact(multiLineOrderJson.slice(0, cut));
        } catch (error) {
          expect(OmsError.is(error)).toBe(true);
          return;
        }
        expectTypedOutcome(() => mapPddOrder(raw, { shopId: 's' }), raw);
      }),
      { numRuns: 200 },
    );
  });

  it('mapPddAfterSale never throws untyped errors', () => {
    const base = parseJsonExact(docShapeRefundJson) as Json;
    const keys = Object.keys(base);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc
            .array(fc.tuple(fc.constantFrom(...keys), fc.jsonValue()), { maxLength: 4 })
            .map((patches) => ({ ...base, ...Object.fromEntries(patches) })),
        ),
        (raw) => {
          const result = expectTypedOutcome(() => mapPddAfterSale(raw, { shopId: 's' }), raw);
          if (result !== undefined) expect(afterSaleSchema.safeParse(result.afterSale).success).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('parsePddMessageFrame throws only typed invalid_input on fuzzed and truncated frames', () => {
    const check = (text: string) => {
      try {
        parsePddMessageFrame(text);
      } catch (error) {
        expect(OmsError.isCode(error, 'invalid_input')).toBe(true);
      }
    };
    fc.assert(fc.property(fc.string(), check), { numRuns: 200 });
    fc.assert(
      fc.property(
        fc.jsonValue().map((value) => JSON.stringify(value)),
        check,
      ),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.nat(tradeConfirmedFrame.length), (cut) => check(tradeConfirmedFrame.slice(0, cut))),
      {
        numRuns: 200,
      },
    );
    const frame = JSON.parse(tradeConfirmedFrame) as Json;
    fc.assert(
      fc.property(fc.constantFrom('id', 'commandType', 'sendTime', 'message'), fc.jsonValue(), (key, value) =>
        check(JSON.stringify({ ...frame, [key]: value })),
      ),
      { numRuns: 200 },
    );
  });
});
