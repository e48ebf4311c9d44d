import { invalidInput } from '@omskit/core';

/** Options of {@link serializeDouyinParamJson}. */
export interface DouyinParamJsonOptions {
  /**
   * Write U+2028 and U+2029 as `\u2028` / `\u2029`. The official Go SDK does (Go's encoder escapes
   * them unconditionally); whether the gateway signs them that way is UNVERIFIED. Default `true`.
   */
  escapeLineSeparators?: boolean;
}

/** A value `param_json` can hold. `bigint` is written as its digits, `undefined` members are left out. */
export type DouyinParamValue =
  | string
  | number
  | bigint
  | boolean
  | null
  | undefined
  | readonly DouyinParamValue[]
  | { readonly [key: string]: DouyinParamValue };

// Go sorts map keys by their UTF-8 bytes, which is code point order; JS's default sort compares
// UTF-16 units and disagrees for characters above U+FFFF against U+E000..U+FFFF.
function compareCodePoints(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  const length = Math.min(left.length, right.length);
  for (let index = 0; index < length; index += 1) {
    const difference = (left[index]?.codePointAt(0) ?? 0) - (right[index]?.codePointAt(0) ?? 0);
    if (difference !== 0) return difference;
  }
  return left.length - right.length;
}

const asciiKey = /^[\x20-\x7e]*$/;

function sortKeys(keys: string[]): string[] {
  return keys.every((key) => asciiKey.test(key)) ? keys.sort() : keys.sort(compareCodePoints);
}

function writeString(text: string, escapeLineSeparators: boolean): string {
  const json = JSON.stringify(text);
  return escapeLineSeparators ? json.replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029') : json;
}

function write(
  value: DouyinParamValue,
  path: (string | number)[],
  escapeLineSeparators: boolean,
): string | undefined {
  if (value === undefined) return undefined;
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return writeString(value, escapeLineSeparators);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      return value.toString();
    case 'number':
      if (!Number.isFinite(value)) throw invalidInput(path, `param_json cannot hold ${String(value)}`);
      // JSON.stringify writes 1.0 as 1 and -0 as 0, as the Go SDK does after its round trip.
      return JSON.stringify(value);
    default:
      break;
  }
  if (Array.isArray(value)) {
    const items = value.map(
      (item: DouyinParamValue, index: number) =>
        write(item, [...path, index], escapeLineSeparators) ?? 'null',
    );
    return `[${items.join(',')}]`;
  }
  const record = value as { readonly [key: string]: DouyinParamValue };
  const members: string[] = [];
  for (const key of sortKeys(Object.keys(record))) {
    const written = write(record[key], [...path, key], escapeLineSeparators);
    if (written !== undefined) members.push(`${writeString(key, escapeLineSeparators)}:${written}`);
  }
  return `{${members.join(',')}}`;
}

/**
 * Serialises business parameters as Douyin's `param_json`: compact JSON with object keys sorted
 * recursively, `<`, `>`, `&` and Chinese written as they are (not escaped). An empty or absent
 * parameter object gives `{}`. The same string is both signed and sent as the request body.
 *
 * @example
 * ```ts
 * serializeDouyinParamJson({ size: 100, page: 0, order_by: 'update_time' });
 * //=> '{"order_by":"update_time","page":0,"size":100}'
 * ```
 *
 * @throws OmsError `invalid_input` naming the field when a number is `NaN` or infinite.
 */
export function serializeDouyinParamJson(
  params: { readonly [key: string]: DouyinParamValue } | undefined,
  options: DouyinParamJsonOptions = {},
): string {
  return write(params ?? {}, [], options.escapeLineSeparators ?? true) ?? '{}';
}
