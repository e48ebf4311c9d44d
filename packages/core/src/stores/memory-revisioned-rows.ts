import type { CasResult, Revisioned } from '../contracts/stores';
import { requireNonNegativeInteger, requireText } from './memory-checks';

/** A stored row as the raw readers see it: the value and its revision. */
export interface RevisionedRow<T> {
  readonly value: T;
  readonly revision: number;
}

/**
 * The compare-and-set map behind the order and after-sale stores. Every value goes in and comes
 * out as a deep copy, so no caller can reach the stored state.
 */
export interface RevisionedRows<T> {
  /** The stored rows themselves, for raw readers; never hand them to callers uncopied. */
  readonly rows: ReadonlyMap<string, RevisionedRow<T>>;
  /** The row, copied, or undefined. */
  get(id: string): Revisioned<T> | undefined;
  /** Compare-and-set write of `value` under `id` (see `OrderStore.put`). */
  put(id: string, value: T, expectedRevision: number): CasResult;
  /** Every row, copied, in no particular order. */
  values(): Revisioned<T>[];
}

/** Creates an empty {@link RevisionedRows}. */
export function createRevisionedRows<T>(): RevisionedRows<T> {
  const rows = new Map<string, RevisionedRow<T>>();
  const copy = (row: RevisionedRow<T>): Revisioned<T> => ({
    value: structuredClone(row.value),
    revision: row.revision,
  });
  return {
    rows,
    get(id) {
      const row = rows.get(id);
      return row === undefined ? undefined : copy(row);
    },
    put(id, value, expectedRevision) {
      requireText(id, ['id']);
      requireNonNegativeInteger(expectedRevision, ['expectedRevision']);
      const currentRevision = rows.get(id)?.revision ?? 0;
      if (currentRevision !== expectedRevision) {
        return { ok: false, reason: 'revision_mismatch', currentRevision };
      }
      const revision = currentRevision + 1;
      rows.set(id, { value: structuredClone(value), revision });
      return { ok: true, revision };
    },
    values() {
      return [...rows.values()].map(copy);
    },
  };
}
