// Test helper: reads a fixture of this folder the way the adapter reads JOS answers (parseJsonExact).
import { readFileSync } from 'node:fs';
import { parseJsonExact } from '@omskit/core/gateway';

/** The text of a fixture file in this folder. */
export function jdFixtureText(name: string): string {
  return readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
}

/** The `orderInfoList` of the search-response fixture, parsed exactly. */
export function jdFixtureOrders(): Record<string, unknown>[] {
  const body = parseJsonExact(jdFixtureText('jd-order-search-response.json')) as {
    jingdong_pop_order_search_responce: {
      searchorderinfo_result: { orderInfoList: Record<string, unknown>[] };
    };
  };
  return body.jingdong_pop_order_search_responce.searchorderinfo_result.orderInfoList;
}

/** The first fixture order (multi-line, masked receiver, coupons), a fresh copy each call. */
export function jdFixtureOrder(index = 0): Record<string, unknown> {
  const order = jdFixtureOrders()[index];
  if (order === undefined) throw new Error(`no fixture order ${index}`);
  return order;
}
