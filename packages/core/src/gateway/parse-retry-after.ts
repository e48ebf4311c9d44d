const delaySeconds = /^\d+$/;
// IMF-fixdate, RFC 850 and asctime dates all open with a day name; anything else is not an HTTP-date.
const httpDate = /^[A-Za-z]{3}/;

/**
 * Reads an HTTP `Retry-After` header (RFC 9110 §10.2.3): either delay seconds or an HTTP-date.
 *
 * @param value - The header value, as `headers.get('retry-after')` returns it.
 * @param nowMs - The current time in epoch milliseconds (from the injected clock), for HTTP-dates.
 * @returns How many milliseconds to wait (0 for a date in the past), or `undefined` when the
 *   header is missing or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (delaySeconds.test(trimmed)) return Number(trimmed) * 1000;
  if (!httpDate.test(trimmed)) return undefined;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}
