import type { OutboxEntry, OutboxState, OutboxStore } from '../contracts/stores';
import {
  compareText,
  copyJsonValue,
  requireFinite,
  requirePositiveDuration,
  requirePositiveInteger,
  requireText,
} from './memory-checks';

/** Raw access to the in-memory outbox, bypassing the store's logic. */
export interface MemoryOutboxRaw {
  /** The stored entry, copied, or undefined. */
  readOutboxEntry: (key: string) => OutboxEntry | undefined;
}

/** The in-memory {@link OutboxStore}, with raw access to its rows. */
export interface MemoryOutboxStore extends OutboxStore {
  /** Reads the stored rows directly. */
  readonly raw: MemoryOutboxRaw;
}

const oldestFirst = (a: OutboxEntry, b: OutboxEntry): number =>
  a.createdAt - b.createdAt || compareText(a.key, b.key);

/** The entry with the claim fields removed (they only exist while running). */
function unclaimed(entry: OutboxEntry): OutboxEntry {
  const { claimedBy: _owner, claimExpiresAt: _expiry, ...rest } = entry;
  return rest;
}

/**
 * Creates an in-memory {@link OutboxStore}. Payloads and results are stored as JSON copies, as a
 * database would keep them. Each claim counts as an attempt (so a worker that dies mid-run
 * still uses one up). `complete` and `fail` need the caller's claim to be current and unexpired
 * at `now`: once a claim has expired the entry may be claimed again, so a late result is
 * refused rather than racing the new owner; effects are idempotent by key, so the rerun is safe.
 */
export function createMemoryOutboxStore(): MemoryOutboxStore {
  const entries = new Map<string, OutboxEntry>();

  /** The entry when `owner` holds an unexpired claim on it at `now`. */
  const claimedEntry = (key: string, owner: string, now: number): OutboxEntry | undefined => {
    const entry = entries.get(key);
    if (entry?.state !== 'running' || entry.claimedBy !== owner) return undefined;
    return (entry.claimExpiresAt ?? Number.NEGATIVE_INFINITY) > now ? entry : undefined;
  };

  return {
    specificationVersion: 'v1',
    enqueue(effect, now) {
      requireText(effect.key, ['key']);
      requireText(effect.kind, ['kind']);
      requireFinite(now, ['now']);
      const runAfter = effect.runAfter === undefined ? now : requireFinite(effect.runAfter, ['runAfter']);
      const existing = entries.get(effect.key);
      if (existing !== undefined) return { created: false, entry: structuredClone(existing) };
      const entry: OutboxEntry = {
        key: effect.key,
        kind: effect.kind,
        payload: copyJsonValue(effect.payload, ['payload']),
        state: 'pending',
        attempts: 0,
        runAfter,
        createdAt: now,
        updatedAt: now,
      };
      entries.set(entry.key, entry);
      return { created: true, entry: structuredClone(entry) };
    },
    claim(owner, limit, leaseMs, now) {
      requireText(owner, ['owner']);
      requirePositiveInteger(limit, ['limit']);
      requirePositiveDuration(leaseMs, ['leaseMs']);
      requireFinite(now, ['now']);
      const due = [...entries.values()]
        .filter((entry) =>
          entry.state === 'pending'
            ? entry.runAfter <= now
            : entry.state === 'running' && (entry.claimExpiresAt ?? Number.NEGATIVE_INFINITY) <= now,
        )
        .sort(oldestFirst)
        .slice(0, limit);
      return due.map((entry) => {
        const running: OutboxEntry = {
          ...entry,
          state: 'running',
          attempts: entry.attempts + 1,
          claimedBy: owner,
          claimExpiresAt: now + leaseMs,
          updatedAt: now,
        };
        entries.set(entry.key, running);
        return structuredClone(running);
      });
    },
    complete(key, owner, result, now) {
      requireFinite(now, ['now']);
      const entry = claimedEntry(key, owner, now);
      if (entry === undefined) return false;
      const stored = copyJsonValue(result, ['result']);
      const done: OutboxEntry = { ...unclaimed(entry), state: 'done', updatedAt: now };
      entries.set(key, stored === undefined ? done : { ...done, result: stored });
      return true;
    },
    fail(key, owner, error, retryAt, now) {
      requireFinite(now, ['now']);
      if (retryAt !== undefined) requireFinite(retryAt, ['retryAt']);
      const entry = claimedEntry(key, owner, now);
      if (entry === undefined) return false;
      const lastError = { code: error.code, message: error.message };
      entries.set(
        key,
        retryAt === undefined
          ? { ...unclaimed(entry), state: 'parked', lastError, updatedAt: now }
          : { ...unclaimed(entry), state: 'pending', runAfter: retryAt, lastError, updatedAt: now },
      );
      return true;
    },
    cancel(key) {
      if (entries.get(key)?.state !== 'pending') return false;
      entries.delete(key);
      return true;
    },
    purge(before, limit = 1000) {
      requireFinite(before, ['before']);
      requirePositiveInteger(limit, ['limit']);
      const doomed = [...entries.values()]
        .filter((entry) => entry.state === 'done' && entry.createdAt < before)
        .sort(oldestFirst)
        .slice(0, limit);
      for (const entry of doomed) entries.delete(entry.key);
      return doomed.length;
    },
    get(key) {
      const entry = entries.get(key);
      return entry === undefined ? undefined : structuredClone(entry);
    },
    list(state: OutboxState, limit?: number) {
      const max = limit === undefined ? Number.POSITIVE_INFINITY : requirePositiveInteger(limit, ['limit']);
      return [...entries.values()]
        .filter((entry) => entry.state === state)
        .sort(oldestFirst)
        .slice(0, max)
        .map((entry) => structuredClone(entry));
    },
    raw: {
      readOutboxEntry(key) {
        const entry = entries.get(key);
        return entry === undefined ? undefined : structuredClone(entry);
      },
    },
  };
}
