import { describe, expect, it } from 'vitest';
import { createMemoryQuarantineStore } from '../stores/memory-quarantine-store';
import type { StorageCapabilitySkips } from './storage-capabilities';
import { runStorageConformance } from './storage-conformance';
import { checkSkips } from './storage-conformance-context';

const onlyQuarantine: StorageCapabilitySkips = {
  orders: 'this fixture only provides a quarantine store',
  afterSales: 'this fixture only provides a quarantine store',
  afterSaleCases: 'this fixture only provides a quarantine store',
  afterSaleCaseListing: 'this fixture only provides a quarantine store',
  cursors: 'this fixture only provides a quarantine store',
  outbox: 'this fixture only provides a quarantine store',
  outboxCancel: 'this fixture only provides a quarantine store',
  outboxPurge: 'this fixture only provides a quarantine store',
  inventory: 'this fixture only provides a quarantine store',
  inventoryQuotas: 'this fixture only provides a quarantine store',
  inventoryConcurrency: 'this fixture only provides a quarantine store',
  inventoryModel: 'this fixture only provides a quarantine store',
};

// A partial implementation: one store, its raw reader, every other capability skipped with a reason.
runStorageConformance({
  name: 'quarantine only',
  createStores: () => {
    const quarantine = createMemoryQuarantineStore();
    return { stores: { quarantine }, raw: { readQuarantine: quarantine.raw.readQuarantine } };
  },
  skip: onlyQuarantine,
});

describe('storage conformance opt-outs', () => {
  it('need a known capability and a reason', () => {
    expect(() => checkSkips({ orders: '' })).toThrow(/needs a reason/);
    expect(() => checkSkips({ orders: '   ' })).toThrow(/needs a reason/);
    expect(() => checkSkips({ order: 'typo' } as StorageCapabilitySkips)).toThrow(
      /unknown capability "order"/,
    );
    expect(() => checkSkips(onlyQuarantine)).not.toThrow();
  });
});
