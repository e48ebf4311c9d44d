import { describe, expect, it } from 'vitest';
import type { InventoryStore } from '../contracts/stores';
import { createMemoryInventoryStore } from '../stores/memory-inventory-store';
import { runInventoryModel } from '../testing/run-inventory-model';

// The store enforces the quotas itself: the model drives reserve, deduct, release, adjust, quota
// changes and transfers against it, with keys sent again, and checks every result and the state
// after every step (the same property runs against PostgreSQL from @omskit/core/testing).
describe('quotas inside the in-memory inventory store (model-based property)', () => {
  it('keeps stock and quotas exact over random interleavings, keys applied once', async () => {
    await runInventoryModel(
      () => {
        const store = createMemoryInventoryStore();
        return { store, raw: store.raw };
      },
      { numRuns: 200 },
    );
  });

  it('runs without quotas against a store that has none, reading back through the store', async () => {
    const {
      setChannelQuota: _set,
      transferChannelQuota: _transfer,
      listChannelQuotas: _list,
      raw: _raw,
      ...store
    } = createMemoryInventoryStore();
    const plain: InventoryStore = store;
    await runInventoryModel(() => plain, { numRuns: 30 });
    await expect(runInventoryModel(() => plain, { quotas: true })).rejects.toThrow(/no quota methods/);
  });

  it('catches a store that records quotas but does not enforce them', async () => {
    await expect(
      runInventoryModel(
        () => {
          const stock = createMemoryInventoryStore();
          const ledger = createMemoryInventoryStore();
          const store: InventoryStore = {
            ...stock,
            setChannelQuota: ledger.setChannelQuota,
            transferChannelQuota: ledger.transferChannelQuota,
            listChannelQuotas: ledger.listChannelQuotas,
          };
          return { store, raw: stock.raw };
        },
        { numRuns: 200, seed: 7 },
      ),
    ).rejects.toThrow(/Property failed/);
  });

  it('refuses a store with only some of the quota methods', async () => {
    const { listChannelQuotas: _list, ...partial } = createMemoryInventoryStore();
    await expect(runInventoryModel(() => partial, { numRuns: 1 })).rejects.toThrow(/has setChannelQuota/);
  });
});
