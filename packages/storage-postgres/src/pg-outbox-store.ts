import type { OutboxEntry, OutboxState, OutboxStore } from '@omskit/core';
import {
  compareText,
  jsonText,
  requireFinite,
  requirePositiveDuration,
  requirePositiveInteger,
  requireText,
} from './pg-checks';
import type { PgContext } from './pg-context';

/** An outbox row as selected by {@link outboxColumns}: JSON columns come back as text. */
export interface OutboxRow {
  key: string;
  kind: string;
  payload: string | null;
  state: OutboxState;
  attempts: number;
  run_after: number;
  last_error: string | null;
  result: string | null;
  claimed_by: string | null;
  claim_expires_at: number | null;
  created_at: number;
  updated_at: number;
}

/**
 * The select list of an outbox row, columns qualified by `alias` when given; JSON comes back as
 * text, so a stored JSON `null` stays apart from no value.
 */
export function outboxColumns(alias?: string): string {
  const p = alias === undefined ? '' : `${alias}.`;
  return `${p}key, ${p}kind, ${p}payload::text AS payload, ${p}state, ${p}attempts, ${p}run_after,
    ${p}last_error::text AS last_error, ${p}result::text AS result, ${p}claimed_by, ${p}claim_expires_at,
    ${p}created_at, ${p}updated_at`;
}

/** An outbox row as the contract's {@link OutboxEntry}; absent values are left out. */
export function outboxEntryOfRow(row: OutboxRow): OutboxEntry {
  return {
    key: row.key,
    kind: row.kind,
    payload: row.payload === null ? undefined : (JSON.parse(row.payload) as unknown),
    state: row.state,
    attempts: row.attempts,
    runAfter: row.run_after,
    ...(row.last_error === null
      ? {}
      : { lastError: JSON.parse(row.last_error) as { code: string; message: string } }),
    ...(row.result === null ? {} : { result: JSON.parse(row.result) as unknown }),
    ...(row.claimed_by === null ? {} : { claimedBy: row.claimed_by }),
    ...(row.claim_expires_at === null ? {} : { claimExpiresAt: row.claim_expires_at }),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const oldestFirst = (a: OutboxEntry, b: OutboxEntry): number =>
  a.createdAt - b.createdAt || compareText(a.key, b.key);

/**
 * The {@link OutboxStore} on PostgreSQL. `claim` is one statement that locks the oldest due rows
 * with `FOR UPDATE SKIP LOCKED`, so concurrent claimers split the work without waiting on each
 * other and no row is claimed twice; `complete` and `fail` are updates guarded by an unexpired
 * claim of the caller. Each claim counts one attempt.
 */
export function createPostgresOutboxStore(context: PgContext): OutboxStore {
  const s = context.schema;
  const get = async (key: string): Promise<OutboxEntry | undefined> => {
    const rows = await context.query<OutboxRow>(
      'outbox:get',
      `SELECT ${outboxColumns()} FROM ${s}.outbox WHERE key = $1`,
      [key],
    );
    const row = rows[0];
    return row === undefined ? undefined : outboxEntryOfRow(row);
  };
  return {
    specificationVersion: 'v1',
    async enqueue(effect, now) {
      requireText(effect.key, ['key']);
      requireText(effect.kind, ['kind']);
      requireFinite(now, ['now']);
      const runAfter = effect.runAfter === undefined ? now : requireFinite(effect.runAfter, ['runAfter']);
      const payload = jsonText(effect.payload, ['payload']);
      const inserted = await context.query<OutboxRow>(
        'outbox:enqueue',
        `INSERT INTO ${s}.outbox (key, kind, payload, state, attempts, run_after, created_at, updated_at)
         VALUES ($1, $2, $3::jsonb, 'pending', 0, $4, $5, $5)
         ON CONFLICT (key) DO NOTHING RETURNING ${outboxColumns()}`,
        [effect.key, effect.kind, payload, runAfter, now],
      );
      const created = inserted[0];
      if (created !== undefined) return { created: true, entry: outboxEntryOfRow(created) };
      const existing = await get(effect.key);
      if (existing === undefined) throw new Error(`outbox entry ${effect.key} vanished`);
      return { created: false, entry: existing };
    },
    async claim(owner, limit, leaseMs, now) {
      requireText(owner, ['owner']);
      requirePositiveInteger(limit, ['limit']);
      requirePositiveDuration(leaseMs, ['leaseMs']);
      requireFinite(now, ['now']);
      const rows = await context.query<OutboxRow>(
        'outbox:claim',
        `UPDATE ${s}.outbox AS o SET state = 'running', attempts = o.attempts + 1, claimed_by = $1,
           claim_expires_at = $2, updated_at = $3
         FROM (
           SELECT key FROM ${s}.outbox
           WHERE (state = 'pending' AND run_after <= $3) OR (state = 'running' AND claim_expires_at <= $3)
           ORDER BY created_at, key LIMIT $4 FOR UPDATE SKIP LOCKED
         ) AS due
         WHERE o.key = due.key
         RETURNING ${outboxColumns('o')}`,
        [owner, now + leaseMs, now, limit],
      );
      return rows.map(outboxEntryOfRow).sort(oldestFirst);
    },
    async complete(key, owner, result, now) {
      requireFinite(now, ['now']);
      const stored = jsonText(result, ['result']);
      const rows = await context.query(
        'outbox:complete',
        `UPDATE ${s}.outbox SET state = 'done', result = $3::jsonb, claimed_by = NULL, claim_expires_at = NULL,
           updated_at = $4
         WHERE key = $1 AND state = 'running' AND claimed_by = $2 AND claim_expires_at > $4
         RETURNING key`,
        [key, owner, stored, now],
      );
      return rows.length > 0;
    },
    async fail(key, owner, error, retryAt, now) {
      requireFinite(now, ['now']);
      if (retryAt !== undefined) requireFinite(retryAt, ['retryAt']);
      const lastError = JSON.stringify({ code: error.code, message: error.message });
      const rows = await context.query(
        'outbox:fail',
        `UPDATE ${s}.outbox SET
           state = CASE WHEN $4::double precision IS NULL THEN 'parked' ELSE 'pending' END,
           run_after = coalesce($4::double precision, run_after),
           last_error = $3::jsonb, claimed_by = NULL, claim_expires_at = NULL, updated_at = $5
         WHERE key = $1 AND state = 'running' AND claimed_by = $2 AND claim_expires_at > $5
         RETURNING key`,
        [key, owner, lastError, retryAt ?? null, now],
      );
      return rows.length > 0;
    },
    async cancel(key) {
      const rows = await context.query(
        'outbox:cancel',
        `DELETE FROM ${s}.outbox WHERE key = $1 AND state = 'pending' RETURNING key`,
        [key],
      );
      return rows.length > 0;
    },
    async purge(before, limit = 1000) {
      requireFinite(before, ['before']);
      requirePositiveInteger(limit, ['limit']);
      // The (state, created_at, key) index of migration 1 serves the oldest-first scan.
      const rows = await context.query(
        'outbox:purge',
        `DELETE FROM ${s}.outbox WHERE key IN (
           SELECT key FROM ${s}.outbox WHERE state = 'done' AND created_at < $1
           ORDER BY created_at, key LIMIT $2)
         RETURNING key`,
        [before, limit],
      );
      return rows.length;
    },
    get,
    async list(state, limit) {
      const max = limit === undefined ? null : requirePositiveInteger(limit, ['limit']);
      const rows = await context.query<OutboxRow>(
        'outbox:list',
        `SELECT ${outboxColumns()} FROM ${s}.outbox WHERE state = $1 ORDER BY created_at, key LIMIT $2`,
        [state, max],
      );
      return rows.map(outboxEntryOfRow);
    },
  };
}
