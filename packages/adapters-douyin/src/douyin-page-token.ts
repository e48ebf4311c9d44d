import { invalidInput } from '@omskit/core';

/**
 * Where a paging sequence stands. Orders are read in ascending `update_time`, and each next page
 * narrows the window from the left (keyset paging), so orders modified while paging leave the
 * window without shifting the rest.
 */
export interface DouyinPagingState {
  /** First and last second of the caller's window (to check the token belongs to it). */
  readonly windowStart: number;
  readonly windowEnd: number;
  /** The second the next request starts at (inclusive). */
  readonly cursor: number;
  /** Orders of second `cursor` already served. */
  readonly seen: readonly string[];
  /** Set while paging by page number inside one crowded second. */
  readonly page?: number;
}

/** Encodes a paging state as an opaque token. */
export function encodeDouyinPageToken(state: DouyinPagingState): string {
  return Buffer.from(JSON.stringify({ v: 1, ...state }), 'utf8').toString('base64url');
}

function isIdList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/**
 * Decodes a token made by {@link encodeDouyinPageToken} for the same window.
 *
 * @throws OmsError `invalid_input` on `pageToken` when it is malformed or belongs to another window.
 */
export function decodeDouyinPageToken(
  token: string,
  windowStart: number,
  windowEnd: number,
): DouyinPagingState {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw invalidInput(['pageToken'], 'not a page token of this adapter');
  }
  const state = value as { [key: string]: unknown } | null;
  if (
    state === null ||
    typeof state !== 'object' ||
    state['v'] !== 1 ||
    !Number.isSafeInteger(state['cursor']) ||
    !isIdList(state['seen']) ||
    (state['page'] !== undefined && !Number.isSafeInteger(state['page']))
  ) {
    throw invalidInput(['pageToken'], 'not a page token of this adapter');
  }
  if (state['windowStart'] !== windowStart || state['windowEnd'] !== windowEnd) {
    throw invalidInput(['pageToken'], 'the page token belongs to another window');
  }
  return {
    windowStart,
    windowEnd,
    cursor: state['cursor'] as number,
    seen: state['seen'],
    ...(state['page'] === undefined ? {} : { page: state['page'] as number }),
  };
}
