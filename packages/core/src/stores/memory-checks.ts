import { invalidInput } from '../errors/oms-error';

/** A field path as {@link invalidInput} takes it. */
type FieldPath = readonly (string | number)[];

/** Returns `value` when it is a non-empty string; throws `invalid_input` naming `path` otherwise. */
export function requireText(value: unknown, path: FieldPath): string {
  if (typeof value !== 'string' || value === '') throw invalidInput(path, 'must be a non-empty string');
  return value;
}

/** Returns `value` when it is a safe integer (any sign); throws `invalid_input` otherwise. */
export function requireInteger(value: unknown, path: FieldPath): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw invalidInput(path, `must be an integer, got ${String(value)}`);
  }
  return value;
}

/** Returns `value` when it is a safe integer >= 1; throws `invalid_input` otherwise. */
export function requirePositiveInteger(value: unknown, path: FieldPath): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw invalidInput(path, `must be a positive integer, got ${String(value)}`);
  }
  return value;
}

/** Returns `value` when it is a safe integer >= 0; throws `invalid_input` otherwise. */
export function requireNonNegativeInteger(value: unknown, path: FieldPath): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw invalidInput(path, `must be a non-negative integer, got ${String(value)}`);
  }
  return value;
}

/** Returns `value` when it is a finite number (epoch ms, a duration); throws `invalid_input` otherwise. */
export function requireFinite(value: unknown, path: FieldPath): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw invalidInput(path, `must be a finite number, got ${String(value)}`);
  }
  return value;
}

/** Returns `value` when it is epoch ms that a `Date` can represent (it becomes an ISO timestamp). */
export function requireEpochMs(value: unknown, path: FieldPath): number {
  // A Date holds at most 8.64e15 ms either side of the epoch; checking the range avoids a Date per call.
  if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > 8.64e15) {
    throw invalidInput(path, `must be epoch milliseconds, got ${String(value)}`);
  }
  return value;
}

/** Returns `value` when it is a finite number > 0 (a ttl or lease length); throws `invalid_input` otherwise. */
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
 * Orders strings by UTF-16 code unit, the order every store sorts ids in (PostgreSQL gets the
 * same with `COLLATE "C"`).
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A deep copy of a value that must stay JSON-serialisable (outbox payloads and results): the
 * round trip makes the in-memory store fail, or drop what is lost, exactly where a database
 * column of JSON would, instead of hiding a `Date` or a `bigint` until production.
 */
export function copyJsonValue(value: unknown, path: FieldPath): unknown {
  if (value === undefined) return undefined;
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (error) {
    throw invalidInput(path, 'must be JSON-serialisable', { cause: error });
  }
  if (text === undefined) throw invalidInput(path, 'must be JSON-serialisable');
  return JSON.parse(text) as unknown;
}
