import { expect, it } from 'vitest';
import type { AfterSaleCase } from '../aftersales/after-sale-case';
import { openAfterSaleCase } from '../aftersales/after-sale-case';
import type { ConformanceContext } from './storage-conformance-context';
import { concurrently } from './storage-conformance-helpers';
import { buildTestAfterSale } from './test-records';

const caseOf = (id: string, orderId = 'order-1'): AfterSaleCase =>
  openAfterSaleCase(buildTestAfterSale({ id, orderId }));

/** A case with `steps` history entries, each naming the effects it raised. */
export const withHistory = (afterSaleCase: AfterSaleCase, steps: number): AfterSaleCase => ({
  ...afterSaleCase,
  history: Array.from({ length: steps }, (_, index) => ({
    id: `ash-${index + 1}`,
    at: `2026-11-18T0${index}:00:00.000Z`,
    event: 'check' as const,
    by: 'auto' as const,
    from: 'requested' as const,
    to: 'auto_checked' as const,
    reason: `step ${index + 1}`,
    effects: [
      { key: `aftersale:${afterSaleCase.afterSale.id}:${index}:buyer.notify`, kind: 'buyer.notify' as const },
    ],
  })),
});

/**
 * The `afterSaleCases` capability: the case (after-sale with its history, the effects of each
 * step, decisions, receipts, inspection, payment and settlement) is persisted whole (checked
 * through the raw reader), writes are compare-and-set, one of several concurrent writers wins,
 * listing by order.
 */
export function afterSaleCaseConformanceCases(context: ConformanceContext): void {
  const store = () => {
    const cases = context.stores.afterSaleCases;
    if (cases === undefined)
      throw new Error('storage conformance: the fixture has no store "afterSaleCases"');
    return cases;
  };

  it('stores a case with its whole history and reads it back equal', async () => {
    const written: AfterSaleCase = {
      ...withHistory(caseOf('as-1'), 3),
      decisions: [
        { at: '2026-11-18T00:00:00.000Z', by: 'auto', verdict: 'approve', rule: 'r', reason: 'ok' },
      ],
      received: [{ lineId: '1001-1', quantity: 1 }],
      inspected: [{ lineId: '1001-1', sku: 'TEE-RED-M', resellable: 1, damaged: 0 }],
      returnWarehouseId: 'wh-1',
      refundTicketKey: 'aftersale:as-1:refund-ticket',
      refundPayment: { paymentId: 'pay-1', at: '2026-11-18T05:00:00.000Z', by: 'finance' },
      settledAt: '2026-11-18T06:00:00.000Z',
    };
    expect(await store().put(written, 0)).toEqual({ ok: true, revision: 1 });
    expect(await context.raw.readAfterSaleCaseRow('as-1')).toEqual({ afterSaleCase: written, revision: 1 });
    expect(await store().get('as-1')).toEqual({ value: written, revision: 1 });
  });

  it('refuses a mismatched revision and keeps the stored case', async () => {
    await store().put(caseOf('as-1'), 0);
    expect(await store().put(withHistory(caseOf('as-1'), 1), 0)).toEqual({
      ok: false,
      reason: 'revision_mismatch',
      currentRevision: 1,
    });
    expect(await store().put(withHistory(caseOf('as-1'), 1), 1)).toEqual({ ok: true, revision: 2 });
    const persisted = await context.raw.readAfterSaleCaseRow('as-1');
    expect(persisted?.revision).toBe(2);
    expect(persisted?.afterSaleCase.history).toHaveLength(1);
  });

  it('lets exactly one of several concurrent writers with the same revision win', async () => {
    await store().put(caseOf('as-1'), 0);
    const results = await concurrently(8, (index) => store().put(withHistory(caseOf('as-1'), index + 1), 1));
    const winners = results.flatMap((result, index) => (result.ok ? [index] : []));
    expect(winners).toHaveLength(1);
    const persisted = await context.raw.readAfterSaleCaseRow('as-1');
    expect(persisted?.afterSaleCase.history).toHaveLength((winners[0] ?? 0) + 1);
    expect(persisted?.revision).toBe(2);
  });

  it('lists the cases of one order by after-sale id', async () => {
    await store().put(caseOf('as-b'), 0);
    await store().put(caseOf('as-a'), 0);
    await store().put(caseOf('as-c', 'order-2'), 0);
    const listed = await store().listByOrder('order-1');
    expect(listed.map((row) => row.value.afterSale.id)).toEqual(['as-a', 'as-b']);
    expect(await store().listByOrder('order-9')).toEqual([]);
  });
}
