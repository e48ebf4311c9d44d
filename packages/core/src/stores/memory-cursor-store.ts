import type { CursorStore, Lease, SyncCursor } from '../contracts/stores';
import { requireFinite, requireInstantMs, requirePositiveDuration, requireText } from './memory-checks';

/** Raw access to the in-memory cursors and leases, bypassing the store's logic. */
export interface MemoryCursorRaw {
  /** The stored cursor, copied, or undefined. */
  readCursor: (key: string) => SyncCursor | undefined;
  /** The stored lease (even an expired one), or undefined when none was taken or it was released. */
  readLease: (key: string) => Lease | undefined;
}

/** The in-memory {@link CursorStore}, with raw access to its rows. */
export interface MemoryCursorStore extends CursorStore {
  /** Reads the stored rows directly. */
  readonly raw: MemoryCursorRaw;
}

/**
 * Creates an in-memory {@link CursorStore}. A lease is held while `now < expiresAt`. Every
 * acquisition mints a new token from a counter (so a stale holder is fenced even when the same
 * owner takes the lease again); renewal keeps the token and fails once the lease has expired,
 * like `saveCursor`.
 */
export function createMemoryCursorStore(): MemoryCursorStore {
  const leases = new Map<string, Lease>();
  const cursors = new Map<string, SyncCursor>();
  let tokens = 0;

  /** The current lease when `lease` is it and it is unexpired at `now`. */
  const held = (lease: Lease, now: number): Lease | undefined => {
    const current = leases.get(lease.key);
    if (current === undefined || current.token !== lease.token || current.owner !== lease.owner)
      return undefined;
    return current.expiresAt > now ? current : undefined;
  };

  return {
    specificationVersion: 'v1',
    acquireLease(key, owner, ttlMs, now) {
      requireText(key, ['key']);
      requireText(owner, ['owner']);
      requirePositiveDuration(ttlMs, ['ttlMs']);
      requireFinite(now, ['now']);
      const current = leases.get(key);
      if (current !== undefined && current.owner !== owner && current.expiresAt > now) return undefined;
      tokens += 1;
      const lease: Lease = { key, owner, token: `lease-${tokens}`, expiresAt: now + ttlMs };
      leases.set(key, lease);
      return { ...lease };
    },
    renewLease(lease, ttlMs, now) {
      requirePositiveDuration(ttlMs, ['ttlMs']);
      requireFinite(now, ['now']);
      const current = held(lease, now);
      if (current === undefined) return undefined;
      const renewed: Lease = { ...current, expiresAt: now + ttlMs };
      leases.set(lease.key, renewed);
      return { ...renewed };
    },
    releaseLease(lease) {
      if (leases.get(lease.key)?.token === lease.token) leases.delete(lease.key);
    },
    getCursor(key) {
      const cursor = cursors.get(key);
      return cursor === undefined ? undefined : structuredClone(cursor);
    },
    saveCursor(key, cursor, lease, now) {
      requireText(key, ['key']);
      requireInstantMs(cursor.syncedUntil, ['cursor', 'syncedUntil']);
      requireFinite(now, ['now']);
      if (lease.key !== key || held(lease, now) === undefined) return false;
      cursors.set(key, structuredClone(cursor));
      return true;
    },
    raw: {
      readCursor(key) {
        const cursor = cursors.get(key);
        return cursor === undefined ? undefined : structuredClone(cursor);
      },
      readLease(key) {
        const lease = leases.get(key);
        return lease === undefined ? undefined : { ...lease };
      },
    },
  };
}
