/**
 * @omskit/core: the unified order schema, pure domain functions, the adapter and storage
 * contracts, typed errors and the in-memory stores of omskit.
 *
 * Install with `pnpm add @omskit/core` (Node 22 or 24, ESM). Subpaths: `@omskit/core/gateway`
 * (the HTTP machinery adapters share) and `@omskit/core/testing` (conformance suites and a
 * recording msw test server, for your tests).
 *
 * Everything exported here is pure or in-memory: no function reads the clock, makes ids or does
 * I/O on its own; time and ids come in through {@link DomainEnv}.
 *
 * @packageDocumentation
 */
export * from './aftersales';
export * from './contracts';
export * from './errors/oms-error';
export * from './forecast';
export * from './fulfillment';
export * from './holds';
export * from './inventory';
export * from './order';
export * from './order-merge';
export * from './region';
export * from './reports';
export * from './routing';
export * from './schema';
export * from './shipping';
export * from './stores';
