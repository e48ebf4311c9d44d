import { invalidInput } from '@omskit/core';

/** Where a paging sequence stands: the sub-windows left (epoch ms, half-open) and the page of the first. */
export interface JdPagingState {
  /** The window the caller asked for, so a token is not replayed against another window. */
  readonly window: readonly [number, number];
  /** Sub-windows still to read, in order; the first is being paged. */
  readonly queue: readonly (readonly [number, number])[];
  /** 1-based page of `queue[0]`. */
  readonly page: number;
  /**
   * The last whole second served (epoch ms) and the ids served at it. `queue[0]` starts at that
   * second once paging moves past it, so these orders come back once more and are dropped.
   */
  readonly after?: { readonly second: number; readonly ids: readonly string[] };
}

/** Encodes paging state as an opaque token (base64url JSON). */
export function encodeJdPageToken(state: JdPagingState): string {
  return Buffer.from(JSON.stringify({ v: 1, ...state }), 'utf8').toString('base64url');
}

const isRange = (value: unknown): value is [number, number] =>
  Array.isArray(value) &&
  value.length === 2 &&
  Number.isSafeInteger(value[0]) &&
  Number.isSafeInteger(value[1]) &&
  (value[0] as number) < (value[1] as number);

/** Decodes a token from {@link encodeJdPageToken}; throws `invalid_input` at `pageToken` otherwise. */
export function decodeJdPageToken(token: string, window: readonly [number, number]): JdPagingState {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch (error) {
    throw invalidInput(['pageToken'], 'not a token this adapter issued', { cause: error });
  }
  const state = parsed as { v?: unknown; window?: unknown; queue?: unknown; page?: unknown; after?: unknown };
  const after = state.after as { second?: unknown; ids?: unknown } | undefined;
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    state.v !== 1 ||
    !isRange(state.window) ||
    !Array.isArray(state.queue) ||
    state.queue.length === 0 ||
    !state.queue.every(isRange) ||
    typeof state.page !== 'number' ||
    !Number.isSafeInteger(state.page) ||
    state.page < 1 ||
    (after !== undefined &&
      (typeof after !== 'object' ||
        after === null ||
        !Number.isSafeInteger(after.second) ||
        !Array.isArray(after.ids) ||
        !after.ids.every((id) => typeof id === 'string')))
  ) {
    throw invalidInput(['pageToken'], 'not a token this adapter issued');
  }
  if (state.window[0] !== window[0] || state.window[1] !== window[1]) {
    throw invalidInput(['pageToken'], 'the token belongs to another window');
  }
  return {
    window: state.window,
    queue: state.queue,
    page: state.page,
    ...(after === undefined ? {} : { after: { second: after.second as number, ids: after.ids as string[] } }),
  };
}
