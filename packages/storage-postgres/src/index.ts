/**
 * @omskit/storage-postgres: every omskit store contract on PostgreSQL through `pg`, safe across
 * many app instances sharing one database. Reservations are exact under concurrency: each plan is
 * one function call doing conditional updates that never take stock below zero, all lines or
 * none, idempotent by key.
 *
 * Install with `pnpm add @omskit/storage-postgres @omskit/core pg`, run {@link migrate} once,
 * then pass {@link createPostgresStores} to the runtime. Each installation lives in its own
 * schema, so several can share a database.
 *
 * @packageDocumentation
 */
export type { MigrateOptions, MigrateResult } from './pg-migrate';
export { migrate } from './pg-migrate';
export type { PostgresMigration } from './pg-migrations';
export { postgresMigrations } from './pg-migrations';
export type { PostgresRawReaders } from './pg-raw-readers';
export { createPostgresRawReaders } from './pg-raw-readers';
export type { ReserveBatching } from './pg-reserve-batcher';
export type { QuotedSchema } from './pg-schema-name';
export { defaultSchema, quoteSchemaName } from './pg-schema-name';
export type { PostgresStoresOptions } from './pg-stores';
export { createPostgresStores } from './pg-stores';
