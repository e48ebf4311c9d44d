import { it } from 'vitest';
import { runInventoryModel } from './run-inventory-model';
import type { ConformanceContext } from './storage-conformance-context';

/**
 * The model-based part of the `inventoryQuotas` capability: {@link runInventoryModel} with quotas
 * on, over the fixture's inventory store and raw readers (every run under its own prefix, so the
 * runs share one fixture).
 */
export function inventoryQuotaModelCases(context: ConformanceContext, numRuns: number): void {
  it('matches the model over random interleavings of reserve, deduct, release, adjust, quota change and transfer', async () => {
    try {
      await import('fast-check');
    } catch (error) {
      throw new Error('storage conformance: inventoryQuotas needs fast-check installed, or skip it', {
        cause: error,
      });
    }
    await runInventoryModel(() => ({ store: context.stores.inventory, raw: context.raw }), {
      numRuns,
      quotas: true,
      prefix: 'quota-model',
    });
  });
}
