import type { Order, OrderQuery, OrderStore, Revisioned } from '@omskit/core';
import { requireInstantMs, requirePositiveInteger } from './pg-checks';
import type { PgContext } from './pg-context';
import type { RevisionedTable } from './pg-revisioned-table';
import { putRevisioned } from './pg-revisioned-table';

const orders: RevisionedTable = {
  table: 'orders',
  columns: ['channel', 'shop_id', 'status', 'platform_modified_ms'],
};
const defaultLimit = 100;

/**
 * The {@link OrderStore} on PostgreSQL: the order as jsonb plus the columns `list` filters on.
 * Ids sort with `COLLATE "C"`; an unparseable `platformModifiedAt` never matches `modifiedSince`.
 */
export function createPostgresOrderStore(context: PgContext): OrderStore {
  const s = context.schema;
  return {
    specificationVersion: 'v1',
    async get(orderId) {
      const rows = await context.query<{ body: Order; revision: number }>(
        'orders:get',
        `SELECT body, revision FROM ${s}.orders WHERE id = $1`,
        [orderId],
      );
      const row = rows[0];
      return row === undefined ? undefined : { value: row.body, revision: row.revision };
    },
    put(order, expectedRevision) {
      const modified = Date.parse(order.platformModifiedAt);
      return putRevisioned(
        context,
        orders,
        order.id,
        [order.channel, order.shopId, order.status, Number.isFinite(modified) ? modified : null],
        order,
        expectedRevision,
      );
    },
    async list(query: OrderQuery = {}) {
      const limit = query.limit === undefined ? defaultLimit : requirePositiveInteger(query.limit, ['limit']);
      const conditions: string[] = [];
      const values: unknown[] = [];
      const add = (condition: (param: string) => string, value: unknown) => {
        values.push(value);
        conditions.push(condition(`$${values.length}`));
      };
      if (query.channel !== undefined) add((p) => `channel = ${p}`, query.channel);
      if (query.shopId !== undefined) add((p) => `shop_id = ${p}`, query.shopId);
      if (query.status !== undefined) add((p) => `status = ANY (${p}::text[])`, [...query.status]);
      if (query.modifiedSince !== undefined) {
        const since = requireInstantMs(query.modifiedSince, ['modifiedSince']);
        add((p) => `platform_modified_ms >= ${p}`, since);
      }
      if (query.after !== undefined) add((p) => `id > ${p} COLLATE "C"`, query.after);
      values.push(limit);
      const where = conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
      const result = await context.pool.query<{ body: Order; revision: number }>(
        `SELECT body, revision FROM ${s}.orders ${where} ORDER BY id LIMIT $${values.length}`,
        values,
      );
      return result.rows.map((row): Revisioned<Order> => ({ value: row.body, revision: row.revision }));
    },
  };
}
