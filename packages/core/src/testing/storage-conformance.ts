import { describe } from 'vitest';
import type { MaybePromise } from '../contracts/common';
import type { StorageCapabilitySkips } from './storage-capabilities';
import { storageCapabilities } from './storage-capabilities';
import { afterSaleCaseListingConformanceCases } from './storage-conformance-after-sale-case-listing';
import { afterSaleCaseConformanceCases } from './storage-conformance-after-sale-cases';
import { afterSaleConformanceCases } from './storage-conformance-after-sales';
import type { StorageFixture } from './storage-conformance-context';
import { checkSkips, describeCapability, useStorageFixture } from './storage-conformance-context';
import { cursorConformanceCases } from './storage-conformance-cursors';
import { inventoryConformanceCases } from './storage-conformance-inventory';
import { inventoryChangeConformanceCases } from './storage-conformance-inventory-changes';
import { inventoryConcurrencyConformanceCases } from './storage-conformance-inventory-concurrency';
import { inventoryModelConformanceCases } from './storage-conformance-inventory-model';
import { inventoryQuotaEdgeCases } from './storage-conformance-inventory-quota-edges';
import { inventoryQuotaModelCases } from './storage-conformance-inventory-quota-model';
import { inventoryQuotaConformanceCases } from './storage-conformance-inventory-quotas';
import { orderConformanceCases } from './storage-conformance-orders';
import { outboxConformanceCases } from './storage-conformance-outbox';
import { outboxCancelConformanceCases } from './storage-conformance-outbox-cancel';
import { outboxPurgeConformanceCases } from './storage-conformance-outbox-purge';
import { quarantineConformanceCases } from './storage-conformance-quarantine';

/** Options of {@link runStorageConformance}. */
export interface StorageConformanceOptions {
  /** The implementation's name, shown in the outer `describe` (`memory`, `postgres`). */
  name: string;
  /**
   * Makes fresh, isolated stores for one test case; called before every case, and its
   * `cleanup` after it. Return raw readers that read the same storage without the stores' code.
   */
  createStores: () => MaybePromise<StorageFixture>;
  /** Capabilities this implementation opts out of, each with the reason (shown in the report). */
  skip?: StorageCapabilitySkips;
  /** Runs of the `inventoryModel` property (default 50). */
  modelRuns?: number;
}

/**
 * Registers the storage conformance suite: one vitest `describe` per capability, each case
 * checking what was persisted through the raw readers. Call it once from a test file.
 *
 * What the suite pins beyond the contract's wording, so that every implementation agrees: a
 * lease or claim is held while `now < expiresAt`; order ids sort by UTF-16 code unit (PostgreSQL:
 * `COLLATE "C"`); `status: []` matches no order; quarantine lists by `at`, then id; outbox lists
 * and claims by `createdAt`, then key; `complete`/`fail` need an unexpired claim; each claim
 * counts one attempt; idempotency keys remember failures too and share one namespace across
 * reserve, deduct, release, adjust and the quota writes; quota shortages are listed by SKU.
 *
 * @example
 * runStorageConformance({
 *   name: 'memory',
 *   createStores: () => {
 *     const { raw, ...stores } = createMemoryStores();
 *     return { stores, raw };
 *   },
 * });
 */
export function runStorageConformance(options: StorageConformanceOptions): void {
  const skips = options.skip ?? {};
  checkSkips(skips);
  describe(`storage conformance: ${options.name}`, () => {
    const context = useStorageFixture(options.createStores);
    const cases: Record<(typeof storageCapabilities)[number], () => void> = {
      orders: () => orderConformanceCases(context),
      afterSales: () => afterSaleConformanceCases(context),
      afterSaleCases: () => afterSaleCaseConformanceCases(context),
      afterSaleCaseListing: () => afterSaleCaseListingConformanceCases(context),
      quarantine: () => quarantineConformanceCases(context),
      cursors: () => cursorConformanceCases(context),
      outbox: () => outboxConformanceCases(context),
      outboxCancel: () => outboxCancelConformanceCases(context),
      outboxPurge: () => outboxPurgeConformanceCases(context),
      inventory: () => {
        inventoryConformanceCases(context);
        inventoryChangeConformanceCases(context);
      },
      inventoryQuotas: () => {
        inventoryQuotaConformanceCases(context);
        inventoryQuotaEdgeCases(context);
        inventoryQuotaModelCases(context, options.modelRuns ?? 50);
      },
      inventoryConcurrency: () => inventoryConcurrencyConformanceCases(context),
      inventoryModel: () => inventoryModelConformanceCases(context, options.modelRuns ?? 50),
    };
    for (const capability of storageCapabilities) describeCapability(capability, skips, cases[capability]);
  });
}
