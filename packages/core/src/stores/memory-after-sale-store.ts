import type { AfterSaleStore } from '../contracts/stores';
import type { AfterSale } from '../schema/after-sale';
import { compareText } from './memory-checks';
import { createRevisionedRows } from './memory-revisioned-rows';

/** Raw access to the in-memory after-sale rows, bypassing the store's logic. */
export interface MemoryAfterSaleRaw {
  /** The stored after-sale and its revision, copied, or undefined. */
  readAfterSaleRow: (afterSaleId: string) => { afterSale: AfterSale; revision: number } | undefined;
}

/** The in-memory {@link AfterSaleStore}, with raw access to its rows. */
export interface MemoryAfterSaleStore extends AfterSaleStore {
  /** Reads the stored rows directly. */
  readonly raw: MemoryAfterSaleRaw;
}

/** Creates an in-memory {@link AfterSaleStore}: a map of deep copies with compare-and-set writes. */
export function createMemoryAfterSaleStore(): MemoryAfterSaleStore {
  const table = createRevisionedRows<AfterSale>();
  return {
    specificationVersion: 'v1',
    get: (afterSaleId) => table.get(afterSaleId),
    put: (afterSale, expectedRevision) => table.put(afterSale.id, afterSale, expectedRevision),
    listByOrder: (orderId) =>
      table
        .values()
        .filter((row) => row.value.orderId === orderId)
        .sort((a, b) => compareText(a.value.id, b.value.id)),
    raw: {
      readAfterSaleRow(afterSaleId) {
        const row = table.rows.get(afterSaleId);
        return row === undefined
          ? undefined
          : { afterSale: structuredClone(row.value), revision: row.revision };
      },
    },
  };
}
