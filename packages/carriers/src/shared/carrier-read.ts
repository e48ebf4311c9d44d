import { invalidInput, type OmsError } from '@omskit/core';

/** A JSON object as a carrier sends it. */
export interface JsonObject {
  readonly [key: string]: unknown;
}

/** True for a plain JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The object at `value`, or an empty object: response schemas are tolerant of missing parts. */
export function objectOrEmpty(value: unknown): JsonObject {
  return isJsonObject(value) ? value : {};
}

/** The array at `value`, or `[]`. */
export function arrayOrEmpty(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A string field: strings as they are, finite numbers and bigints as decimal text, else `undefined`. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'bigint') return value.toString();
  return undefined;
}

/** A non-empty string field, or `undefined`. */
export function nonEmptyText(value: unknown): string | undefined {
  const text = textOf(value);
  return text === undefined || text.trim() === '' ? undefined : text;
}

/** A bad carrier payload as a typed error: the field path, the problem, the raw payload kept. */
export function badPayload(
  carrier: string,
  path: readonly (string | number)[],
  problem: string,
  rawPayload: unknown,
): OmsError {
  return invalidInput(path, problem, { platform: carrier, rawPayload });
}

/** Parses JSON text, turning a parse failure into a typed `invalid_input` error. */
export function parseJsonText(carrier: string, text: string, path: readonly (string | number)[]): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw invalidInput(path, 'not valid JSON', { platform: carrier, rawPayload: text, cause: error });
  }
}
