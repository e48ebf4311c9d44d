import type { QuarantinedPayload, QuarantineStore } from '../contracts/stores';
import { compareText, requireInstantMs, requireText } from './memory-checks';

/** Raw access to the in-memory quarantine, bypassing the store's logic. */
export interface MemoryQuarantineRaw {
  /** Every stored payload, copied, in no particular order. */
  readQuarantine: () => QuarantinedPayload[];
}

/** The in-memory {@link QuarantineStore}, with raw access to its rows. */
export interface MemoryQuarantineStore extends QuarantineStore {
  /** Reads the stored rows directly. */
  readonly raw: MemoryQuarantineRaw;
}

/**
 * Creates an in-memory {@link QuarantineStore}. The first payload stored under an id wins;
 * `list()` is oldest first by `at`, ties by id.
 */
export function createMemoryQuarantineStore(): MemoryQuarantineStore {
  const rows = new Map<string, QuarantinedPayload>();
  return {
    specificationVersion: 'v1',
    put(item) {
      requireText(item.id, ['id']);
      requireInstantMs(item.at, ['at']);
      if (!rows.has(item.id)) rows.set(item.id, structuredClone(item));
    },
    list() {
      return [...rows.values()]
        .sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || compareText(a.id, b.id))
        .map((item) => structuredClone(item));
    },
    remove: (id) => rows.delete(id),
    raw: {
      readQuarantine: () => [...rows.values()].map((item) => structuredClone(item)),
    },
  };
}
