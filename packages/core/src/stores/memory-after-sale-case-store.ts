import type { AfterSaleCase } from '../aftersales/after-sale-case';
import type { AfterSaleCaseStore } from '../contracts/stores';
import { compareText, requirePositiveInteger } from './memory-checks';
import { createRevisionedRows } from './memory-revisioned-rows';

/** Raw access to the in-memory after-sale cases, bypassing the store's logic. */
export interface MemoryAfterSaleCaseRaw {
  /** The stored case and its revision, copied, or undefined. */
  readAfterSaleCaseRow: (
    afterSaleId: string,
  ) => { afterSaleCase: AfterSaleCase; revision: number } | undefined;
}

/** The in-memory {@link AfterSaleCaseStore}, with raw access to its rows. */
export interface MemoryAfterSaleCaseStore extends AfterSaleCaseStore {
  /** Reads the stored rows directly. */
  readonly raw: MemoryAfterSaleCaseRaw;
  listOpen: NonNullable<AfterSaleCaseStore['listOpen']>;
}

const defaultLimit = 100;

/** The in-memory {@link AfterSaleCaseStore}: deep copies with compare-and-set writes. */
export function createMemoryAfterSaleCaseStore(): MemoryAfterSaleCaseStore {
  const table = createRevisionedRows<AfterSaleCase>();
  return {
    specificationVersion: 'v1',
    get: (afterSaleId) => table.get(afterSaleId),
    put: (afterSaleCase, expectedRevision) =>
      table.put(afterSaleCase.afterSale.id, afterSaleCase, expectedRevision),
    listByOrder: (orderId) =>
      table
        .values()
        .filter((row) => row.value.afterSale.orderId === orderId)
        .sort((a, b) => compareText(a.value.afterSale.id, b.value.afterSale.id)),
    listOpen(query = {}) {
      const limit = query.limit === undefined ? defaultLimit : requirePositiveInteger(query.limit, ['limit']);
      const { after } = query;
      // Filter on the stored rows first, so only the page is copied.
      const open = [...table.rows]
        .filter(
          ([id, row]) =>
            row.value.afterSale.status !== 'closed' && (after === undefined || compareText(id, after) > 0),
        )
        .sort(([a], [b]) => compareText(a, b))
        .slice(0, limit);
      return open.map(([id]) => table.get(id)).filter((row) => row !== undefined);
    },
    raw: {
      readAfterSaleCaseRow(afterSaleId) {
        const row = table.rows.get(afterSaleId);
        return row === undefined
          ? undefined
          : { afterSaleCase: structuredClone(row.value), revision: row.revision };
      },
    },
  };
}
