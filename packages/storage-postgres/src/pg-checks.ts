import { invalidInput } from '@omskit/core';

/** A field path as `invalidInput` takes it. */
type FieldPath = readonly (string | number)[];

// The same input rules as the in-memory stores, so both refuse the same calls with the same path.

/** `value` when it is a non-empty string; throws `invalid_input` naming `path` otherwise. */
export function requireText(value: unknown, path: FieldPath): string {
  if (typeof value !== 'string' || value === '') throw invalidInput(path, 'must be a non-empty string');
  return value;
}

/** `value` when it is a safe integer (any sign). */
export function requireInteger(value: unknown, path: FieldPath): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw invalidInput(path, `must be an integer, got ${String(value)}`);
  }
  return value;
}

/** `value` when it is a safe integer >= 1. */
export function requirePositiveInteger(value: unknown, path: FieldPath): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw invalidInput(path, `must be a positive integer, got ${String(value)}`);
  }
  return value;
}

/** `value` when it is a safe integer >= 0. */
export function requireNonNegativeInteger(value: unknown, path: FieldPath): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw invalidInput(path, `must be a non-negative integer, got ${String(value)}`);
  }
  return value;
}

/** `value` when it is a finite number (epoch ms, a duration). */
export function requireFinite(value: unknown, path: FieldPath): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw invalidInput(path, `must be a finite number, got ${String(value)}`);
  }
  return value;
}

/** `value` when it is epoch ms that a `Date` can represent. */
export function requireEpochMs(value: unknown, path: FieldPath): number {
  if (typeof value !== 'number' || !Number.isFinite(new Date(value).getTime())) {
    throw invalidInput(path, `must be epoch milliseconds, got ${String(value)}`);
  }
  return value;
}

/** `value` when it is a finite number > 0 (a ttl or lease length). */
export function requirePositiveDuration(value: unknown, path: FieldPath): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw invalidInput(path, `must be a positive number of milliseconds, got ${String(value)}`);
  }
  return value;
}

/** Epoch ms of an ISO instant; throws `invalid_input` naming `path` when it does not parse. */
export function requireInstantMs(value: unknown, path: FieldPath): number {
  const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (!Number.isFinite(ms)) throw invalidInput(path, `must be an ISO instant, got ${JSON.stringify(value)}`);
  return ms;
}

/**
 * The JSON text of a value bound for a jsonb column, or null for `undefined` (no value). Throws
 * `invalid_input` naming `path` when it is not JSON-serialisable, as the in-memory stores do.
 */
export function jsonText(value: unknown, path: FieldPath): string | null {
  if (value === undefined) return null;
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (error) {
    throw invalidInput(path, 'must be JSON-serialisable', { cause: error });
  }
  if (text === undefined) throw invalidInput(path, 'must be JSON-serialisable');
  return text;
}

/** Orders strings by UTF-16 code unit, as every store sorts ids. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
