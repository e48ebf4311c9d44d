import { afterSaleSchema, OmsError, orderSchema, type PushRequest } from '@omskit/core';
import { parseJsonExact } from '@omskit/core/gateway';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureData, fixtureText, searchListOrders } from './__fixtures__/load-fixture';
import { parseDouyinPush, signDouyinPush } from './douyin-push';
import { mapDouyinAfterSale } from './map-douyin-after-sale';
import { mapDouyinOrder } from './map-douyin-order';

const shopId = '4463798';
type Json = { [key: string]: unknown } | unknown[];

/** Runs `run`; it must return or throw a typed invalid_input naming the field and keeping the payload. */
function outcome<T>(run: () => T, payload: unknown): T | undefined {
  try {
    return run();
  } catch (error) {
    expect(OmsError.isCode(error, 'invalid_input')).toBe(true);
    const typed = error as OmsError;
    expect(Array.isArray(typed.path)).toBe(true);
    expect(typed.rawPayload).toBe(payload);
    return undefined;
  }
}

function leafPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [path];
  const entries = Array.isArray(value)
    ? value.map((item, index) => [index, item] as const)
    : Object.entries(value);
  return [path, ...entries.flatMap(([key, item]) => leafPaths(item, [...path, key]))];
}

function replaceAt(
  root: unknown,
  path: readonly (string | number)[],
  next: unknown,
  remove: boolean,
): unknown {
  if (path.length === 0) return next;
  const copy = structuredClone(root) as Json;
  let cursor = copy as { [key: string | number]: unknown };
  for (const segment of path.slice(0, -1)) cursor = cursor[segment] as { [key: string | number]: unknown };
  const last = path[path.length - 1] as string | number;
  if (remove) delete cursor[last];
  else cursor[last] = next;
  return copy;
}

const order = searchListOrders()[0];
const orderPaths = leafPaths(order);
const afterSale = (fixtureData('after-sale-list-response.json')['items'] as unknown[])[0];
const afterSalePaths = leafPaths(afterSale);

function checkOrder(raw: unknown): void {
  const mapped = outcome(() => mapDouyinOrder(raw, { shopId }), raw);
  if (mapped === undefined) return;
  expect(orderSchema.safeParse(mapped.order).success).toBe(true);
  // Nothing invented: the id, the line count and the money paid come from the payload.
  const source = raw as { order_id: unknown; sku_order_list: unknown[]; pay_amount: unknown };
  expect(mapped.order.platformOrderId).toBe(String(source.order_id));
  expect(mapped.order.lines).toHaveLength(source.sku_order_list.length);
  expect(mapped.order.totals.paid.amount).toBe(source.pay_amount);
  const goodsPaid = mapped.order.lines.reduce((sum, line) => sum + line.paid.amount, 0);
  expect(goodsPaid).toBe(mapped.order.totals.paid.amount - mapped.order.totals.shipping.amount);
}

describe('hostile input', () => {
  it('mapDouyinOrder survives anything', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => checkOrder(raw)),
      { numRuns: 500 },
    );
  });

  it('mapDouyinOrder survives one field of a real order replaced or removed', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...orderPaths),
        fc.oneof(
          fc.anything(),
          fc.constantFrom(0, -1, 1.5, '', '0', null, 2 ** 53 + 2, '12345678901234567890'),
        ),
        fc.boolean(),
        (path, value, remove) => checkOrder(replaceAt(order, path, value, remove)),
      ),
      { numRuns: 1500 },
    );
  });

  it('truncated order payloads fail as typed errors', () => {
    const text = fixtureText('order-search-list-response.json');
    for (let length = 0; length < text.length; length += 7) {
      let parsed: unknown;
      try {
        parsed = parseJsonExact(text.slice(0, length));
      } catch (error) {
        // The core parser names the offset in its message but sets no path; the text is the payload.
        expect(OmsError.isCode(error, 'invalid_input')).toBe(true);
        continue;
      }
      checkOrder(parsed);
    }
  });

  it('mapDouyinAfterSale survives anything and single-field damage', () => {
    const check = (raw: unknown) => {
      const mapped = outcome(() => mapDouyinAfterSale(raw, { shopId }), raw);
      if (mapped !== undefined) expect(afterSaleSchema.safeParse(mapped.afterSale).success).toBe(true);
    };
    fc.assert(fc.property(fc.anything(), check), { numRuns: 300 });
    fc.assert(
      fc.property(fc.constantFrom(...afterSalePaths), fc.anything(), fc.boolean(), (path, value, remove) =>
        check(replaceAt(afterSale, path, value, remove)),
      ),
      { numRuns: 800 },
    );
  });

  it('parseDouyinPush survives any correctly signed body, and truncated ones', () => {
    const options = { appKey: 'k', appSecret: 's' };
    const signed = (body: string): PushRequest => ({
      method: 'POST',
      body,
      headers: { 'event-sign': signDouyinPush(body, 'k', 's') },
    });
    const check = (body: string) => {
      const result = outcome(() => parseDouyinPush(signed(body), options), body);
      if (result !== undefined) expect(result.reply.status).toBe(200);
    };
    fc.assert(fc.property(fc.string(), check), { numRuns: 300 });
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ tag: fc.anything(), msg_id: fc.anything(), data: fc.oneof(fc.anything(), fc.json()) }),
        ),
        (messages) => check(JSON.stringify(messages) ?? 'null'),
      ),
      { numRuns: 300 },
    );
    const body = '[{"tag":"101","msg_id":"m","data":"{\\"p_id\\":6921841377339523401,\\"shop_id\\":1}"}]';
    for (let length = 0; length <= body.length; length += 1) check(body.slice(0, length));
  });
});
