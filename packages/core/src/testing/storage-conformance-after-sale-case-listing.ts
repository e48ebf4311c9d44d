import { expect, it } from 'vitest';
import type { AfterSaleCase } from '../aftersales/after-sale-case';
import { openAfterSaleCase } from '../aftersales/after-sale-case';
import type { AfterSaleStatus } from '../schema/after-sale';
import { withHistory } from './storage-conformance-after-sale-cases';
import type { ConformanceContext } from './storage-conformance-context';
import { buildTestAfterSale } from './test-records';

const caseIn = (id: string, status: AfterSaleStatus, orderId = 'order-1'): AfterSaleCase =>
  openAfterSaleCase(buildTestAfterSale({ id, orderId, status }));

/**
 * The `afterSaleCaseListing` capability: `AfterSaleCaseStore.listOpen` lists every case that is
 * not closed, across orders, by after-sale id, paged by `limit` and `after`, and follows a case
 * that closes.
 */
export function afterSaleCaseListingConformanceCases(context: ConformanceContext): void {
  const store = () => {
    const cases = context.stores.afterSaleCases;
    if (cases === undefined)
      throw new Error('storage conformance: the fixture has no store "afterSaleCases"');
    const listOpen = cases.listOpen;
    if (listOpen === undefined)
      throw new Error(
        'storage conformance: afterSaleCases has no listOpen; implement it or skip "afterSaleCaseListing" with a reason',
      );
    return { put: cases.put.bind(cases), listOpen: listOpen.bind(cases) };
  };
  const ids = (rows: readonly { value: AfterSaleCase }[]) => rows.map((row) => row.value.afterSale.id);

  it('lists the cases not closed, across orders, by after-sale id', async () => {
    await store().put(caseIn('as-c', 'refused', 'order-2'), 0);
    await store().put(caseIn('as-a', 'requested'), 0);
    await store().put(caseIn('as-d', 'closed'), 0);
    await store().put(withHistory(caseIn('as-b', 'awaiting_return', 'order-3'), 2), 0);
    const listed = await store().listOpen();
    expect(ids(listed)).toEqual(['as-a', 'as-b', 'as-c']);
    expect(listed[1]).toEqual({
      value: withHistory(caseIn('as-b', 'awaiting_return', 'order-3'), 2),
      revision: 1,
    });
    expect(await context.raw.readAfterSaleCaseRow('as-d')).toMatchObject({ revision: 1 });
  });

  it('pages with limit and after, sorting ids by code unit', async () => {
    for (const id of ['as-B', 'as-a', 'as-Z', 'as-_', 'as-1']) await store().put(caseIn(id, 'requested'), 0);
    const first = await store().listOpen({ limit: 2 });
    expect(ids(first)).toEqual(['as-1', 'as-B']);
    const second = await store().listOpen({ limit: 2, after: 'as-B' });
    expect(ids(second)).toEqual(['as-Z', 'as-_']);
    expect(ids(await store().listOpen({ after: 'as-_' }))).toEqual(['as-a']);
    expect(await store().listOpen({ after: 'as-a' })).toEqual([]);
  });

  it('drops a case once it closes and lists it again if it reopens', async () => {
    await store().put(caseIn('as-1', 'refunded'), 0);
    expect(ids(await store().listOpen())).toEqual(['as-1']);
    await store().put(caseIn('as-1', 'closed'), 1);
    expect(await store().listOpen()).toEqual([]);
    expect((await context.raw.readAfterSaleCaseRow('as-1'))?.afterSaleCase.afterSale.status).toBe('closed');
    await store().put(caseIn('as-1', 'refused'), 2);
    expect(await store().listOpen()).toEqual([{ value: caseIn('as-1', 'refused'), revision: 3 }]);
  });

  it('refuses a limit that is not a positive integer', async () => {
    await expect(Promise.resolve().then(() => store().listOpen({ limit: 0 }))).rejects.toMatchObject({
      code: 'invalid_input',
      path: ['limit'],
    });
  });
}
