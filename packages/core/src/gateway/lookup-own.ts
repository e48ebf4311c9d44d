/**
 * The value a lookup table holds under `key`, counting only the table's own entries. A platform
 * sends whatever string it likes: `table['toString']` on a plain object literal is
 * `Object.prototype.toString`, not `undefined`, so a status table indexed with `"toString"` or
 * `"__proto__"` would answer with a function. Every adapter looks its codes up through this.
 *
 * @example
 * lookupOwn({ PAID: 'paid' }, 'toString') // undefined
 */
export function lookupOwn<V>(
  table: Readonly<Record<string, V>>,
  key: string | number | undefined,
): V | undefined {
  if (key === undefined) return undefined;
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
