import { expect, it } from 'vitest';
import type { SyncCursor } from '../contracts/stores';
import type { ConformanceContext } from './storage-conformance-context';
import { baseTime, concurrently } from './storage-conformance-helpers';

const key = 'taobao:shop-1';
const ttl = 30_000;
const cursor = (syncedUntil: string, state?: Record<string, string>): SyncCursor =>
  state === undefined ? { syncedUntil } : { syncedUntil, state };

/**
 * The `cursors` capability. A lease is held while `now < expiresAt`; acquiring mints a new token
 * (also for the owner that already holds it); renewal keeps the token and fails once expired;
 * `saveCursor` writes only under the current, unexpired lease of the same key.
 */
export function cursorConformanceCases(context: ConformanceContext): void {
  it('has no cursor and no lease before the first sync', async () => {
    const { stores, raw } = context;
    expect(await stores.cursors.getCursor(key)).toBeUndefined();
    expect(await raw.readCursor(key)).toBeUndefined();
    expect(await raw.readLease(key)).toBeUndefined();
  });

  it('grants a free lease until now + ttl and stores it', async () => {
    const { stores, raw } = context;
    const lease = await stores.cursors.acquireLease(key, 'worker-a', ttl, baseTime);
    expect(lease).toMatchObject({ key, owner: 'worker-a', expiresAt: baseTime + ttl });
    expect(typeof lease?.token).toBe('string');
    expect(lease?.token).not.toBe('');
    expect(await raw.readLease(key)).toEqual(lease);
  });

  it('keeps the lease exclusive until it expires, then lets another owner take it over', async () => {
    const { stores, raw } = context;
    const first = await stores.cursors.acquireLease(key, 'worker-a', ttl, baseTime);
    expect(await stores.cursors.acquireLease(key, 'worker-b', ttl, baseTime + ttl - 1)).toBeUndefined();
    expect(await raw.readLease(key)).toEqual(first);
    const second = await stores.cursors.acquireLease(key, 'worker-b', ttl, baseTime + ttl);
    expect(second).toMatchObject({ key, owner: 'worker-b', expiresAt: baseTime + 2 * ttl });
    expect(second?.token).not.toBe(first?.token);
    expect(await raw.readLease(key)).toEqual(second);
  });

  it('gives the holder a fresh token when it acquires again, fencing the old one', async () => {
    const { stores, raw } = context;
    const first = await stores.cursors.acquireLease(key, 'worker-a', ttl, baseTime);
    const again = await stores.cursors.acquireLease(key, 'worker-a', ttl, baseTime + 1000);
    expect(again).toMatchObject({ owner: 'worker-a', expiresAt: baseTime + 1000 + ttl });
    expect(again?.token).not.toBe(first?.token);
    if (first === undefined) throw new Error('no lease');
    expect(
      await stores.cursors.saveCursor(key, cursor('2026-11-11T00:00:00.000Z'), first, baseTime + 2000),
    ).toBe(false);
    expect(await raw.readCursor(key)).toBeUndefined();
  });

  it('renews a held lease, keeping its token, and refuses to renew a lost or expired one', async () => {
    const { stores, raw } = context;
    const lease = await stores.cursors.acquireLease(key, 'worker-a', ttl, baseTime);
    if (lease === undefined) throw new Error('no lease');
    const renewed = await stores.cursors.renewLease(lease, ttl, baseTime + 10_000);
    expect(renewed).toEqual({ ...lease, expiresAt: baseTime + 10_000 + ttl });
    expect(await raw.readLease(key)).toEqual(renewed);
    expect(await stores.cursors.renewLease(lease, ttl, baseTime + 10_000 + ttl)).toBeUndefined();
    const taken = await stores.cursors.acquireLease(key, 'worker-b', ttl, baseTime + 10_000 + ttl);
    expect(await stores.cursors.renewLease(lease, ttl, baseTime + 10_000 + ttl + 1)).toBeUndefined();
    expect(await raw.readLease(key)).toEqual(taken);
  });

  it('releases a lease so another owner gets it at once; a stale release changes nothing', async () => {
    const { stores, raw } = context;
    const lease = await stores.cursors.acquireLease(key, 'worker-a', ttl, baseTime);
    if (lease === undefined) throw new Error('no lease');
    await stores.cursors.releaseLease(lease);
    expect(await raw.readLease(key)).toBeUndefined();
    const next = await stores.cursors.acquireLease(key, 'worker-b', ttl, baseTime + 1);
    expect(next?.owner).toBe('worker-b');
    await stores.cursors.releaseLease(lease);
    expect(await raw.readLease(key)).toEqual(next);
  });

  it('saves the cursor under the current lease and reads it back', async () => {
    const { stores, raw } = context;
    const lease = await stores.cursors.acquireLease(key, 'worker-a', ttl, baseTime);
    if (lease === undefined) throw new Error('no lease');
    const saved = cursor('2026-11-11T00:00:00.000Z', { pageToken: 'p-2' });
    expect(await stores.cursors.saveCursor(key, saved, lease, baseTime + 1)).toBe(true);
    expect(await raw.readCursor(key)).toEqual(saved);
    expect(await stores.cursors.getCursor(key)).toEqual(saved);
    const next = cursor('2026-11-11T00:30:00.000Z');
    expect(await stores.cursors.saveCursor(key, next, lease, baseTime + 2)).toBe(true);
    expect(await raw.readCursor(key)).toEqual(next);
  });

  it('fences: a stale lease after a takeover cannot save, and the stored cursor is unchanged', async () => {
    const { stores, raw } = context;
    const stale = await stores.cursors.acquireLease(key, 'worker-a', ttl, baseTime);
    if (stale === undefined) throw new Error('no lease');
    await stores.cursors.saveCursor(key, cursor('2026-11-11T00:00:00.000Z'), stale, baseTime + 1);
    const current = await stores.cursors.acquireLease(key, 'worker-b', ttl, baseTime + ttl + 1);
    if (current === undefined) throw new Error('no lease');
    await stores.cursors.saveCursor(key, cursor('2026-11-11T01:00:00.000Z'), current, baseTime + ttl + 2);
    const late = cursor('2026-11-11T00:10:00.000Z');
    expect(await stores.cursors.saveCursor(key, late, stale, baseTime + ttl + 3)).toBe(false);
    expect(await raw.readCursor(key)).toEqual(cursor('2026-11-11T01:00:00.000Z'));
  });

  it('refuses to save under an expired lease nobody took over, or under another key’s lease', async () => {
    const { stores, raw } = context;
    const lease = await stores.cursors.acquireLease(key, 'worker-a', ttl, baseTime);
    const other = await stores.cursors.acquireLease('jd:shop-9', 'worker-a', ttl, baseTime);
    if (lease === undefined || other === undefined) throw new Error('no lease');
    expect(
      await stores.cursors.saveCursor(key, cursor('2026-11-11T00:00:00.000Z'), lease, baseTime + ttl),
    ).toBe(false);
    expect(
      await stores.cursors.saveCursor(key, cursor('2026-11-11T00:00:00.000Z'), other, baseTime + 1),
    ).toBe(false);
    expect(await raw.readCursor(key)).toBeUndefined();
  });

  it('keeps its own copy of a saved cursor', async () => {
    const { stores, raw } = context;
    const lease = await stores.cursors.acquireLease(key, 'worker-a', ttl, baseTime);
    if (lease === undefined) throw new Error('no lease');
    const state: Record<string, string> = { pageToken: 'p-2' };
    await stores.cursors.saveCursor(key, cursor('2026-11-11T00:00:00.000Z', state), lease, baseTime + 1);
    state['pageToken'] = 'changed';
    expect(await raw.readCursor(key)).toEqual(cursor('2026-11-11T00:00:00.000Z', { pageToken: 'p-2' }));
  });

  it('grants the lease to exactly one of 20 concurrent acquirers', async () => {
    const { stores, raw } = context;
    const leases = await concurrently(20, (index) =>
      stores.cursors.acquireLease(key, `worker-${index}`, ttl, baseTime),
    );
    const granted = leases.filter((lease) => lease !== undefined);
    expect(granted).toHaveLength(1);
    expect(await raw.readLease(key)).toEqual(granted[0]);
  });
}
