import type { OmsStores } from '../contracts/stores';
import type { MemoryAfterSaleCaseRaw } from './memory-after-sale-case-store';
import { createMemoryAfterSaleCaseStore } from './memory-after-sale-case-store';
import type { MemoryAfterSaleRaw } from './memory-after-sale-store';
import { createMemoryAfterSaleStore } from './memory-after-sale-store';
import type { MemoryCursorRaw } from './memory-cursor-store';
import { createMemoryCursorStore } from './memory-cursor-store';
import type { MemoryInventoryRaw } from './memory-inventory-store';
import { createMemoryInventoryStore } from './memory-inventory-store';
import type { MemoryOrderRaw } from './memory-order-store';
import { createMemoryOrderStore } from './memory-order-store';
import type { MemoryOutboxRaw } from './memory-outbox-store';
import { createMemoryOutboxStore } from './memory-outbox-store';
import type { MemoryQuarantineRaw } from './memory-quarantine-store';
import { createMemoryQuarantineStore } from './memory-quarantine-store';

/**
 * Raw readers over every in-memory store's own maps, bypassing the stores' logic. They have the
 * shape of `RawStorageReaders` from `@omskit/core/testing`, so the storage conformance suite
 * checks the in-memory stores against what they actually hold.
 */
export type MemoryRawAccess = MemoryOrderRaw &
  MemoryAfterSaleRaw &
  MemoryAfterSaleCaseRaw &
  MemoryQuarantineRaw &
  MemoryCursorRaw &
  MemoryOutboxRaw &
  MemoryInventoryRaw;

/**
 * Creates every store in memory: the embedded default for one process (a shop, the examples,
 * tests). Nothing survives a restart; several processes need `@omskit/storage-postgres`.
 *
 * @example
 * const stores = createMemoryStores();
 * const oms = createOms({ stores, channels, clock });
 */
export function createMemoryStores(): OmsStores & { raw: MemoryRawAccess } {
  const orders = createMemoryOrderStore();
  const afterSales = createMemoryAfterSaleStore();
  const afterSaleCases = createMemoryAfterSaleCaseStore();
  const quarantine = createMemoryQuarantineStore();
  const cursors = createMemoryCursorStore();
  const outbox = createMemoryOutboxStore();
  const inventory = createMemoryInventoryStore();
  return {
    orders,
    afterSales,
    afterSaleCases,
    quarantine,
    cursors,
    outbox,
    inventory,
    raw: {
      ...orders.raw,
      ...afterSales.raw,
      ...afterSaleCases.raw,
      ...quarantine.raw,
      ...cursors.raw,
      ...outbox.raw,
      ...inventory.raw,
    },
  };
}
