import type { AfterSaleCase, AfterSaleCaseStore } from '@omskit/core';
import type { PgContext } from './pg-context';
import type { RevisionedTable } from './pg-revisioned-table';
import { putRevisioned } from './pg-revisioned-table';

const cases: RevisionedTable = { table: 'after_sale_cases', columns: ['order_id'] };

/** The {@link AfterSaleCaseStore} on PostgreSQL: jsonb bodies with compare-and-set revisions. */
export function createPostgresAfterSaleCaseStore(context: PgContext): AfterSaleCaseStore {
  const s = context.schema;
  return {
    specificationVersion: 'v1',
    async get(afterSaleId) {
      const rows = await context.query<{ body: AfterSaleCase; revision: number }>(
        'after_sale_cases:get',
        `SELECT body, revision FROM ${s}.after_sale_cases WHERE id = $1`,
        [afterSaleId],
      );
      const row = rows[0];
      return row === undefined ? undefined : { value: row.body, revision: row.revision };
    },
    put: (afterSaleCase, expectedRevision) =>
      putRevisioned(
        context,
        cases,
        afterSaleCase.afterSale.id,
        [afterSaleCase.afterSale.orderId],
        afterSaleCase,
        expectedRevision,
      ),
    async listByOrder(orderId) {
      const rows = await context.query<{ body: AfterSaleCase; revision: number }>(
        'after_sale_cases:list',
        `SELECT body, revision FROM ${s}.after_sale_cases WHERE order_id = $1 ORDER BY id`,
        [orderId],
      );
      return rows.map((row) => ({ value: row.body, revision: row.revision }));
    },
  };
}
