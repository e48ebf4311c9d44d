/** A JSON integer too large for a double, written bare (as PDD writes big ids) by {@link toPddJson}. */
export interface PddMockBigInt {
  readonly bigint: string;
}

/** Marks a decimal digit string to be written as a bare JSON integer. */
export function bareInteger(digits: string): PddMockBigInt {
  return { bigint: digits };
}

function isBigIntMark(value: unknown): value is PddMockBigInt {
  return (
    typeof value === 'object' && value !== null && typeof (value as { bigint?: unknown }).bigint === 'string'
  );
}

const marker = '\u0000bigint:';

/**
 * Serialises a mock payload to JSON text, writing {@link bareInteger} values as bare integers so
 * clients that parse with `JSON.parse` lose precision exactly as they would against PDD.
 */
export function toPddJson(value: unknown): string {
  const text = JSON.stringify(value, (_key, item: unknown) =>
    isBigIntMark(item) ? `${marker}${item.bigint}` : item,
  );
  return text.replace(/"\\u0000bigint:(\d+)"/g, '$1');
}
