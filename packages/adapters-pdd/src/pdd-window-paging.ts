import type { TimeWindow } from '@omskit/core';
import { invalidInput, isoToEpochMs, OmsError } from '@omskit/core';

/** A range of whole Unix seconds as PDD filters on (`start_updated_at`..`end_updated_at`). */
export interface PddSecondsRange {
  readonly start: number;
  readonly end: number;
}

/** One page as the platform returned it. */
export interface PddWindowPage<Row> {
  readonly total: number;
  readonly rows: readonly Row[];
}

/** Options of {@link pagePddWindow}. */
export interface PddWindowPagingOptions<Row> {
  readonly window: TimeWindow;
  readonly pageToken: string | undefined;
  readonly pageSize: number;
  readonly maxPages: number;
  readonly maxWindowMs: number;
  /** The widest range PDD accepts in one call, in seconds (`end - start`; 1800 = 30 minutes). */
  readonly maxRangeSeconds: number;
  /** Whether the platform includes `end_updated_at` itself (UNVERIFIED; configurable). */
  readonly endInclusive: boolean;
  readonly fetchPage: (range: PddSecondsRange, page: number) => Promise<PddWindowPage<Row>>;
  readonly idOf: (row: Row) => string | undefined;
}

/** The rows of one step and the token of the next. */
export interface PddWindowStep<Row> {
  readonly rows: readonly Row[];
  readonly nextPageToken: string | undefined;
  readonly total?: number;
}

interface PagingState {
  v: 1;
  /** The window the token belongs to (epoch ms). */
  w: [number, number];
  /** Ranges still to page, the next one last. */
  pending: [number, number][];
  /** The range being paged and the next page to fetch. */
  cur: [number, number, number] | null;
  /** Ids returned by the previous page of `cur`. */
  seen: string[];
  total: number | null;
  /** Whether the window was cut into several ranges (then no single total is known). */
  split: boolean;
}

const isInt = (value: unknown): value is number => Number.isSafeInteger(value);
const isIntTuple = (value: unknown, length: number): boolean =>
  Array.isArray(value) && value.length === length && value.every(isInt);

function isPagingState(value: unknown): value is PagingState {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const state = value as { [key: string]: unknown };
  return (
    state['v'] === 1 &&
    Array.isArray(state['w']) &&
    state['w'].length === 2 &&
    state['w'].every((part) => typeof part === 'number') &&
    Array.isArray(state['pending']) &&
    state['pending'].every((range) => isIntTuple(range, 2)) &&
    (state['cur'] === null || (isIntTuple(state['cur'], 3) && Number((state['cur'] as number[])[2]) >= 1)) &&
    Array.isArray(state['seen']) &&
    state['seen'].every((id) => typeof id === 'string') &&
    (state['total'] === null || (isInt(state['total']) && state['total'] >= 0)) &&
    typeof state['split'] === 'boolean'
  );
}

function encode(state: PagingState): string {
  return Buffer.from(JSON.stringify(state), 'utf8').toString('base64url');
}

function decode(token: string, window: readonly [number, number]): PagingState {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch (error) {
    throw invalidInput(['pageToken'], 'not a page token of this adapter', { cause: error });
  }
  if (!isPagingState(parsed)) throw invalidInput(['pageToken'], 'not a page token of this adapter');
  if (parsed.w[0] !== window[0] || parsed.w[1] !== window[1]) {
    throw invalidInput(['pageToken'], 'the page token belongs to another window');
  }
  return parsed;
}

/**
 * The seconds PDD must be asked for so that exactly the orders modified in `[from, to)` come back
 * (PDD's times have whole-second precision).
 */
export function pddSecondsRange(window: TimeWindow, endInclusive: boolean): PddSecondsRange {
  const start = Math.ceil(isoToEpochMs(window.from) / 1000);
  const endExclusive = Math.ceil(isoToEpochMs(window.to) / 1000);
  return { start, end: endInclusive ? endExclusive - 1 : endExclusive };
}

/**
 * Cuts a range into the consecutive ranges PDD accepts in one call, as a stack (earliest last, so
 * it is paged first).
 */
function chunkRange(
  range: PddSecondsRange,
  options: { maxRangeSeconds: number; endInclusive: boolean },
): [number, number][] {
  const step = options.maxRangeSeconds;
  const chunks: [number, number][] = [];
  if (options.endInclusive) {
    // An inclusive range of n seconds has end - start = n - 1.
    for (let start = range.start; start <= range.end; start += step) {
      chunks.push([start, Math.min(range.end, start + step - 1)]);
    }
  } else {
    for (let start = range.start; start < range.end; start += step)
      chunks.push([start, Math.min(range.end, start + step)]);
  }
  return chunks.reverse();
}

/** Checks a window: a real half-open range no wider than `maxWindowMs`. */
export function checkPddWindow(window: TimeWindow, maxWindowMs: number): readonly [number, number] {
  const from = Date.parse(window.from);
  const to = Date.parse(window.to);
  if (!Number.isFinite(from)) throw invalidInput(['window', 'from'], 'not an ISO instant');
  if (!Number.isFinite(to)) throw invalidInput(['window', 'to'], 'not an ISO instant');
  if (to <= from) throw invalidInput(['window'], 'to must be after from');
  if (to - from > maxWindowMs) {
    throw invalidInput(['window'], `wider than ${maxWindowMs} ms, the most PDD accepts`);
  }
  return [from, to];
}

/**
 * One step of paging a modified-time window the way PDD needs it: learn the total from page 1,
 * bisect the window while it holds more than `pageSize x maxPages`, then page from the last page
 * backwards. Orders modified while paging leave the window; that shifts rows already served onto
 * lower pages, never the unserved ones past us, so the ids of the previous page are remembered in
 * the (opaque, base64url JSON) token and repeats are dropped.
 */
export async function pagePddWindow<Row>(options: PddWindowPagingOptions<Row>): Promise<PddWindowStep<Row>> {
  const bounds = checkPddWindow(options.window, options.maxWindowMs);
  const limit = options.pageSize * options.maxPages;
  let state: PagingState;
  if (options.pageToken === undefined) {
    const range = pddSecondsRange(options.window, options.endInclusive);
    const pending = chunkRange(range, options);
    state = {
      v: 1,
      w: [bounds[0], bounds[1]],
      pending,
      cur: null,
      seen: [],
      total: null,
      split: pending.length > 1,
    };
  } else {
    state = decode(options.pageToken, bounds);
  }
  const next = (): string | undefined =>
    state.cur !== null || state.pending.length > 0 ? encode(state) : undefined;
  const withTotal = state.total === null ? {} : { total: state.total };
  while (state.cur === null) {
    const range = state.pending.pop();
    if (range === undefined) return { rows: [], nextPageToken: undefined, ...withTotal };
    const [start, end] = range;
    const first = await options.fetchPage({ start, end }, 1);
    const isWhole = state.total === null && state.pending.length === 0 && !state.split;
    if (first.total > limit) {
      // A range of one second cannot be split further.
      if (end - start <= (options.endInclusive ? 0 : 1)) {
        throw new OmsError('unsupported', `pdd: more than ${limit} orders modified within one second`, {
          platform: 'pdd',
        });
      }
      const middle = Math.floor((start + end) / 2);
      if (options.endInclusive) state.pending.push([middle + 1, end], [start, middle]);
      else state.pending.push([middle, end], [start, middle]);
      state.split = true;
      continue;
    }
    if (isWhole) state.total = first.total;
    const lastPage = Math.max(1, Math.ceil(first.total / options.pageSize));
    state.seen = [];
    if (lastPage === 1) {
      const total = state.total === null ? {} : { total: state.total };
      return { rows: first.rows, nextPageToken: next(), ...total };
    }
    state.cur = [start, end, lastPage];
  }
  const [start, end, page] = state.cur;
  const result = await options.fetchPage({ start, end }, page);
  const seen = new Set(state.seen);
  const rows = result.rows.filter((row) => {
    const id = options.idOf(row);
    return id === undefined || !seen.has(id);
  });
  state.seen = result.rows.map(options.idOf).filter((id): id is string => id !== undefined);
  state.cur = page > 1 ? [start, end, page - 1] : null;
  if (state.cur === null) state.seen = [];
  return { rows, nextPageToken: next(), ...(state.total === null ? {} : { total: state.total }) };
}
