import type { AfterSale, AfterSaleStore } from '@omskit/core';
import type { PgContext } from './pg-context';
import type { RevisionedTable } from './pg-revisioned-table';
import { putRevisioned } from './pg-revisioned-table';

const afterSales: RevisionedTable = { table: 'after_sales', columns: ['order_id'] };

/** The {@link AfterSaleStore} on PostgreSQL: jsonb bodies with compare-and-set revisions. */
export function createPostgresAfterSaleStore(context: PgContext): AfterSaleStore {
  const s = context.schema;
  return {
    specificationVersion: 'v1',
    async get(afterSaleId) {
      const rows = await context.query<{ body: AfterSale; revision: number }>(
        'after_sales:get',
        `SELECT body, revision FROM ${s}.after_sales WHERE id = $1`,
        [afterSaleId],
      );
      const row = rows[0];
      return row === undefined ? undefined : { value: row.body, revision: row.revision };
    },
    put: (afterSale, expectedRevision) =>
      putRevisioned(context, afterSales, afterSale.id, [afterSale.orderId], afterSale, expectedRevision),
    async listByOrder(orderId) {
      const rows = await context.query<{ body: AfterSale; revision: number }>(
        'after_sales:list',
        `SELECT body, revision FROM ${s}.after_sales WHERE order_id = $1 ORDER BY id`,
        [orderId],
      );
      return rows.map((row) => ({ value: row.body, revision: row.revision }));
    },
  };
}
