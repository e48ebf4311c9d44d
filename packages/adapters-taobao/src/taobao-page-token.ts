import { invalidInput, type TimeWindow } from '@omskit/core';

/**
 * Where a paged listing stands, carried between calls inside the opaque page token. Windows are
 * epoch-ms pairs: the first is being paged; the rest wait (a window split because it held more
 * than the page limit allows).
 */
export interface TaobaoPageState {
  readonly window: readonly [number, number];
  readonly windows: readonly (readonly [number, number])[];
  /** The next page to fetch, counting down to 1; undefined before the window was counted. */
  readonly page: number | undefined;
  /** Ids served from the previous page: rows that slid down a page are not served twice. */
  readonly served: readonly string[];
}

const isPair = (value: unknown): value is [number, number] =>
  Array.isArray(value) &&
  value.length === 2 &&
  Number.isSafeInteger(value[0]) &&
  Number.isSafeInteger(value[1]) &&
  (value[0] as number) < (value[1] as number);

/** Encodes a paging state as an opaque token (base64url of JSON). */
export function encodeTaobaoPageToken(state: TaobaoPageState): string {
  return Buffer.from(JSON.stringify({ v: 1, ...state }), 'utf8').toString('base64url');
}

/**
 * Decodes a token made by {@link encodeTaobaoPageToken} for the same window.
 *
 * @throws OmsError `invalid_input` at `pageToken` when it is malformed or belongs to another window.
 */
export function decodeTaobaoPageToken(token: string, window: TimeWindow): TaobaoPageState {
  const bad = (problem: string) => invalidInput(['pageToken'], problem, { platform: 'taobao' });
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch (error) {
    throw invalidInput(['pageToken'], 'not a token this adapter made', { platform: 'taobao', cause: error });
  }
  if (typeof value !== 'object' || value === null) throw bad('not a token this adapter made');
  const state = value as {
    v?: unknown;
    window?: unknown;
    windows?: unknown;
    page?: unknown;
    served?: unknown;
  };
  if (
    state.v !== 1 ||
    !isPair(state.window) ||
    !Array.isArray(state.windows) ||
    !state.windows.every(isPair)
  ) {
    throw bad('not a token this adapter made');
  }
  if (state.window[0] !== Date.parse(window.from) || state.window[1] !== Date.parse(window.to)) {
    throw bad('the token belongs to another window');
  }
  if (state.page !== undefined && !(Number.isSafeInteger(state.page) && (state.page as number) >= 1)) {
    throw bad('bad page number');
  }
  if (!Array.isArray(state.served) || !state.served.every((id) => typeof id === 'string'))
    throw bad('bad served ids');
  return {
    window: state.window,
    windows: state.windows,
    page: state.page as number | undefined,
    served: state.served as string[],
  };
}
