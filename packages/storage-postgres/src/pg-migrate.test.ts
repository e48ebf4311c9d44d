import { afterAll, describe, expect, it } from 'vitest';
import { migrate } from './pg-migrate';
import { postgresMigrations } from './pg-migrations';
import { quoteSchemaName } from './pg-schema-name';
import { createPostgresStores } from './pg-stores';
import {
  createTestPool,
  dropSchema,
  postgresUnavailable,
  uniqueSchemaName,
} from './pg-test-database.test-helpers';

describe('quoteSchemaName', () => {
  it('quotes a plain lower-case name', () => {
    expect(quoteSchemaName('omskit_shop_2')).toBe('"omskit_shop_2"');
  });

  it('refuses anything that could escape or change the identifier', () => {
    for (const name of [
      '',
      'Omskit',
      'a"b',
      'a;drop schema public',
      'pg_catalog',
      '1abc',
      'x'.repeat(64),
      'a-b',
    ]) {
      expect(() => quoteSchemaName(name), name).toThrow(/schema/);
    }
  });
});

const unavailable = await postgresUnavailable();

describe.skipIf(unavailable !== undefined)(
  `migrate${unavailable === undefined ? '' : ` (skipped: ${unavailable})`}`,
  () => {
    const pool = unavailable === undefined ? createTestPool(8) : undefined;
    afterAll(() => pool?.end());

    it('applies every migration once, even when called concurrently, and keeps installations apart', async () => {
      if (pool === undefined) return;
      const [first, second] = [uniqueSchemaName('omskit_mig'), uniqueSchemaName('omskit_mig')];
      try {
        const results = await Promise.all([
          migrate(pool, { schema: first }),
          migrate(pool, { schema: first }),
        ]);
        const versions = postgresMigrations.map((migration) => migration.version);
        expect(results.map((result) => result.applied).sort((a, b) => b.length - a.length)).toEqual([
          versions,
          [],
        ]);
        expect((await migrate(pool, { schema: first })).applied).toEqual([]);
        await migrate(pool, { schema: second });
        const a = createPostgresStores(pool, { schema: first });
        const b = createPostgresStores(pool, { schema: second });
        await a.inventory.setStock({ sku: 'TEE', warehouseId: 'wh', onHand: 5 });
        expect(await b.inventory.getItem('TEE', 'wh')).toBeUndefined();
        expect(await a.inventory.getItem('TEE', 'wh')).toMatchObject({ onHand: 5 });
      } finally {
        await dropSchema(pool, first);
        await dropSchema(pool, second);
      }
    });
  },
);
