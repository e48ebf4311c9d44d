import { openAfterSaleCase } from '@omskit/core';
import { buildTestAfterSale } from '@omskit/core/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { listOpenCasesSql } from './pg-after-sale-case-store';
import { migrate } from './pg-migrate';
import { quoteSchemaName } from './pg-schema-name';
import { createPostgresStores } from './pg-stores';
import {
  createTestPool,
  dropSchema,
  postgresUnavailable,
  uniqueSchemaName,
} from './pg-test-database.test-helpers';

const unavailable = await postgresUnavailable();

describe.skipIf(unavailable !== undefined)(
  `after-sale cases on PostgreSQL${unavailable === undefined ? '' : ` (skipped: ${unavailable})`}`,
  () => {
    const pool = unavailable === undefined ? createTestPool(2) : undefined;
    afterAll(() => pool?.end());

    it('lists open cases through the partial index of migration 5', async () => {
      if (pool === undefined) return;
      const schema = uniqueSchemaName('omskit_cases');
      try {
        await migrate(pool, { schema });
        const stores = createPostgresStores(pool, { schema });
        for (const [id, status] of [
          ['as-1', 'requested'],
          ['as-2', 'closed'],
          ['as-3', 'refunded'],
        ] as const)
          await stores.afterSaleCases?.put(openAfterSaleCase(buildTestAfterSale({ id, status })), 0);
        const open = await stores.afterSaleCases?.listOpen?.({ limit: 10 });
        expect(open?.map((row) => row.value.afterSale.id)).toEqual(['as-1', 'as-3']);
        // On three rows the planner would scan the table anyway; with scans off it must be able
        // to answer from the index, which proves the query matches the index predicate.
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          await client.query('SET LOCAL enable_seqscan = off');
          const plan = await client.query<{ 'QUERY PLAN': string }>(
            `EXPLAIN ${listOpenCasesSql(quoteSchemaName(schema))}`,
            [null, 10],
          );
          expect(plan.rows.map((row) => row['QUERY PLAN']).join('\n')).toContain('after_sale_cases_open');
          await client.query('ROLLBACK');
        } finally {
          client.release();
        }
      } finally {
        await dropSchema(pool, schema);
      }
    });
  },
);
