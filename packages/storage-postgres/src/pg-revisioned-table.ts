import type { CasResult } from '@omskit/core';
import { requireNonNegativeInteger, requireText } from './pg-checks';
import type { PgContext } from './pg-context';

/** A table of JSON bodies with a revision and a few columns copied out of the body for queries. */
export interface RevisionedTable {
  /** Table name inside the schema (a constant of this package, never user input). */
  readonly table: string;
  /** Names of the extra columns, in the order `put` passes their values. */
  readonly columns: readonly string[];
}

/**
 * Compare-and-set write of `body` under `id` in one statement: an insert that does nothing on
 * conflict (expected revision 0) or an update guarded by the revision. A refused write reports
 * the revision the statement saw; a row that a concurrent transaction was still creating is read
 * again once that transaction has committed.
 */
export async function putRevisioned(
  context: PgContext,
  spec: RevisionedTable,
  id: string,
  extra: readonly unknown[],
  body: unknown,
  expectedRevision: number,
): Promise<CasResult> {
  requireText(id, ['id']);
  requireNonNegativeInteger(expectedRevision, ['expectedRevision']);
  const s = context.schema;
  const columns = spec.columns.join(', ');
  const extraParams = spec.columns.map((_, index) => `$${index + 3}`).join(', ');
  const assignments = spec.columns.map((column, index) => `${column} = $${index + 3}`).join(', ');
  const write =
    expectedRevision === 0
      ? `INSERT INTO ${s}.${spec.table} (id, body, revision, ${columns}) VALUES ($1, $2::jsonb, 1, ${extraParams})
         ON CONFLICT (id) DO NOTHING RETURNING revision`
      : `UPDATE ${s}.${spec.table} SET body = $2::jsonb, revision = revision + 1, ${assignments}
         WHERE id = $1 AND revision = $${spec.columns.length + 3} RETURNING revision`;
  const values = [id, JSON.stringify(body), ...extra, ...(expectedRevision === 0 ? [] : [expectedRevision])];
  const rows = await context.query<{ revision: number; ok: boolean }>(
    `${spec.table}:put:${expectedRevision === 0 ? 'insert' : 'update'}`,
    `WITH written AS (${write})
     SELECT revision, true AS ok FROM written
     UNION ALL
     SELECT revision, false AS ok FROM ${s}.${spec.table} WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM written)`,
    values,
  );
  const [row] = rows;
  if (row?.ok === true) return { ok: true, revision: row.revision };
  if (row !== undefined) return { ok: false, reason: 'revision_mismatch', currentRevision: row.revision };
  const current = await context.query<{ revision: number }>(
    `${spec.table}:revision`,
    `SELECT revision FROM ${s}.${spec.table} WHERE id = $1`,
    [id],
  );
  return { ok: false, reason: 'revision_mismatch', currentRevision: current[0]?.revision ?? 0 };
}
