import type { Pool, QueryResultRow } from 'pg';
import type { QuotedSchema } from './pg-schema-name';

/** What every PostgreSQL store of one installation shares. */
export interface PgContext {
  readonly pool: Pool;
  /** The validated, quoted schema name, safe to splice into SQL. */
  readonly schema: QuotedSchema;
  /**
   * Runs a statement as a named prepared statement (parsed once per connection). Names carry the
   * schema, so stores of several installations can share one pool.
   */
  query<R extends QueryResultRow>(name: string, text: string, values?: readonly unknown[]): Promise<R[]>;
}

/** Creates the {@link PgContext} of one schema. */
export function createPgContext(pool: Pool, schema: QuotedSchema, schemaName: string): PgContext {
  return {
    pool,
    schema,
    async query<R extends QueryResultRow>(name: string, text: string, values: readonly unknown[] = []) {
      const result = await pool.query<R>({ name: `omskit:${schemaName}:${name}`, text, values: [...values] });
      return result.rows;
    },
  };
}

/** A bigint column (`pg` returns it as text) as a number; the stores only write safe integers. */
export function toNumber(value: string | number): number {
  return typeof value === 'number' ? value : Number(value);
}
