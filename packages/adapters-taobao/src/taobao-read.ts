import { invalidInput, type MappingWarning, type Money, OmsError } from '@omskit/core';
import { taobaoTimeToIso, taobaoYuan } from './taobao-fast-parse';

/** A JSON object from a platform payload, read field by field and never trusted. */
export type TaobaoObject = { readonly [key: string]: unknown };

/** A field path inside a platform payload (`['orders', 'order', 0, 'price']`). */
export type TaobaoPath = readonly (string | number)[];

/** What a mapper carries while it reads one payload: the payload itself and the warnings so far. */
export interface TaobaoReadContext {
  readonly raw: unknown;
  readonly warnings: MappingWarning[];
}

/** Starts reading `raw`. */
export function readContext(raw: unknown): TaobaoReadContext {
  return { raw, warnings: [] };
}

/** Throws `invalid_input` naming the field and keeping the whole payload for quarantine. */
export function failAt(
  context: TaobaoReadContext,
  path: TaobaoPath,
  problem: string,
  cause?: unknown,
): never {
  throw invalidInput(path, problem, {
    platform: 'taobao',
    rawPayload: context.raw,
    ...(cause === undefined ? {} : { cause }),
  });
}

/** Records a warning: the field was odd and was not used. */
export function warnAt(context: TaobaoReadContext, path: TaobaoPath, message: string): void {
  context.warnings.push({ path: [...path], message });
}

/** True for a plain JSON object. */
export function isTaobaoObject(value: unknown): value is TaobaoObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value as an object, or `invalid_input` at `path`. */
export function requireObject(context: TaobaoReadContext, value: unknown, path: TaobaoPath): TaobaoObject {
  if (!isTaobaoObject(value)) failAt(context, path, 'expected an object');
  return value;
}

const isAbsent = (value: unknown): boolean => value === undefined || value === null || value === '';

/** A text field; numbers and booleans are written out. Absent or empty gives `undefined`. */
export function optionalText(
  context: TaobaoReadContext,
  object: TaobaoObject,
  key: string,
  path: TaobaoPath,
): string | undefined {
  const value = object[key];
  if (isAbsent(value)) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  warnAt(
    context,
    [...path, key],
    `expected text, got ${Array.isArray(value) ? 'array' : typeof value}; ignored`,
  );
  return undefined;
}

/** A text field that must be present. */
export function requiredText(
  context: TaobaoReadContext,
  object: TaobaoObject,
  key: string,
  path: TaobaoPath,
): string {
  const value = object[key];
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return failAt(context, [...path, key], isAbsent(value) ? 'missing' : 'expected text');
}

const digits = /^[1-9][0-9]{0,39}$/;

function idFrom(value: unknown): string | undefined {
  if (typeof value === 'string' && digits.test(value)) return value;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return String(value);
  return undefined;
}

/**
 * A numeric platform id as an exact string, preferring the `<key>_str` twin (`tid_str`) and
 * accepting the number itself only while it is exact (the gateway's parser turns larger ones
 * into strings).
 */
export function readId(
  context: TaobaoReadContext,
  object: TaobaoObject,
  key: string,
  path: TaobaoPath,
  required: true,
): string;
export function readId(
  context: TaobaoReadContext,
  object: TaobaoObject,
  key: string,
  path: TaobaoPath,
  required: false,
): string | undefined;
export function readId(
  context: TaobaoReadContext,
  object: TaobaoObject,
  key: string,
  path: TaobaoPath,
  required: boolean,
): string | undefined {
  const twin = object[key === 'tid' ? 'tid_str' : key === 'oid' ? 'oid_str' : `${key}_str`];
  const fromTwin = idFrom(twin);
  const fromNumber = idFrom(object[key]);
  if (fromTwin !== undefined) {
    if (fromNumber !== undefined && fromNumber !== fromTwin) {
      warnAt(context, [...path, key], `differs from ${key}_str; ${key}_str used`);
    }
    return fromTwin;
  }
  if (!isAbsent(twin)) warnAt(context, [...path, `${key}_str`], 'not a decimal id; ignored');
  if (fromNumber !== undefined) return fromNumber;
  if (typeof object[key] === 'number') {
    return failAt(context, [...path, key], 'id is not an exact integer (parse with parseJsonExact)');
  }
  if (required)
    return failAt(context, [...path, key], isAbsent(object[key]) ? 'missing' : 'not a decimal id');
  if (!isAbsent(object[key])) warnAt(context, [...path, key], 'not a decimal id; ignored');
  return undefined;
}

// Paths are built only when something is wrong: the success path allocates nothing extra.
function yuan(context: TaobaoReadContext, value: unknown, path: TaobaoPath, key: string): Money {
  if (typeof value !== 'string' && typeof value !== 'number') {
    return failAt(context, [...path, key], 'expected a yuan amount');
  }
  try {
    return taobaoYuan(value);
  } catch (error) {
    const problem = OmsError.is(error) ? error.message.replace(/^\(root\): /, '') : 'bad amount';
    return failAt(context, [...path, key], problem, error);
  }
}

/** A yuan amount that must be present. */
export function requiredMoney(
  context: TaobaoReadContext,
  object: TaobaoObject,
  key: string,
  path: TaobaoPath,
): Money {
  if (isAbsent(object[key])) return failAt(context, [...path, key], 'missing');
  return yuan(context, object[key], path, key);
}

/** A yuan amount that may be absent; a malformed one is a warning and `undefined`. */
export function optionalMoney(
  context: TaobaoReadContext,
  object: TaobaoObject,
  key: string,
  path: TaobaoPath,
): Money | undefined {
  if (isAbsent(object[key])) return undefined;
  try {
    return yuan(context, object[key], path, key);
  } catch {
    warnAt(context, [...path, key], `not a yuan amount: ${JSON.stringify(object[key])}; ignored`);
    return undefined;
  }
}

/** An Asia/Shanghai wall time as an ISO instant; required ones throw, optional ones warn. */
export function readTime(
  context: TaobaoReadContext,
  object: TaobaoObject,
  key: string,
  path: TaobaoPath,
  required: boolean,
): string | undefined {
  const value = object[key];
  if (isAbsent(value)) return required ? failAt(context, [...path, key], 'missing') : undefined;
  try {
    if (typeof value !== 'string') throw new TypeError('not text');
    return taobaoTimeToIso(value);
  } catch (error) {
    if (required) return failAt(context, [...path, key], 'expected yyyy-MM-dd HH:mm:ss', error);
    warnAt(context, [...path, key], `not a yyyy-MM-dd HH:mm:ss time: ${JSON.stringify(value)}; ignored`);
    return undefined;
  }
}

/** A whole number (JSON number or digit string); malformed ones throw when required, else warn. */
export function readInteger(
  context: TaobaoReadContext,
  object: TaobaoObject,
  key: string,
  path: TaobaoPath,
  required: boolean,
): number | undefined {
  const value = object[key];
  const number = typeof value === 'string' && /^-?\d{1,15}$/.test(value) ? Number(value) : value;
  if (typeof number === 'number' && Number.isSafeInteger(number)) return number;
  if (isAbsent(value)) return required ? failAt(context, [...path, key], 'missing') : undefined;
  if (required) return failAt(context, [...path, key], 'expected an integer');
  warnAt(context, [...path, key], `expected an integer, got ${JSON.stringify(value)}; ignored`);
  return undefined;
}

/** A boolean (`true`/`false` or their text). */
export function readBoolean(
  context: TaobaoReadContext,
  object: TaobaoObject,
  key: string,
  path: TaobaoPath,
): boolean | undefined {
  const value = object[key];
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  if (!isAbsent(value))
    warnAt(context, [...path, key], `expected a boolean, got ${JSON.stringify(value)}; ignored`);
  return undefined;
}

/**
 * The elements of a TOP list, which non-simplified JSON wraps in a singular-named object
 * (`"orders":{"order":[...]}`); a bare array (simplified JSON) is accepted too.
 */
export function readWrappedList(
  context: TaobaoReadContext,
  object: TaobaoObject,
  key: string,
  inner: string,
  path: TaobaoPath,
): { items: readonly unknown[]; path: TaobaoPath } {
  const value = object[key];
  if (Array.isArray(value)) return { items: value, path: [...path, key] };
  if (isAbsent(value)) return { items: [], path: [...path, key] };
  const wrapper = requireObject(context, value, [...path, key]);
  const list = wrapper[inner];
  if (isAbsent(list)) return { items: [], path: [...path, key, inner] };
  if (!Array.isArray(list)) return failAt(context, [...path, key, inner], 'expected an array');
  return { items: list, path: [...path, key, inner] };
}

/** Copies the fields of `object` not listed in `used` (platform-only data, kept verbatim). */
export function unusedFields(object: TaobaoObject, used: ReadonlySet<string>): { [key: string]: unknown } {
  const rest: { [key: string]: unknown } = {};
  for (const key in object) {
    if (!Object.hasOwn(object, key) || used.has(key)) continue;
    const value = object[key];
    if (value !== undefined) rest[key] = value;
  }
  return rest;
}
