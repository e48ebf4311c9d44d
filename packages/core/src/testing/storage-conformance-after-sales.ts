import { expect, it } from 'vitest';
import type { AfterSale } from '../schema/after-sale';
import type { ConformanceContext } from './storage-conformance-context';
import { concurrently } from './storage-conformance-helpers';
import { buildTestAfterSale } from './test-records';

const afterSale = (id: string, overrides: Partial<AfterSale> = {}) =>
  buildTestAfterSale({ id, ...overrides });

/** The `afterSales` capability: compare-and-set writes, listing by order, copies and concurrent writers. */
export function afterSaleConformanceCases(context: ConformanceContext): void {
  it('creates with expected revision 0 and stores revision 1', async () => {
    const { stores, raw } = context;
    expect(await stores.afterSales.get('as-1')).toBeUndefined();
    expect(await stores.afterSales.put(afterSale('as-1'), 0)).toEqual({ ok: true, revision: 1 });
    expect(await raw.readAfterSaleRow('as-1')).toEqual({ afterSale: afterSale('as-1'), revision: 1 });
    expect(await stores.afterSales.get('as-1')).toEqual({ value: afterSale('as-1'), revision: 1 });
  });

  it('refuses a mismatched revision and changes nothing', async () => {
    const { stores, raw } = context;
    await stores.afterSales.put(afterSale('as-1'), 0);
    expect(await stores.afterSales.put(afterSale('as-1', { status: 'approved' }), 0)).toEqual({
      ok: false,
      reason: 'revision_mismatch',
      currentRevision: 1,
    });
    expect(await stores.afterSales.put(afterSale('as-2'), 1)).toEqual({
      ok: false,
      reason: 'revision_mismatch',
      currentRevision: 0,
    });
    expect(await raw.readAfterSaleRow('as-1')).toEqual({ afterSale: afterSale('as-1'), revision: 1 });
    expect(await raw.readAfterSaleRow('as-2')).toBeUndefined();
  });

  it('increments the revision on each matching write', async () => {
    const { stores, raw } = context;
    await stores.afterSales.put(afterSale('as-1'), 0);
    expect(await stores.afterSales.put(afterSale('as-1', { status: 'approved' }), 1)).toEqual({
      ok: true,
      revision: 2,
    });
    expect(await stores.afterSales.put(afterSale('as-1', { status: 'refunded' }), 2)).toEqual({
      ok: true,
      revision: 3,
    });
    expect(await raw.readAfterSaleRow('as-1')).toEqual({
      afterSale: afterSale('as-1', { status: 'refunded' }),
      revision: 3,
    });
  });

  it('keeps its own copy: mutating what was written or read changes nothing stored', async () => {
    const { stores, raw } = context;
    const written = afterSale('as-1');
    await stores.afterSales.put(written, 0);
    written.status = 'closed';
    written.lines.pop();
    const read = await stores.afterSales.get('as-1');
    if (read !== undefined) read.value.refundAmount.amount = 1;
    expect(await raw.readAfterSaleRow('as-1')).toEqual({ afterSale: afterSale('as-1'), revision: 1 });
  });

  it('lets exactly one of several concurrent writers with the same revision win', async () => {
    const { stores, raw } = context;
    await stores.afterSales.put(afterSale('as-1'), 0);
    const results = await concurrently(10, (index) =>
      stores.afterSales.put(afterSale('as-1', { reason: `w${index}` }), 1),
    );
    const winners = results.flatMap((result, index) => (result.ok ? [index] : []));
    expect(winners).toHaveLength(1);
    expect(await raw.readAfterSaleRow('as-1')).toEqual({
      afterSale: afterSale('as-1', { reason: `w${winners[0]}` }),
      revision: 2,
    });
  });

  it('lists the after-sales of one order by id ascending', async () => {
    const { stores } = context;
    await stores.afterSales.put(afterSale('as-3', { orderId: 'o-1' }), 0);
    await stores.afterSales.put(afterSale('as-1', { orderId: 'o-1' }), 0);
    await stores.afterSales.put(afterSale('as-2', { orderId: 'o-2' }), 0);
    await stores.afterSales.put(afterSale('as-1', { orderId: 'o-1', status: 'approved' }), 1);
    const listed = await stores.afterSales.listByOrder('o-1');
    expect(listed.map((row) => [row.value.id, row.revision])).toEqual([
      ['as-1', 2],
      ['as-3', 1],
    ]);
    expect(await stores.afterSales.listByOrder('o-9')).toEqual([]);
  });
}
