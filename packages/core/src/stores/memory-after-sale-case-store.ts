import type { AfterSaleCase } from '../aftersales/after-sale-case';
import type { AfterSaleCaseStore } from '../contracts/stores';
import { compareText } from './memory-checks';
import { createRevisionedRows } from './memory-revisioned-rows';

/** The in-memory {@link AfterSaleCaseStore}: deep copies with compare-and-set writes. */
export function createMemoryAfterSaleCaseStore(): AfterSaleCaseStore {
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
  };
}
