import type { Pool } from 'pg';
import { postgresMigrations } from './pg-migrations';
import { defaultSchema, quoteSchemaName } from './pg-schema-name';

/** Options of {@link migrate}. */
export interface MigrateOptions {
  /**
   * The schema to create and migrate (default `omskit`); one schema per omskit installation, so
   * several can share a database. Lower-case letters, digits and `_` only.
   */
  schema?: string;
}

/** What {@link migrate} did. */
export interface MigrateResult {
  /** The schema that was migrated. */
  readonly schema: string;
  /** Versions applied by this call, oldest first (empty when the schema was up to date). */
  readonly applied: readonly number[];
  /** The schema's version afterwards. */
  readonly version: number;
}

/**
 * Creates the schema when missing and applies the migrations it lacks, recording each version in
 * `<schema>.schema_migrations`, all in one transaction: a failure leaves the schema as it was.
 * Safe to call from many instances at once: a transaction-level advisory lock per schema
 * serialises them, and the later callers find nothing left to do.
 *
 * @example
 * const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
 * await migrate(pool, { schema: 'omskit' });
 */
export async function migrate(pool: Pool, options: MigrateOptions = {}): Promise<MigrateResult> {
  const schema = options.schema ?? defaultSchema;
  const quoted = quoteSchemaName(schema);
  const client = await pool.connect();
  const applied: number[] = [];
  try {
    await client.query('BEGIN');
    try {
      // Held until COMMIT: concurrent callers on the same schema wait here, then find it current.
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`omskit-migrate:${schema}`]);
      await client.query(
        `CREATE SCHEMA IF NOT EXISTS ${quoted};
         CREATE TABLE IF NOT EXISTS ${quoted}.schema_migrations (
           version integer PRIMARY KEY,
           name text NOT NULL,
           applied_at timestamptz NOT NULL DEFAULT now()
         )`,
      );
      const done = await client.query<{ version: number }>(`SELECT version FROM ${quoted}.schema_migrations`);
      const have = new Set(done.rows.map((row) => row.version));
      for (const migration of postgresMigrations) {
        if (have.has(migration.version)) continue;
        await client.query(migration.sql(quoted));
        await client.query(`INSERT INTO ${quoted}.schema_migrations (version, name) VALUES ($1, $2)`, [
          migration.version,
          migration.name,
        ]);
        applied.push(migration.version);
        have.add(migration.version);
      }
      await client.query('COMMIT');
      return { schema, applied, version: Math.max(0, ...have) };
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  } finally {
    client.release();
  }
}
