import { afterEach, beforeEach, describe } from 'vitest';
import type { MaybePromise } from '../contracts/common';
import type { OmsStores } from '../contracts/stores';
import type { RawStorageReaders } from './raw-storage-readers';
import type { StorageCapability, StorageCapabilitySkips } from './storage-capabilities';
import { storageCapabilities } from './storage-capabilities';

/** What `createStores` returns for one test case: the stores under test and raw readers over the same data. */
export interface StorageFixture {
  /** The stores under test; those of skipped capabilities may be left out. */
  stores: Partial<OmsStores>;
  /** Raw readers over the same storage; those of skipped capabilities may be left out. */
  raw: Partial<RawStorageReaders>;
  /** Called after the test case (drop the schema, close the pool). */
  cleanup?: () => Promise<void>;
}

/** The stores and raw readers of the running test case, as the capability suites see them. */
export interface ConformanceContext {
  /** The stores of the current test case; a missing store throws a message saying what to skip. */
  readonly stores: OmsStores;
  /** The raw readers of the current test case; a missing reader throws likewise. */
  readonly raw: RawStorageReaders;
}

// Records, so the compiler insists on every name of the two interfaces.
const storeNames: Record<keyof OmsStores, true> = {
  orders: true,
  afterSales: true,
  afterSaleCases: true,
  inventory: true,
  cursors: true,
  outbox: true,
  quarantine: true,
};
const readerNames: Record<keyof RawStorageReaders, true> = {
  readOrderRow: true,
  readAfterSaleRow: true,
  readAfterSaleCaseRow: true,
  readQuarantine: true,
  readCursor: true,
  readLease: true,
  readOutboxEntry: true,
  readInventoryRow: true,
  readReservations: true,
  readReservationsOfItem: true,
};

function missing(what: string): Error {
  return new Error(
    `storage conformance: the fixture has no ${what}; provide it or skip its capability with a reason`,
  );
}

/** A view of the fixture's stores whose properties throw a helpful error for a store left out. */
function requiredStores(stores: Partial<OmsStores>): OmsStores {
  const view: Partial<OmsStores> = {};
  for (const name of Object.keys(storeNames) as (keyof OmsStores)[]) {
    Object.defineProperty(view, name, {
      enumerable: true,
      get: () => {
        const store = stores[name];
        if (store === undefined) throw missing(`store "${name}"`);
        return store;
      },
    });
  }
  return view as OmsStores;
}

/** The fixture's readers, called with their own `this`, throwing a helpful error for one left out. */
function requiredReaders(raw: Partial<RawStorageReaders>): RawStorageReaders {
  const view: Partial<RawStorageReaders> = {};
  for (const name of Object.keys(readerNames) as (keyof RawStorageReaders)[]) {
    Object.defineProperty(view, name, {
      enumerable: true,
      value: (...args: unknown[]): unknown => {
        const reader = raw[name];
        if (reader === undefined) throw missing(`raw reader "${name}"`);
        return Reflect.apply(reader, raw, args);
      },
    });
  }
  return view as RawStorageReaders;
}

/**
 * Registers `beforeEach`/`afterEach` hooks that give every test case a fresh fixture from
 * `createStores` (and clean it up after), and returns the context the cases read it through.
 */
export function useStorageFixture(createStores: () => MaybePromise<StorageFixture>): ConformanceContext {
  let current: { stores: OmsStores; raw: RawStorageReaders; cleanup?: () => Promise<void> } | undefined;
  beforeEach(async () => {
    const fixture = await createStores();
    current = { stores: requiredStores(fixture.stores), raw: requiredReaders(fixture.raw) };
    if (fixture.cleanup !== undefined) current.cleanup = fixture.cleanup;
  });
  afterEach(async () => {
    const finished = current;
    current = undefined;
    await finished?.cleanup?.();
  });
  const active = () => {
    if (current === undefined) throw new Error('storage conformance: no fixture outside a test case');
    return current;
  };
  return {
    get stores() {
      return active().stores;
    },
    get raw() {
      return active().raw;
    },
  };
}

/** Throws unless every key of `skips` is a capability and every reason says something. */
export function checkSkips(skips: StorageCapabilitySkips): void {
  for (const [capability, reason] of Object.entries(skips)) {
    if (!(storageCapabilities as readonly string[]).includes(capability)) {
      throw new Error(`storage conformance: unknown capability "${capability}" in skip`);
    }
    if (typeof reason !== 'string' || reason.trim() === '') {
      throw new Error(`storage conformance: skipping "${capability}" needs a reason`);
    }
  }
}

/** `describe` for one capability, or `describe.skip` with the reason in its title when opted out. */
export function describeCapability(
  capability: StorageCapability,
  skips: StorageCapabilitySkips,
  body: () => void,
): void {
  const reason = skips[capability];
  if (reason === undefined) describe(capability, body);
  // A typed opt-out: the store declared it lacks this capability, and the title says why.
  else describe.skip(`${capability} (skipped: ${reason})`, body);
}
