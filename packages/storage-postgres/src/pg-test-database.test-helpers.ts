import pg from 'pg';

/** Where the tests find PostgreSQL: `OMSKIT_TEST_DATABASE_URL`, else the local server with trust auth. */
export const testDatabaseUrl =
  process.env['OMSKIT_TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Whether a missing server fails the tests instead of skipping them (set in CI that must test it). */
export const postgresRequired = process.env['OMSKIT_REQUIRE_POSTGRES'] === '1';

/**
 * Why PostgreSQL tests must skip, or undefined when the server answers. Only an unreachable
 * server skips; with `OMSKIT_REQUIRE_POSTGRES=1` it throws instead, so CI cannot pass silently.
 */
export async function postgresUnavailable(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: testDatabaseUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (error) {
    const reason = `PostgreSQL unreachable at ${testDatabaseUrl}: ${(error as Error).message}`;
    if (postgresRequired) throw new Error(`${reason} (OMSKIT_REQUIRE_POSTGRES=1)`);
    console.warn(`skipping PostgreSQL tests: ${reason}`);
    return reason;
  } finally {
    await client.end().catch(() => undefined);
  }
}

let counter = 0;

/** A schema name no other test (in this or another process) is using. */
export function uniqueSchemaName(prefix = 'omskit_test'): string {
  counter += 1;
  const random = Math.floor(Math.random() * 36 ** 6).toString(36);
  return `${prefix}_${process.pid}_${random}_${counter}`;
}

/** Creates a pool on the test database. */
export function createTestPool(max = 16): pg.Pool {
  return new pg.Pool({ connectionString: testDatabaseUrl, max });
}

/** Drops a test schema and everything in it. */
export async function dropSchema(pool: pg.Pool, schema: string): Promise<void> {
  await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
}
