import { readFileSync } from 'node:fs';
import { parseJsonExact } from '@omskit/core/gateway';

/** The raw text of a fixture next to this file. */
export function fixtureText(name: string): string {
  return readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
}

/** A fixture's `data` object, parsed bigint-safe as the adapter parses responses. */
export function fixtureData(name: string): { [key: string]: unknown } {
  const envelope = parseJsonExact(fixtureText(name)) as { data: { [key: string]: unknown } };
  return envelope.data;
}

/** The shop orders of the searchList fixture. */
export function searchListOrders(): { [key: string]: unknown }[] {
  return fixtureData('order-search-list-response.json')['shop_order_list'] as { [key: string]: unknown }[];
}
