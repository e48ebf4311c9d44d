import { afterSaleSchema, OmsError, orderSchema } from '@omskit/core';
import { parseJsonExact } from '@omskit/core/gateway';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dig, fixtureJson, fixtureText } from './__fixtures__/read-fixture';
import { mapTaobaoAfterSale } from './map-taobao-after-sale';
import { mapTaobaoOrder } from './map-taobao-order';
import { mapTaobaoTmcMessage } from './taobao-tmc';

type Json = { [key: string]: unknown };
const trade = () =>
  dig(fixtureJson('trade-fullinfo-split-shipped.json'), 'trade_fullinfo_get_response', 'trade') as Json;
const refund = () =>
  (
    dig(fixtureJson('refunds-receive.json'), 'refunds_receive_get_response', 'refunds', 'refund') as Json[]
  )[0] as Json;
const message = () =>
  (
    dig(
      fixtureJson('tmc-messages-consume.json'),
      'tmc_messages_consume_response',
      'messages',
      'tmc_message',
    ) as Json[]
  )[0] as Json;

/** Runs `action`; it must succeed or fail with a typed invalid_input naming a field and keeping the payload. */
function outcome<T>(raw: unknown, action: () => T): T | undefined {
  try {
    return action();
  } catch (error) {
    expect(OmsError.isCode(error, 'invalid_input')).toBe(true);
    if (!OmsError.is(error)) throw error;
    expect(Array.isArray(error.path)).toBe(true);
    expect(error.rawPayload).toBe(raw);
    return undefined;
  }
}

const hostileValue = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom('', ' ', '1e3', '-0', '99999999999999999999', '2026-13-45 25:61:61', 'NaN', '\u0000', null),
  fc.double(),
  fc.bigInt().map(String),
);

/** Replaces or deletes one field somewhere in the object tree. */
function mutate(root: Json, path: readonly number[], value: unknown, remove: boolean): Json {
  const copy = structuredClone(root);
  let node: unknown = copy;
  for (const [depth, pick] of path.entries()) {
    if (typeof node !== 'object' || node === null) break;
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[pick % keys.length] as string;
    const container = node as Json;
    if (depth === path.length - 1 || typeof container[key] !== 'object' || container[key] === null) {
      if (remove) delete container[key];
      else container[key] = value;
      break;
    }
    node = container[key];
  }
  return copy;
}

const mutation = fc.record({
  path: fc.array(fc.nat(60), { minLength: 1, maxLength: 5 }),
  value: hostileValue,
  remove: fc.boolean(),
});

describe('hostile input never escapes as an untyped error or an invented value', () => {
  it('mapTaobaoOrder on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (raw) => {
        const result = outcome(raw, () => mapTaobaoOrder(raw, { shopId: 's' }));
        if (result !== undefined) expect(orderSchema.safeParse(result.order).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('mapTaobaoOrder on mutated real-shaped trades: valid orders whose money adds up, or a typed refusal', () => {
    fc.assert(
      fc.property(mutation, ({ path, value, remove }) => {
        const raw = mutate(trade(), path, value, remove);
        const result = outcome(raw, () => mapTaobaoOrder(raw, { shopId: 's' }));
        if (result === undefined) return;
        const { order } = result;
        expect(orderSchema.safeParse(order).success).toBe(true);
        const goodsPaid = order.totals.paid.amount - order.totals.shipping.amount;
        expect(order.lines.reduce((sum, line) => sum + line.paid.amount, 0)).toBe(goodsPaid);
        expect(order.totals.goods.amount - order.totals.discount.amount + order.totals.shipping.amount).toBe(
          order.totals.paid.amount,
        );
        // The id is the payload's, never made up.
        expect([String(raw.tid_str), String(raw.tid)]).toContain(order.platformOrderId);
      }),
      { numRuns: 500 },
    );
  });

  it('truncated payloads fail to parse or map with typed errors only', () => {
    const text = fixtureText('trade-fullinfo-split-shipped.json');
    fc.assert(
      fc.property(fc.nat(text.length - 1), (cut) => {
        let parsed: unknown;
        try {
          parsed = parseJsonExact(text.slice(0, cut));
        } catch (error) {
          expect(OmsError.isCode(error, 'invalid_input')).toBe(true);
          return;
        }
        const tradeValue = dig(parsed, 'trade_fullinfo_get_response', 'trade');
        outcome(tradeValue, () => mapTaobaoOrder(tradeValue, { shopId: 's' }));
      }),
      { numRuns: 300 },
    );
  });

  it('mapTaobaoAfterSale on mutated refunds', () => {
    fc.assert(
      fc.property(mutation, ({ path, value, remove }) => {
        const raw = mutate(refund(), path, value, remove);
        const result = outcome(raw, () => mapTaobaoAfterSale(raw, { shopId: 's' }));
        if (result !== undefined) expect(afterSaleSchema.safeParse(result.afterSale).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('mapTaobaoTmcMessage on mutated messages and truncated content', () => {
    fc.assert(
      fc.property(mutation, fc.nat(200), ({ path, value, remove }, cut) => {
        const base = message();
        const raw =
          cut % 3 === 0
            ? { ...base, content: String(base.content).slice(0, cut) }
            : mutate(base, path, value, remove);
        const result = outcome(raw, () => mapTaobaoTmcMessage(raw));
        if (result !== undefined) expect(result.messageId).toMatch(/^\d+$/);
      }),
      { numRuns: 300 },
    );
  });
});
