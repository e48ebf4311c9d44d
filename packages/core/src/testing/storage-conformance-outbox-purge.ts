import { expect, it } from 'vitest';
import type { ConformanceContext } from './storage-conformance-context';
import { baseTime, expectOmsError } from './storage-conformance-helpers';

const lease = 60_000;
const effect = (key: string) => ({ key, kind: 'channel.ship', payload: { orderId: `o-${key}` } });

/**
 * The `outboxPurge` capability: `OutboxStore.purge` deletes `done` entries created before a time,
 * oldest first, up to a limit, and never touches pending, running or parked ones.
 */
export function outboxPurgeConformanceCases(context: ConformanceContext): void {
  const purge = (before: number, limit?: number) => {
    const outbox = context.stores.outbox;
    if (outbox.purge === undefined)
      throw new Error(
        'storage conformance: outbox has no purge; implement it or skip "outboxPurge" with a reason',
      );
    return limit === undefined ? outbox.purge(before) : outbox.purge(before, limit);
  };
  /** Enqueues `key` at `at` and runs it to `done`. */
  const done = async (key: string, at: number) => {
    const { stores } = context;
    await stores.outbox.enqueue(effect(key), at);
    await stores.outbox.claim('worker', 1, lease, at);
    expect(await stores.outbox.complete(key, 'worker', { ok: true }, at + 1)).toBe(true);
  };

  it('deletes done entries created before the time, oldest first, up to the limit', async () => {
    const { raw } = context;
    await done('p-1', baseTime + 1);
    await done('p-2', baseTime + 2);
    await done('p-3', baseTime + 3);
    await done('p-late', baseTime + 100);
    expect(await purge(baseTime + 50, 2)).toBe(2);
    expect(await raw.readOutboxEntry('p-1')).toBeUndefined();
    expect(await raw.readOutboxEntry('p-2')).toBeUndefined();
    expect(await raw.readOutboxEntry('p-3')).toMatchObject({ state: 'done' });
    expect(await purge(baseTime + 50)).toBe(1);
    expect(await purge(baseTime + 50)).toBe(0);
    expect(await raw.readOutboxEntry('p-late')).toMatchObject({ state: 'done' });
  });

  it('never touches pending, running or parked entries', async () => {
    const { stores, raw } = context;
    await stores.outbox.enqueue(effect('p-running'), baseTime);
    await stores.outbox.claim('worker', 1, lease, baseTime);
    await stores.outbox.enqueue(effect('p-parked'), baseTime + 1);
    await stores.outbox.claim('worker', 1, lease, baseTime + 1);
    await stores.outbox.fail(
      'p-parked',
      'worker',
      { code: 'internal', message: 'no' },
      undefined,
      baseTime + 2,
    );
    await stores.outbox.enqueue(effect('p-pending'), baseTime + 2);
    expect(await purge(baseTime + 1_000_000)).toBe(0);
    expect((await raw.readOutboxEntry('p-running'))?.state).toBe('running');
    expect((await raw.readOutboxEntry('p-parked'))?.state).toBe('parked');
    expect((await raw.readOutboxEntry('p-pending'))?.state).toBe('pending');
  });

  it('rejects a limit that is not a positive integer, naming it', async () => {
    await expectOmsError(() => purge(baseTime, 0), 'invalid_input', 'limit');
  });
}
