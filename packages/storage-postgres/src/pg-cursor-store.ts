import { randomUUID } from 'node:crypto';
import type { CursorStore, Lease, SyncCursor } from '@omskit/core';
import { jsonText, requireFinite, requireInstantMs, requirePositiveDuration, requireText } from './pg-checks';
import type { PgContext } from './pg-context';

interface LeaseRow {
  key: string;
  owner: string;
  token: string;
  expires_at: number;
}

/** A lease row as the contract's {@link Lease}. */
export function leaseOfRow(row: LeaseRow): Lease {
  return { key: row.key, owner: row.owner, token: row.token, expiresAt: row.expires_at };
}

/**
 * The {@link CursorStore} on PostgreSQL. A lease is held while `now < expiresAt`; every
 * acquisition mints a random token, so a stale holder is fenced even when the same owner takes
 * the lease again. Acquisition is one upsert whose update only fires when the lease is free,
 * expired or already the caller's, so of concurrent acquirers exactly one wins. `saveCursor`
 * locks the lease row it checks (`FOR SHARE`), so a takeover cannot slip in between check and write.
 */
export function createPostgresCursorStore(context: PgContext): CursorStore {
  const s = context.schema;
  return {
    specificationVersion: 'v1',
    async acquireLease(key, owner, ttlMs, now) {
      requireText(key, ['key']);
      requireText(owner, ['owner']);
      requirePositiveDuration(ttlMs, ['ttlMs']);
      requireFinite(now, ['now']);
      const rows = await context.query<LeaseRow>(
        'leases:acquire',
        `INSERT INTO ${s}.leases AS lease (key, owner, token, expires_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (key) DO UPDATE SET owner = EXCLUDED.owner, token = EXCLUDED.token, expires_at = EXCLUDED.expires_at
         WHERE lease.owner = EXCLUDED.owner OR lease.expires_at <= $5
         RETURNING key, owner, token, expires_at`,
        [key, owner, randomUUID(), now + ttlMs, now],
      );
      const row = rows[0];
      return row === undefined ? undefined : leaseOfRow(row);
    },
    async renewLease(lease, ttlMs, now) {
      requirePositiveDuration(ttlMs, ['ttlMs']);
      requireFinite(now, ['now']);
      const rows = await context.query<LeaseRow>(
        'leases:renew',
        `UPDATE ${s}.leases SET expires_at = $4
         WHERE key = $1 AND owner = $2 AND token = $3 AND expires_at > $5
         RETURNING key, owner, token, expires_at`,
        [lease.key, lease.owner, lease.token, now + ttlMs, now],
      );
      const row = rows[0];
      return row === undefined ? undefined : leaseOfRow(row);
    },
    async releaseLease(lease) {
      await context.query('leases:release', `DELETE FROM ${s}.leases WHERE key = $1 AND token = $2`, [
        lease.key,
        lease.token,
      ]);
    },
    async getCursor(key) {
      const rows = await context.query<{ body: SyncCursor }>(
        'cursors:get',
        `SELECT body FROM ${s}.cursors WHERE key = $1`,
        [key],
      );
      return rows[0]?.body;
    },
    async saveCursor(key, cursor, lease, now) {
      requireText(key, ['key']);
      requireInstantMs(cursor.syncedUntil, ['cursor', 'syncedUntil']);
      requireFinite(now, ['now']);
      if (lease.key !== key) return false;
      const rows = await context.query(
        'cursors:save',
        `WITH held AS (
           SELECT key FROM ${s}.leases WHERE key = $1 AND owner = $3 AND token = $4 AND expires_at > $5 FOR SHARE
         )
         INSERT INTO ${s}.cursors (key, body) SELECT key, $2::jsonb FROM held
         ON CONFLICT (key) DO UPDATE SET body = EXCLUDED.body
         RETURNING key`,
        [key, jsonText(cursor, ['cursor']), lease.owner, lease.token, now],
      );
      return rows.length > 0;
    },
  };
}
