import { readFileSync } from 'node:fs';
import { parseJsonExact } from '@omskit/core/gateway';

/** The text of a fixture next to this file. */
export function fixtureText(name: string): string {
  return readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
}

/** A fixture parsed the way the adapter parses responses (ids above 2^53 kept exact). */
export function fixtureJson(name: string): unknown {
  return parseJsonExact(fixtureText(name));
}

/** Walks `keys` into a parsed fixture (test helper; throws when a key is missing). */
export function dig(value: unknown, ...keys: string[]): unknown {
  let current = value;
  for (const key of keys) {
    if (typeof current !== 'object' || current === null) throw new Error(`no ${key} in fixture`);
    current = (current as { [key: string]: unknown })[key];
  }
  return current;
}
