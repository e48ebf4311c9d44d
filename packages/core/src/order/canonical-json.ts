function isOmitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/**
 * A stable text form of JSON-like data: object keys sorted (by UTF-16 code units, independent
 * of locale and of insertion order), object members whose value is `undefined` left out (so a
 * missing optional field equals an explicit `undefined`), arrays kept in order. Beyond JSON it
 * writes bigints as `123n` and dates as `Date(<iso>)`, and non-finite numbers as `NaN`,
 * `Infinity`, `-Infinity`, so distinct values never print alike. The output is meant for equality
 * checks, not for `JSON.parse`. Cyclic data is not supported.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || isOmitted(value)) return 'null';
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  if (value instanceof Date) return `Date(${Number.isNaN(value.getTime()) ? 'NaN' : value.toISOString()})`;
  const members: string[] = [];
  for (const key of Object.keys(value).sort()) {
    const member: unknown = (value as Record<string, unknown>)[key];
    if (isOmitted(member)) continue;
    members.push(`${JSON.stringify(key)}:${canonicalJson(member)}`);
  }
  return `{${members.join(',')}}`;
}
