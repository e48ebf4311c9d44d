/** One request the test server received, as plain data for assertions. */
export interface RecordedCall {
  /** The HTTP method, upper case. */
  readonly method: string;
  /** The full URL as requested, query included. */
  readonly url: string;
  /** The query string as a plain object (for a repeated name, the last value). */
  readonly query: Readonly<Record<string, string>>;
  /** The request headers as a plain object with lower-case names. */
  readonly headers: Readonly<Record<string, string>>;
  /** The raw body text; empty when there was none. */
  readonly bodyText: string;
  /**
   * The parsed body: an object of fields for `application/x-www-form-urlencoded` (for a repeated
   * name, the last value), the parsed value for JSON (`application/json`, `*+json`), else
   * undefined (also for JSON that does not parse: look at `bodyText`).
   */
  readonly body: unknown;
}

function mediaType(headers: Headers): string {
  return (headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

function parseBody(type: string, text: string): unknown {
  if (type === 'application/x-www-form-urlencoded') return Object.fromEntries(new URLSearchParams(text));
  if (type === 'application/json' || type.endsWith('+json')) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Reads a request into a {@link RecordedCall} without consuming the request's own body. */
export async function recordCall(request: Request): Promise<RecordedCall> {
  const url = new URL(request.url);
  const bodyText = await request.clone().text();
  return {
    method: request.method.toUpperCase(),
    url: request.url,
    query: Object.fromEntries(url.searchParams),
    headers: Object.fromEntries(request.headers),
    bodyText,
    body: parseBody(mediaType(request.headers), bodyText),
  };
}
