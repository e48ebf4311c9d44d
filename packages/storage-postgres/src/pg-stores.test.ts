import { runStorageConformance } from '@omskit/core/testing';
import { afterAll, describe, it } from 'vitest';
import { migrate } from './pg-migrate';
import { createPostgresRawReaders } from './pg-raw-readers';
import { createPostgresStores } from './pg-stores';
import {
  createTestPool,
  dropSchema,
  postgresUnavailable,
  uniqueSchemaName,
} from './pg-test-database.test-helpers';

const unavailable = await postgresUnavailable();

if (unavailable === undefined) {
  // One pool for the file; every case gets its own schema, migrated fresh and dropped after.
  const pool = createTestPool();
  afterAll(() => pool.end());
  runStorageConformance({
    name: 'postgres',
    createStores: async () => {
      const schema = uniqueSchemaName();
      await migrate(pool, { schema });
      return {
        stores: createPostgresStores(pool, { schema }),
        raw: createPostgresRawReaders(pool, { schema }),
        cleanup: () => dropSchema(pool, schema),
      };
    },
  });
} else {
  // Only when no server answers (a developer machine without PostgreSQL); CI sets
  // OMSKIT_REQUIRE_POSTGRES=1, which turns an unreachable server into a failure instead.
  describe.skip(`storage conformance: postgres (skipped: ${unavailable})`, () => {
    it('needs a PostgreSQL server', () => undefined);
  });
}
