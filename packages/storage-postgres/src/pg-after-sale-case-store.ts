import type { AfterSaleCase, AfterSaleCaseStore } from '@omskit/core';
import { requirePositiveInteger } from './pg-checks';
import type { PgContext } from './pg-context';
import type { RevisionedTable } from './pg-revisioned-table';
import { putRevisioned } from './pg-revisioned-table';
import type { QuotedSchema } from './pg-schema-name';

const cases: RevisionedTable = { table: 'after_sale_cases', columns: ['order_id'] };

const defaultLimit = 100;

/**
 * The query of `listOpen` (`$1` the id to continue after or null, `$2` the limit). The status
 * expression is written exactly as in the predicate of the partial index of migration 5, so the
 * planner can answer from that index.
 */
export function listOpenCasesSql(s: QuotedSchema): string {
  return `SELECT body, revision FROM ${s}.after_sale_cases
    WHERE (body #>> '{afterSale,status}') <> 'closed' AND ($1::text IS NULL OR id > $1)
    ORDER BY id LIMIT $2`;
}

/**
 * The {@link AfterSaleCaseStore} on PostgreSQL: jsonb bodies with compare-and-set revisions;
 * `listOpen` reads the partial index of migration 5.
 */
export function createPostgresAfterSaleCaseStore(
  context: PgContext,
): AfterSaleCaseStore & { listOpen: NonNullable<AfterSaleCaseStore['listOpen']> } {
  const s = context.schema;
  const rowsOf = (rows: readonly { body: AfterSaleCase; revision: number }[]) =>
    rows.map((row) => ({ value: row.body, revision: row.revision }));
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
      return rowsOf(rows);
    },
    async listOpen(query = {}) {
      const limit = query.limit === undefined ? defaultLimit : requirePositiveInteger(query.limit, ['limit']);
      const rows = await context.query<{ body: AfterSaleCase; revision: number }>(
        'after_sale_cases:list-open',
        listOpenCasesSql(s),
        [query.after ?? null, limit],
      );
      return rowsOf(rows);
    },
  };
}
