import type { Money } from '@omskit/core';
import { invalidInput, moneyFromYuan, OmsError } from '@omskit/core';
import { pddWallTimeToIso } from './pdd-wall-time';

/** A field path inside a platform payload. */
export type PayloadPath = readonly (string | number)[];

/** A parsed JSON object, read field by field. */
export type JsonObject = { readonly [key: string]: unknown };

/** Where a reader is: the object, its path in the payload, and the whole payload for quarantine. */
export interface ReadScope {
  readonly object: JsonObject;
  readonly path: PayloadPath;
  readonly raw: unknown;
}

/** True for a plain JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A scope over `value`, or `invalid_input` naming `path` when it is not an object. */
export function scopeOf(value: unknown, path: PayloadPath, raw: unknown): ReadScope {
  if (!isJsonObject(value)) throw invalidInput(path, 'expected an object', { rawPayload: raw });
  return { object: value, path, raw };
}

/** The `invalid_input` error for one field of a scope. */
export function fieldError(
  scope: ReadScope,
  key: string | number,
  problem: string,
  cause?: unknown,
): OmsError {
  return invalidInput([...scope.path, key], problem, { rawPayload: scope.raw, cause });
}

/** Text of a field: strings as is, finite numbers as their decimal text; `''`, null and absent give undefined. */
export function optionalText(scope: ReadScope, key: string): string | undefined {
  const value = scope.object[key];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  throw fieldError(scope, key, `expected text, got ${typeof value}`);
}

/** Like {@link optionalText}, but the field must be present and non-empty. */
export function requiredText(scope: ReadScope, key: string): string {
  const text = optionalText(scope, key);
  if (text === undefined) throw fieldError(scope, key, 'required and missing');
  return text;
}

/**
 * An id: a non-empty string, or an integer number (ids above 2^53 arrive as strings from the
 * bigint-safe parser, so a number here is always exact).
 */
export function optionalId(scope: ReadScope, key: string): string | undefined {
  const value = scope.object[key];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  throw fieldError(scope, key, 'expected an id as string or integer');
}

/** An integer field given as a number or a digit string; absent, null or `''` give undefined. */
export function optionalInteger(scope: ReadScope, key: string): number | undefined {
  const value = scope.object[key];
  if (value === undefined || value === null || value === '') return undefined;
  const number = typeof value === 'string' && /^-?\d{1,15}$/.test(value) ? Number(value) : value;
  if (typeof number === 'number' && Number.isSafeInteger(number)) return number;
  throw fieldError(scope, key, 'expected an integer');
}

/** Like {@link optionalInteger}, but required. */
export function requiredInteger(scope: ReadScope, key: string): number {
  const value = optionalInteger(scope, key);
  if (value === undefined) throw fieldError(scope, key, 'required and missing');
  return value;
}

/** A yuan amount (number or decimal string) as exact money; absent gives undefined. */
export function optionalYuan(scope: ReadScope, key: string): Money | undefined {
  const value = scope.object[key];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw fieldError(scope, key, `expected a yuan amount, got ${typeof value}`);
  }
  try {
    return moneyFromYuan(value);
  } catch (error) {
    throw fieldError(
      scope,
      key,
      OmsError.is(error) ? error.message.replace(/^\(root\): /, '') : 'bad amount',
      error,
    );
  }
}

/** Like {@link optionalYuan}, but required. */
export function requiredYuan(scope: ReadScope, key: string): Money {
  const money = optionalYuan(scope, key);
  if (money === undefined) throw fieldError(scope, key, 'required and missing');
  return money;
}

/** An Asia/Shanghai wall time as an ISO instant; absent or `''` give undefined. */
export function optionalWallTime(scope: ReadScope, key: string): string | undefined {
  const text = optionalText(scope, key);
  if (text === undefined) return undefined;
  try {
    return pddWallTimeToIso(text);
  } catch (error) {
    throw fieldError(scope, key, 'expected yyyy-MM-dd HH:mm:ss', error);
  }
}

/** Like {@link optionalWallTime}, but required. */
export function requiredWallTime(scope: ReadScope, key: string): string {
  const value = optionalWallTime(scope, key);
  if (value === undefined) throw fieldError(scope, key, 'required and missing');
  return value;
}
