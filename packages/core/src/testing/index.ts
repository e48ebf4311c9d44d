/**
 * @omskit/core/testing: the conformance suites and test helpers omskit's own packages use, for
 * your tests too. `runStorageConformance` checks a storage implementation (the in-memory stores,
 * `@omskit/storage-postgres`, your own) against the store contracts through raw readers;
 * `runInventoryModel` is the model-based property of the inventory pool for any InventoryStore;
 * `createTestServer` / `useTestServer` stand in for platform gateways and record every call.
 *
 * Needs `vitest` as a dev dependency of the host, plus `msw` for the test server and
 * `fast-check` for the inventory model properties:
 * `pnpm add -D vitest msw fast-check`.
 *
 * @packageDocumentation
 */

export {
  type CarrierConformanceOptions,
  type CarrierConformanceSkips,
  runCarrierConformance,
} from './carrier-conformance';
export type {
  CarrierConformanceFixture,
  CarrierMockControls,
  CarrierMockFaultKind,
  CarrierMockWaybill,
} from './carrier-mock-controls';
export {
  type ChannelConformanceOptions,
  type ChannelConformanceSkips,
  collectOrderWindow,
  runChannelConformance,
} from './channel-conformance';
export type { ChannelConformanceFixture, ChannelMockControls, MockFaultKind } from './channel-mock-controls';
export { type ChaosReport, type ChaosScenarioOptions, runChaosScenario } from './chaos-scenario';
export type { RawStorageReaders } from './raw-storage-readers';
export type { RecordedCall } from './recorded-call';
export {
  type InventoryModelOptions,
  type InventoryModelRawReaders,
  type InventoryModelSubject,
  runInventoryModel,
} from './run-inventory-model';
export type { StorageCapability, StorageCapabilitySkips } from './storage-capabilities';
export { storageCapabilities } from './storage-capabilities';
export type { StorageConformanceOptions } from './storage-conformance';
export { runStorageConformance } from './storage-conformance';
export type { StorageFixture } from './storage-conformance-context';
export { buildTestAfterSale, buildTestOrder } from './test-records';
export type { TestResponder, TestRoute, TestRoutes, TestServer } from './test-server';
export { createTestServer } from './test-server';
export { useTestServer } from './use-test-server';
