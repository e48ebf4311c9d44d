import { invalidInput, type MappingWarning } from '@omskit/core';

/** A path into a platform payload. */
export type JdPath = readonly (string | number)[];

/** A JSON object as the mappers see it (read-only, unknown members). */
export type JdObject = { readonly [key: string]: unknown };

/** Reading context shared by a mapper: the whole payload (kept on errors) and the warnings. */
export interface JdReadContext {
  readonly raw: unknown;
  readonly warnings: MappingWarning[];
}

/** JD's "not yet" dates. */
export const jdSentinelDates: readonly string[] = ['0001-01-01 00:00:00', '1970-01-01 00:00:00'];

/** Throws `invalid_input` naming `path`, keeping the raw payload. */
export function fail(context: JdReadContext, path: JdPath, problem: string, cause?: unknown): never {
  throw invalidInput(path, problem, {
    platform: 'jd',
    rawPayload: context.raw,
    ...(cause === undefined ? {} : { cause }),
  });
}

/** Adds a mapping warning. */
export function warn(context: JdReadContext, path: JdPath, message: string): void {
  context.warnings.push({ path: [...path], message });
}

/** The value as an object, or undefined when it is not one. */
export function asJdObject(value: unknown): JdObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as JdObject)
    : undefined;
}

/** A required object. */
export function requireObject(context: JdReadContext, value: unknown, path: JdPath): JdObject {
  const object = asJdObject(value);
  if (object === undefined) fail(context, path, 'expected an object');
  return object;
}

/** An optional text field: strings as they are, numbers as decimal text; `null`/missing is undefined. */
export function optionalText(
  context: JdReadContext,
  object: JdObject,
  key: string,
  path: JdPath,
): string | undefined {
  const value = object[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'bigint') return value.toString();
  fail(context, [...path, key], `expected text, got ${Array.isArray(value) ? 'array' : typeof value}`);
}

/** A required, non-empty text field. */
export function requireText(context: JdReadContext, object: JdObject, key: string, path: JdPath): string {
  const text = optionalText(context, object, key, path);
  if (text === undefined || text.trim() === '') fail(context, [...path, key], 'required and missing');
  return text;
}

/** An id: digits only (string, safe number, or an exact big-integer string from parseJsonExact). */
export function requireId(context: JdReadContext, object: JdObject, key: string, path: JdPath): string {
  const value = object[key];
  if (typeof value === 'number' && !Number.isSafeInteger(value)) {
    fail(context, [...path, key], 'id above 2^53 arrived as an inexact number; parse with parseJsonExact');
  }
  const text = requireText(context, object, key, path);
  if (!/^\d{1,40}$/.test(text)) fail(context, [...path, key], `not an id: ${JSON.stringify(text)}`);
  return text;
}

const wallTimePattern = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?$/;
const shanghaiOffsetMs = 8 * 60 * 60 * 1000;

/**
 * Asia/Shanghai wall time (`yyyy-MM-dd HH:mm:ss`, optional `.SSS`) to epoch ms, or `undefined` when
 * it is not a real time after 1970. A lean twin of core's `shanghaiWallTimeToIso` (same fixed
 * UTC+8 rule): it runs five times per order on the pull path, where the benchmark showed it costly.
 */
export function jdWallTimeToMs(text: string): number | undefined {
  const match = wallTimePattern.exec(text);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const hour = Number(match[4]);
  const minute = Number(match[5]);
  const second = Number(match[6]);
  const millis = match[7] === undefined ? 0 : Number(match[7].padEnd(3, '0'));
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (year < 1970 || month < 1 || month > 12 || day < 1 || day > daysInMonth) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  return Date.UTC(year, month - 1, day, hour, minute, second, millis) - shanghaiOffsetMs;
}

/** A JD wall time as an ISO instant; sentinel dates and empty values are `undefined`. */
export function optionalJdTime(
  context: JdReadContext,
  object: JdObject,
  key: string,
  path: JdPath,
): string | undefined {
  const text = optionalText(context, object, key, path);
  if (text === undefined || text === '' || jdSentinelDates.includes(text)) return undefined;
  const ms = jdWallTimeToMs(text);
  if (ms === undefined) fail(context, [...path, key], `not a JD time: ${JSON.stringify(text)}`);
  return new Date(ms).toISOString();
}

/** A required JD wall time. */
export function requireJdTime(context: JdReadContext, object: JdObject, key: string, path: JdPath): string {
  const iso = optionalJdTime(context, object, key, path);
  if (iso === undefined) fail(context, [...path, key], 'required time is missing or a "not yet" sentinel');
  return iso;
}

/** An optional array; `null`/missing is an empty list. */
export function optionalArray(
  context: JdReadContext,
  object: JdObject,
  key: string,
  path: JdPath,
): readonly unknown[] {
  const value = object[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) fail(context, [...path, key], 'expected an array');
  return value;
}
