import { expect, it } from 'vitest';
import type { ConformanceContext } from './storage-conformance-context';
import { baseTime } from './storage-conformance-helpers';

const lease = 60_000;
const effect = (key: string, runAfter = baseTime + 600_000) => ({
  key,
  kind: 'pipeline.retry',
  payload: { orderId: `o-${key}`, fromStep: 0, events: [] },
  runAfter,
});

/**
 * The `outboxCancel` capability: `OutboxStore.cancel` removes a pending entry so it never runs,
 * and refuses an entry that is claimed, done, parked or missing. Of a cancel and
 * a claim racing for one due entry exactly one wins.
 */
export function outboxCancelConformanceCases(context: ConformanceContext): void {
  const cancel = (key: string) => {
    const outbox = context.stores.outbox;
    if (outbox.cancel === undefined)
      throw new Error(
        'storage conformance: outbox has no cancel; implement it or skip "outboxCancel" with a reason',
      );
    return outbox.cancel(key);
  };

  it('withdraws a pending entry: gone, never claimed afterwards', async () => {
    const { stores, raw } = context;
    await stores.outbox.enqueue(effect('c-1'), baseTime);
    expect(await cancel('c-1')).toBe(true);
    expect(await raw.readOutboxEntry('c-1')).toBeUndefined();
    expect(await stores.outbox.get('c-1')).toBeUndefined();
    expect(await stores.outbox.claim('worker-a', 10, lease, baseTime + 10_000_000)).toEqual([]);
    expect(await cancel('c-1')).toBe(false);
  });

  it('refuses a missing, claimed, done or parked entry and changes nothing', async () => {
    const { stores, raw } = context;
    expect(await cancel('missing')).toBe(false);
    await stores.outbox.enqueue(effect('c-claimed', baseTime), baseTime);
    await stores.outbox.claim('worker-a', 1, lease, baseTime);
    const claimed = await raw.readOutboxEntry('c-claimed');
    expect(await cancel('c-claimed')).toBe(false);
    expect(await raw.readOutboxEntry('c-claimed')).toEqual(claimed);
    await stores.outbox.complete('c-claimed', 'worker-a', { ok: true }, baseTime + 2);
    expect(await cancel('c-claimed')).toBe(false);
    expect(await raw.readOutboxEntry('c-claimed')).toMatchObject({ state: 'done', result: { ok: true } });
    await stores.outbox.enqueue(effect('c-parked', baseTime), baseTime);
    await stores.outbox.claim('worker-a', 1, lease, baseTime);
    await stores.outbox.fail(
      'c-parked',
      'worker-a',
      { code: 'internal', message: 'no' },
      undefined,
      baseTime + 1,
    );
    expect(await cancel('c-parked')).toBe(false);
    expect(await raw.readOutboxEntry('c-parked')).toMatchObject({ state: 'parked' });
  });

  it('a cancel and a claim racing for a due entry: exactly one wins', async () => {
    const { stores, raw } = context;
    for (let round = 0; round < 10; round += 1) {
      const key = `c-race-${round}`;
      await stores.outbox.enqueue(effect(key, baseTime), baseTime);
      const [cancelled, claimed] = await Promise.all([
        cancel(key),
        stores.outbox.claim(`worker-${round}`, 1, lease, baseTime + 1),
      ]);
      const won = claimed.some((entry) => entry.key === key);
      expect(cancelled !== won).toBe(true);
      expect((await raw.readOutboxEntry(key))?.state).toBe(cancelled ? undefined : 'running');
    }
  });
}
