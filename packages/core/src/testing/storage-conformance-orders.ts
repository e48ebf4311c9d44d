import { expect, it } from 'vitest';
import type { Order } from '../schema/order';
import type { ConformanceContext } from './storage-conformance-context';
import { concurrently } from './storage-conformance-helpers';
import { buildTestOrder } from './test-records';

const order = (id: string, overrides: Partial<Order> = {}) => buildTestOrder({ id, ...overrides });

/** The `orders` capability: compare-and-set writes, listing, copies and concurrent writers. */
export function orderConformanceCases(context: ConformanceContext): void {
  it('creates with expected revision 0 and stores revision 1', async () => {
    const { stores, raw } = context;
    expect(await stores.orders.get('o-1')).toBeUndefined();
    expect(await stores.orders.put(order('o-1'), 0)).toEqual({ ok: true, revision: 1 });
    expect(await raw.readOrderRow('o-1')).toEqual({ order: order('o-1'), revision: 1 });
    expect(await stores.orders.get('o-1')).toEqual({ value: order('o-1'), revision: 1 });
  });

  it('refuses a create when the order exists and changes nothing', async () => {
    const { stores, raw } = context;
    await stores.orders.put(order('o-1', { sellerMemo: 'first' }), 0);
    const result = await stores.orders.put(order('o-1', { sellerMemo: 'second' }), 0);
    expect(result).toEqual({ ok: false, reason: 'revision_mismatch', currentRevision: 1 });
    expect(await raw.readOrderRow('o-1')).toEqual({
      order: order('o-1', { sellerMemo: 'first' }),
      revision: 1,
    });
  });

  it('increments the revision on each matching write and refuses stale ones', async () => {
    const { stores, raw } = context;
    await stores.orders.put(order('o-1'), 0);
    expect(await stores.orders.put(order('o-1', { status: 'shipped' }), 1)).toEqual({
      ok: true,
      revision: 2,
    });
    expect(await stores.orders.put(order('o-1', { status: 'closed' }), 1)).toEqual({
      ok: false,
      reason: 'revision_mismatch',
      currentRevision: 2,
    });
    expect(await stores.orders.put(order('o-1', { status: 'closed' }), 7)).toMatchObject({ ok: false });
    expect(await stores.orders.put(order('o-1', { status: 'delivered' }), 2)).toEqual({
      ok: true,
      revision: 3,
    });
    expect(await raw.readOrderRow('o-1')).toEqual({
      order: order('o-1', { status: 'delivered' }),
      revision: 3,
    });
  });

  it('refuses an update of a missing order, reporting revision 0', async () => {
    const { stores, raw } = context;
    const result = await stores.orders.put(order('o-9'), 3);
    expect(result).toEqual({ ok: false, reason: 'revision_mismatch', currentRevision: 0 });
    expect(await raw.readOrderRow('o-9')).toBeUndefined();
  });

  it('keeps its own copy: mutating what was written or read changes nothing stored', async () => {
    const { stores, raw } = context;
    const written = order('o-1');
    await stores.orders.put(written, 0);
    written.status = 'cancelled';
    written.tags.push('mutated');
    const read = await stores.orders.get('o-1');
    read?.value.lines.push(...written.lines);
    expect(await raw.readOrderRow('o-1')).toEqual({ order: order('o-1'), revision: 1 });
    expect(await stores.orders.get('o-1')).toEqual({ value: order('o-1'), revision: 1 });
  });

  it('lets exactly one of several concurrent writers with the same revision win', async () => {
    const { stores, raw } = context;
    await stores.orders.put(order('o-1'), 0);
    const results = await concurrently(10, (index) =>
      stores.orders.put(order('o-1', { sellerMemo: `w${index}` }), 1),
    );
    const winners = results.flatMap((result, index) => (result.ok ? [index] : []));
    expect(winners).toHaveLength(1);
    expect(await raw.readOrderRow('o-1')).toEqual({
      order: order('o-1', { sellerMemo: `w${winners[0]}` }),
      revision: 2,
    });
  });

  it('lists by id ascending whatever the write order, with revisions', async () => {
    const { stores } = context;
    for (const id of ['o-3', 'o-1', 'o-2']) await stores.orders.put(order(id), 0);
    await stores.orders.put(order('o-2', { sellerMemo: 'again' }), 1);
    const listed = await stores.orders.list();
    expect(listed.map((row) => [row.value.id, row.revision])).toEqual([
      ['o-1', 1],
      ['o-2', 2],
      ['o-3', 1],
    ]);
  });

  it('filters by channel, shop, status and modifiedSince (inclusive)', async () => {
    const { stores } = context;
    const rows = [
      order('a', {
        channel: 'jd',
        shopId: 's1',
        status: 'paid',
        platformModifiedAt: '2026-11-11T10:00:00.000Z',
      }),
      order('b', {
        channel: 'taobao',
        shopId: 's1',
        status: 'shipped',
        platformModifiedAt: '2026-11-11T11:00:00.000Z',
      }),
      order('c', {
        channel: 'taobao',
        shopId: 's2',
        status: 'paid',
        platformModifiedAt: '2026-11-11T12:00:00.000Z',
      }),
      order('d', {
        channel: 'taobao',
        shopId: 's1',
        status: 'closed',
        platformModifiedAt: '2026-11-11T09:00:00.000Z',
      }),
    ];
    for (const row of rows) await stores.orders.put(row, 0);
    const ids = async (query: Parameters<typeof stores.orders.list>[0]) =>
      (await stores.orders.list(query)).map((row) => row.value.id);
    expect(await ids({ channel: 'taobao' })).toEqual(['b', 'c', 'd']);
    expect(await ids({ shopId: 's1' })).toEqual(['a', 'b', 'd']);
    expect(await ids({ status: ['paid', 'closed'] })).toEqual(['a', 'c', 'd']);
    expect(await ids({ status: [] })).toEqual([]);
    expect(await ids({ modifiedSince: '2026-11-11T11:00:00.000Z' })).toEqual(['b', 'c']);
    expect(await ids({ channel: 'taobao', shopId: 's1', status: ['shipped', 'closed', 'paid'] })).toEqual([
      'b',
      'd',
    ]);
    expect(await ids({ channel: 'pdd' })).toEqual([]);
  });

  it('pages with limit and after, without gaps or repeats, 100 per page by default', async () => {
    const { stores } = context;
    const ids = Array.from({ length: 105 }, (_, index) => `o-${String(index).padStart(3, '0')}`);
    for (const id of [...ids].reverse()) await stores.orders.put(order(id), 0);
    expect(await stores.orders.list()).toHaveLength(100);
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await stores.orders.list(after === undefined ? { limit: 7 } : { limit: 7, after });
      if (page.length === 0) break;
      expect(page.length).toBeLessThanOrEqual(7);
      seen.push(...page.map((row) => row.value.id));
      after = page.at(-1)?.value.id;
    }
    expect(seen).toEqual(ids);
    expect((await stores.orders.list({ after: 'o-050', limit: 2 })).map((row) => row.value.id)).toEqual([
      'o-051',
      'o-052',
    ]);
  });
}
