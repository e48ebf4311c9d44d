import type { QuarantinedPayload, QuarantineStore } from '@omskit/core';
import { jsonText, requireInstantMs, requireText } from './pg-checks';
import type { PgContext } from './pg-context';

/** The {@link QuarantineStore} on PostgreSQL: the first payload per id wins; oldest first by `at`, then id. */
export function createPostgresQuarantineStore(context: PgContext): QuarantineStore {
  const s = context.schema;
  return {
    specificationVersion: 'v1',
    async put(item) {
      requireText(item.id, ['id']);
      const at = requireInstantMs(item.at, ['at']);
      await context.query(
        'quarantine:put',
        `INSERT INTO ${s}.quarantine (id, at_ms, body) VALUES ($1, $2, $3::jsonb) ON CONFLICT (id) DO NOTHING`,
        [item.id, at, jsonText(item, [])],
      );
    },
    async list() {
      const rows = await context.query<{ body: QuarantinedPayload }>(
        'quarantine:list',
        `SELECT body FROM ${s}.quarantine ORDER BY at_ms, id`,
      );
      return rows.map((row) => row.body);
    },
    async remove(id) {
      const rows = await context.query(
        'quarantine:remove',
        `DELETE FROM ${s}.quarantine WHERE id = $1 RETURNING id`,
        [id],
      );
      return rows.length > 0;
    },
  };
}
