import { formatShanghaiWallTime } from '@omskit/core';

/** Shanghai wall time of epoch ms, as carriers write times. */
export function wallTime(ms: number): string {
  return formatShanghaiWallTime(ms);
}

/** Reads a request's form body into a map (last value wins). */
export async function readForm(request: Request): Promise<Map<string, string>> {
  return new Map(new URLSearchParams(await request.text()));
}

/** Parses JSON text, `undefined` when it does not parse. */
export function tryJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A field of an unknown JSON value, as a record lookup. */
export function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}
