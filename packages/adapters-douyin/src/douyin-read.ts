import { invalidInput, type OmsError } from '@omskit/core';

/** A path into a platform payload, as segments. */
export type FieldPath = readonly (string | number)[];

/** A JSON object as the bigint-safe parser returns it. */
export interface JsonObject {
  readonly [key: string]: unknown;
}

/** Makes the typed error a reader throws: it names the field and keeps the whole payload. */
export function badField(path: FieldPath, problem: string, rawPayload: unknown): OmsError {
  return invalidInput(path, problem, { platform: 'douyin', rawPayload });
}

/** True for a plain JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Field readers bound to one payload, so every error they throw names the field and carries the
 * raw payload for quarantine.
 */
export interface DouyinReader {
  readonly raw: unknown;
  object(value: unknown, path: FieldPath): JsonObject;
  /** An id: a digit string, or a safe non-negative integer. Unsafe numbers were corrupted by `JSON.parse`. */
  id(value: unknown, path: FieldPath): string;
  /** An optional id: `undefined`, `null`, `""` and `0` mean absent. */
  optionalId(value: unknown, path: FieldPath): string | undefined;
  /** A required integer amount in fen. */
  fen(value: unknown, path: FieldPath): number;
  /** An optional integer amount in fen (absent means `undefined`). */
  optionalFen(value: unknown, path: FieldPath): number | undefined;
  /** An integer (status codes, counts). */
  integer(value: unknown, path: FieldPath): number;
  /** Unix seconds; `0` and absent mean "not yet" and give `undefined`. */
  optionalUnixSeconds(value: unknown, path: FieldPath): number | undefined;
  /** Required Unix seconds (greater than zero). */
  unixSeconds(value: unknown, path: FieldPath): number;
  /** An optional string; absent, `null` and `""` give `undefined`. */
  optionalString(value: unknown, path: FieldPath): string | undefined;
  /** An optional array; absent and `null` give `[]`. */
  array(value: unknown, path: FieldPath): readonly unknown[];
}

const digits = /^\d{1,30}$/;
// Douyin's times are Unix seconds; anything past year 2200 is not a time but garbage.
const maxUnixSeconds = 7_258_118_400;

/** A {@link DouyinReader} whose errors keep `raw` as the payload. */
export function douyinReader(raw: unknown): DouyinReader {
  const reader: DouyinReader = {
    raw,
    object(value, path) {
      if (!isJsonObject(value)) throw badField(path, `expected an object, got ${describe(value)}`, raw);
      return value;
    },
    id(value, path) {
      const id = reader.optionalId(value, path);
      if (id === undefined) throw badField(path, 'missing id', raw);
      return id;
    },
    optionalId(value, path) {
      if (value === undefined || value === null || value === '' || value === 0) return undefined;
      if (typeof value === 'string' && digits.test(value)) return value;
      if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return String(value);
      if (typeof value === 'bigint' && value > 0n) return value.toString();
      if (typeof value === 'number' && Number.isInteger(value)) {
        throw badField(path, 'id above 2^53 arrived as a rounded number; parse with parseJsonExact', raw);
      }
      throw badField(path, `expected an id, got ${describe(value)}`, raw);
    },
    fen(value, path) {
      const fen = reader.optionalFen(value, path);
      if (fen === undefined) throw badField(path, 'missing amount in fen', raw);
      return fen;
    },
    optionalFen(value, path) {
      if (value === undefined || value === null) return undefined;
      if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
      throw badField(path, `expected a non-negative integer amount in fen, got ${describe(value)}`, raw);
    },
    integer(value, path) {
      if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
      if (typeof value === 'string' && /^-?\d{1,15}$/.test(value)) return Number(value);
      throw badField(path, `expected an integer, got ${describe(value)}`, raw);
    },
    optionalUnixSeconds(value, path) {
      if (value === undefined || value === null || value === 0 || value === '0' || value === '')
        return undefined;
      const seconds = typeof value === 'string' && /^\d{1,12}$/.test(value) ? Number(value) : value;
      if (
        typeof seconds === 'number' &&
        Number.isSafeInteger(seconds) &&
        seconds > 0 &&
        seconds < maxUnixSeconds
      ) {
        return seconds;
      }
      throw badField(path, `expected Unix seconds, got ${describe(value)}`, raw);
    },
    unixSeconds(value, path) {
      const seconds = reader.optionalUnixSeconds(value, path);
      if (seconds === undefined) throw badField(path, 'missing time in Unix seconds', raw);
      return seconds;
    },
    optionalString(value, path) {
      if (value === undefined || value === null || value === '') return undefined;
      if (typeof value === 'string') return value;
      if (typeof value === 'number' && Number.isFinite(value)) return String(value);
      throw badField(path, `expected text, got ${describe(value)}`, raw);
    },
    array(value, path) {
      if (value === undefined || value === null) return [];
      // Array.from turns holes of sparse arrays into undefined, which the readers then refuse.
      if (Array.isArray(value)) return Array.from(value);
      throw badField(path, `expected an array, got ${describe(value)}`, raw);
    },
  };
  return reader;
}

/** A short, PII-free description of a value's type for error messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return Number.isFinite(value) ? `the number ${value}` : String(value);
  // Never echo text: it may be a buyer's name or phone.
  if (typeof value === 'string') return `a string of ${value.length} characters`;
  return typeof value;
}

/** Unix seconds as an ISO instant. */
export function secondsToIso(seconds: number): string {
  return new Date(seconds * 1000).toISOString();
}
