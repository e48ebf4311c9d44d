import { expect, it } from 'vitest';
import type { ConformanceContext } from './storage-conformance-context';
import { baseTime, concurrently } from './storage-conformance-helpers';

const lease = 60_000;
const effect = (key: string, runAfter?: number) => ({
  key,
  kind: 'channel.ship',
  payload: { orderId: `o-${key}`, parcels: [{ carrier: 'sf', trackingNumber: 'SF100' }] },
  ...(runAfter === undefined ? {} : { runAfter }),
});
const boom = { code: 'network', message: 'socket hang up' };

/**
 * The `outbox` capability. Claims are exclusive; a claim is held while `now < claimExpiresAt`;
 * every claim counts one attempt; `complete` and `fail` need the caller's claim to be current
 * and unexpired at `now` (a late result after expiry is refused, so the effect runs again).
 */
export function outboxConformanceCases(context: ConformanceContext): void {
  it('enqueues a pending entry due now, with no attempts', async () => {
    const { stores, raw } = context;
    const { created, entry } = await stores.outbox.enqueue(effect('e-1'), baseTime);
    expect(created).toBe(true);
    const expected = { ...effect('e-1'), state: 'pending', attempts: 0, runAfter: baseTime };
    expect(entry).toMatchObject({ ...expected, createdAt: baseTime, updatedAt: baseTime });
    expect(await raw.readOutboxEntry('e-1')).toEqual(entry);
    expect(entry.claimedBy).toBeUndefined();
  });

  it('enqueues a key once: a repeat returns the stored entry and changes nothing', async () => {
    const { stores, raw } = context;
    const first = await stores.outbox.enqueue(effect('e-1'), baseTime);
    const again = await stores.outbox.enqueue({ ...effect('e-1'), payload: { other: true } }, baseTime + 5);
    expect(again).toEqual({ created: false, entry: first.entry });
    expect(await raw.readOutboxEntry('e-1')).toEqual(first.entry);
  });

  it('claims only due entries, oldest first, up to the limit, marking them running', async () => {
    const { stores, raw } = context;
    await stores.outbox.enqueue(effect('e-later', baseTime + 10_000), baseTime);
    await stores.outbox.enqueue(effect('e-2'), baseTime + 2);
    await stores.outbox.enqueue(effect('e-1'), baseTime + 1);
    await stores.outbox.enqueue(effect('e-3'), baseTime + 3);
    const claimed = await stores.outbox.claim('worker-a', 2, lease, baseTime + 100);
    expect(claimed.map((entry) => entry.key)).toEqual(['e-1', 'e-2']);
    expect(await raw.readOutboxEntry('e-1')).toMatchObject({
      state: 'running',
      attempts: 1,
      claimedBy: 'worker-a',
      claimExpiresAt: baseTime + 100 + lease,
    });
    const rest = await stores.outbox.claim('worker-a', 10, lease, baseTime + 100);
    expect(rest.map((entry) => entry.key)).toEqual(['e-3']);
    expect((await stores.outbox.claim('worker-b', 10, lease, baseTime + 10_000)).map((e) => e.key)).toEqual([
      'e-later',
    ]);
  });

  it('never hands a claimed entry to a second claimer while the claim holds', async () => {
    const { stores, raw } = context;
    await stores.outbox.enqueue(effect('e-1'), baseTime);
    await stores.outbox.claim('worker-a', 1, lease, baseTime);
    expect(await stores.outbox.claim('worker-b', 1, lease, baseTime + lease - 1)).toEqual([]);
    expect(await raw.readOutboxEntry('e-1')).toMatchObject({ claimedBy: 'worker-a', attempts: 1 });
  });

  it('lets another worker reclaim an expired claim and refuses the old owner afterwards', async () => {
    const { stores, raw } = context;
    await stores.outbox.enqueue(effect('e-1'), baseTime);
    await stores.outbox.claim('worker-a', 1, lease, baseTime);
    const reclaimed = await stores.outbox.claim('worker-b', 1, lease, baseTime + lease);
    expect(reclaimed).toMatchObject([{ key: 'e-1', claimedBy: 'worker-b', attempts: 2 }]);
    expect(await stores.outbox.complete('e-1', 'worker-a', { late: true }, baseTime + lease + 1)).toBe(false);
    expect(await stores.outbox.fail('e-1', 'worker-a', boom, undefined, baseTime + lease + 1)).toBe(false);
    expect(await raw.readOutboxEntry('e-1')).toMatchObject({ state: 'running', claimedBy: 'worker-b' });
  });

  it('completes for the owner, storing the result and dropping the claim', async () => {
    const { stores, raw } = context;
    await stores.outbox.enqueue(effect('e-1'), baseTime);
    await stores.outbox.claim('worker-a', 1, lease, baseTime);
    expect(await stores.outbox.complete('e-1', 'worker-a', { shipped: ['SF100'] }, baseTime + 5)).toBe(true);
    const stored = await raw.readOutboxEntry('e-1');
    expect(stored).toMatchObject({
      state: 'done',
      result: { shipped: ['SF100'] },
      attempts: 1,
      updatedAt: baseTime + 5,
    });
    expect(stored?.claimedBy).toBeUndefined();
    expect(stored?.claimExpiresAt).toBeUndefined();
    expect(await stores.outbox.complete('e-1', 'worker-a', { again: true }, baseTime + 6)).toBe(false);
    expect(await stores.outbox.claim('worker-b', 1, lease, baseTime + 10 * lease)).toEqual([]);
  });

  it('refuses complete and fail from a worker that does not hold the claim', async () => {
    const { stores, raw } = context;
    await stores.outbox.enqueue(effect('e-1'), baseTime);
    expect(await stores.outbox.complete('e-1', 'worker-a', null, baseTime)).toBe(false);
    const [claimed] = await stores.outbox.claim('worker-a', 1, lease, baseTime);
    expect(await stores.outbox.complete('e-1', 'worker-b', null, baseTime + 1)).toBe(false);
    expect(await stores.outbox.fail('e-1', 'worker-b', boom, baseTime + 10, baseTime + 1)).toBe(false);
    expect(await stores.outbox.complete('e-missing', 'worker-a', null, baseTime + 1)).toBe(false);
    expect(await raw.readOutboxEntry('e-1')).toEqual(claimed);
  });

  it('refuses complete from the owner once its claim has expired, even if nobody reclaimed it', async () => {
    const { stores, raw } = context;
    await stores.outbox.enqueue(effect('e-1'), baseTime);
    const [claimed] = await stores.outbox.claim('worker-a', 1, lease, baseTime);
    expect(await stores.outbox.complete('e-1', 'worker-a', null, baseTime + lease)).toBe(false);
    expect(await raw.readOutboxEntry('e-1')).toEqual(claimed);
  });

  it('puts a failed entry back to pending until retryAt, keeping the error', async () => {
    const { stores, raw } = context;
    await stores.outbox.enqueue(effect('e-1'), baseTime);
    await stores.outbox.claim('worker-a', 1, lease, baseTime);
    expect(await stores.outbox.fail('e-1', 'worker-a', boom, baseTime + 5000, baseTime + 10)).toBe(true);
    const stored = await raw.readOutboxEntry('e-1');
    expect(stored).toMatchObject({
      state: 'pending',
      runAfter: baseTime + 5000,
      lastError: boom,
      attempts: 1,
    });
    expect(stored?.claimedBy).toBeUndefined();
    expect(await stores.outbox.claim('worker-b', 1, lease, baseTime + 4999)).toEqual([]);
    expect(await stores.outbox.claim('worker-b', 1, lease, baseTime + 5000)).toMatchObject([
      { key: 'e-1', attempts: 2, claimedBy: 'worker-b' },
    ]);
  });

  it('parks a failed entry without retryAt, never to be claimed again', async () => {
    const { stores, raw } = context;
    await stores.outbox.enqueue(effect('e-1'), baseTime);
    await stores.outbox.claim('worker-a', 1, lease, baseTime);
    expect(await stores.outbox.fail('e-1', 'worker-a', boom, undefined, baseTime + 10)).toBe(true);
    expect(await raw.readOutboxEntry('e-1')).toMatchObject({ state: 'parked', lastError: boom });
    expect(await stores.outbox.claim('worker-b', 1, lease, baseTime + 100 * lease)).toEqual([]);
    expect((await stores.outbox.list('parked')).map((entry) => entry.key)).toEqual(['e-1']);
  });

  it('gets one entry and lists a state oldest first with a limit', async () => {
    const { stores } = context;
    for (const [index, key] of ['e-3', 'e-1', 'e-2'].entries())
      await stores.outbox.enqueue(effect(key), baseTime + index);
    expect(await stores.outbox.get('e-9')).toBeUndefined();
    expect(await stores.outbox.get('e-1')).toMatchObject({ key: 'e-1', state: 'pending' });
    expect((await stores.outbox.list('pending')).map((entry) => entry.key)).toEqual(['e-3', 'e-1', 'e-2']);
    expect((await stores.outbox.list('pending', 2)).map((entry) => entry.key)).toEqual(['e-3', 'e-1']);
    expect(await stores.outbox.list('done')).toEqual([]);
  });

  it('keeps its own copy of the payload', async () => {
    const { stores, raw } = context;
    const queued = effect('e-1');
    await stores.outbox.enqueue(queued, baseTime);
    queued.payload.parcels.length = 0;
    expect((await raw.readOutboxEntry('e-1'))?.payload).toEqual(effect('e-1').payload);
  });

  it('hands every entry to exactly one of many concurrent claimers', async () => {
    const { stores, raw } = context;
    const keys = Array.from({ length: 20 }, (_, index) => `e-${String(index).padStart(2, '0')}`);
    for (const key of keys) await stores.outbox.enqueue(effect(key), baseTime);
    const batches = await concurrently(10, (index) =>
      stores.outbox.claim(`worker-${index}`, 3, lease, baseTime + 1),
    );
    const claimed = batches.flatMap((batch, index) =>
      batch.map((entry) => [entry.key, `worker-${index}`] as const),
    );
    expect(claimed.map(([key]) => key).sort()).toEqual(keys);
    for (const [key, owner] of claimed) {
      expect(await raw.readOutboxEntry(key)).toMatchObject({
        state: 'running',
        claimedBy: owner,
        attempts: 1,
      });
    }
  });
}
