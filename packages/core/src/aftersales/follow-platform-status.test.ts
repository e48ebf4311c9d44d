import { describe, expect, it } from 'vitest';
import type { AfterSaleStatus } from '../schema/after-sale';
import { afterSaleTypeSchema } from '../schema/after-sale';
import {
  buildAfterSale,
  buildCase,
  buildOrder,
  createTestEnv,
  deepFreeze,
  testNow,
} from './__fixtures__/after-sale-fixtures';
import type { AfterSaleCase } from './after-sale-case';
import { afterSaleTransitions } from './after-sale-transitions';
import { findAfterSalePath } from './find-after-sale-path';
import { followPlatformStatus } from './follow-platform-status';
import { transitionAfterSale } from './transition-after-sale';

const later = '2026-11-18T00:00:00.000Z';

function receivedReturn(): AfterSaleCase {
  const env = createTestEnv();
  const start = buildCase('return_refund', { status: 'return_in_transit', returnTrackingNumber: 'YT1' });
  const result = transitionAfterSale(
    start,
    { type: 'receive', warehouseId: 'WH-2', lines: [{ lineId: 'L1', quantity: 2 }] },
    env,
  );
  if (!result.ok) throw new Error(result.message);
  return deepFreeze(result.afterSaleCase);
}

describe('followPlatformStatus', () => {
  it('restocks received units and raises the refund ticket when the platform says refunded', () => {
    const current = receivedReturn();
    const snapshot = buildAfterSale('return_refund', {
      status: 'refunded',
      platformStatus: 'SUCCESS',
      platformModifiedAt: later,
    });
    const result = followPlatformStatus(current, snapshot, createTestEnv(), { order: buildOrder() });
    expect(result.outcome).toBe('followed');
    expect(result.afterSaleCase.afterSale.status).toBe('refunded');
    expect(result.entry).toMatchObject({
      event: 'platform',
      by: 'platform',
      from: 'received',
      to: 'refunded',
      platformStatus: 'SUCCESS',
      skipped: ['inspected', 'refund_pending'],
      at: testNow,
    });
    expect(result.entry?.reason).toContain('assumed resellable');
    expect(result.effects.map((effect) => effect.kind)).toEqual([
      'inventory.restock',
      'finance.refund-ticket',
    ]);
    expect(result.effects[0]?.payload).toMatchObject({ sku: 'SKU-A', warehouseId: 'WH-2', quantity: 2 });
    expect(result.afterSaleCase.inspected).toEqual([
      { lineId: 'L1', sku: 'SKU-A', resellable: 2, damaged: 0 },
    ]);
  });

  it('records the refund the platform paid, and the effects of the step in its entry', () => {
    const result = followPlatformStatus(
      receivedReturn(),
      buildAfterSale('return_refund', {
        status: 'refunded',
        platformStatus: 'SUCCESS',
        platformModifiedAt: later,
      }),
      createTestEnv(),
      { order: buildOrder() },
    );
    expect(result.afterSaleCase.refundPayment).toEqual({
      paymentId: 'platform:R1',
      at: later,
      by: 'platform',
    });
    expect(result.entry?.effects).toEqual(result.effects.map(({ key, kind }) => ({ key, kind })));
    expect(result.afterSaleCase.history.at(-1)).toEqual(result.entry);
    // Following to a status short of the payment records none.
    const pending = followPlatformStatus(
      receivedReturn(),
      buildAfterSale('return_refund', { status: 'refund_pending', platformModifiedAt: later }),
      createTestEnv(),
    );
    expect(pending.afterSaleCase.refundPayment).toBeUndefined();
    // A payment finance already confirmed is kept.
    const paid = buildCase('refund_only_shipped', { status: 'refund_pending' });
    const confirmed = followPlatformStatus(
      { ...paid, refundPayment: { paymentId: 'pay-1', at: testNow, by: 'finance' } },
      buildAfterSale('refund_only_shipped', { status: 'refunded', platformModifiedAt: later }),
      createTestEnv(),
    );
    expect(confirmed.afterSaleCase.refundPayment?.paymentId).toBe('pay-1');
  });

  it('takes a given inspection, and assumes none without the order', () => {
    const current = receivedReturn();
    const snapshot = buildAfterSale('return_refund', { status: 'refunded', platformModifiedAt: later });
    const given = followPlatformStatus(current, snapshot, createTestEnv(), {
      assumedInspection: [{ lineId: 'L1', sku: 'SKU-A', resellable: 0, damaged: 2 }],
    });
    expect(given.effects.map((effect) => effect.kind)).toEqual([
      'inventory.write-off',
      'finance.refund-ticket',
    ]);
    const bare = followPlatformStatus(current, snapshot, createTestEnv());
    expect(bare.effects.map((effect) => effect.kind)).toEqual(['finance.refund-ticket']);
  });

  it('does not raise a second refund ticket', () => {
    const pending = buildCase('refund_only_shipped', { status: 'refund_pending' });
    const withTicket: AfterSaleCase = {
      ...pending,
      refundTicketKey: 'aftersale:taobao:shop-1:as:R1:refund-ticket',
    };
    const result = followPlatformStatus(
      withTicket,
      buildAfterSale('refund_only_shipped', { status: 'refunded', platformModifiedAt: later }),
      createTestEnv(),
    );
    expect(result.effects).toEqual([]);
  });

  it('follows the buyer cancelling and the platform approving for a silent seller', () => {
    const requested = buildCase('refund_only_unshipped');
    const cancelled = followPlatformStatus(
      requested,
      buildAfterSale('refund_only_unshipped', {
        status: 'closed',
        platformStatus: 'CLOSED',
        platformModifiedAt: later,
      }),
      createTestEnv(),
    );
    expect(cancelled).toMatchObject({ outcome: 'followed', effects: [] });
    const approved = followPlatformStatus(
      requested,
      buildAfterSale('refund_only_unshipped', { status: 'approved', platformModifiedAt: later }),
      createTestEnv(),
    );
    expect(approved.effects.map((effect) => effect.kind)).toEqual(['inventory.release']);
    const returnApproved = followPlatformStatus(
      buildCase('return_refund'),
      buildAfterSale('return_refund', { status: 'awaiting_return', platformModifiedAt: later }),
      createTestEnv(),
    );
    expect(returnApproved.effects.map((effect) => effect.kind)).toEqual(['warehouse.expect-return']);
  });

  it('jumps where the table has no path, with no effects', () => {
    const inTransit = buildCase('return_refund', { status: 'return_in_transit' });
    const result = followPlatformStatus(
      inTransit,
      buildAfterSale('return_refund', { status: 'requested', platformModifiedAt: later }),
      createTestEnv(),
    );
    expect(result).toMatchObject({ outcome: 'jumped', effects: [] });
    expect(result.entry?.reason).toContain('no path');
  });

  it('ignores older snapshots and refreshes data on the same status', () => {
    const current = buildCase('return_refund', { platformModifiedAt: later });
    expect(
      followPlatformStatus(current, buildAfterSale('return_refund', { status: 'closed' }), createTestEnv())
        .outcome,
    ).toBe('stale');
    const same = followPlatformStatus(
      current,
      buildAfterSale('return_refund', { platformStatus: 'X', platformModifiedAt: later }),
      createTestEnv(),
    );
    expect(same).toMatchObject({ outcome: 'updated', effects: [] });
    expect(same.afterSaleCase.afterSale.platformStatus).toBe('X');
    expect(same.afterSaleCase.history).toEqual([]);
    const known = buildCase('return_refund', { platformModifiedAt: later, returnTrackingNumber: 'YT7' });
    const silent = followPlatformStatus(
      known,
      buildAfterSale('return_refund', { platformModifiedAt: later }),
      createTestEnv(),
    );
    expect(silent.afterSaleCase.afterSale.returnTrackingNumber).toBe('YT7');
    const corrected = followPlatformStatus(
      known,
      buildAfterSale('return_refund', { platformModifiedAt: later, returnTrackingNumber: 'YT8' }),
      createTestEnv(),
    );
    expect(corrected.afterSaleCase.afterSale.returnTrackingNumber).toBe('YT8');
  });

  it('finds the shortest path through the table', () => {
    expect(findAfterSalePath('exchange', 'approved', 'exchange_shipped')?.map((step) => step.event)).toEqual([
      'await_return',
      'receive',
      'inspect',
      'ship_replacement',
    ]);
    expect(findAfterSalePath('reship', 'approved', 'received')).toBeUndefined();
    expect(findAfterSalePath('reship', 'approved', 'approved')).toEqual([]);
  });

  it('follows from every status to every status of every type, never repeating platform calls or notices', () => {
    for (const type of afterSaleTypeSchema.options) {
      const statuses = Object.keys(afterSaleTransitions[type]) as AfterSaleStatus[];
      for (const from of statuses)
        for (const to of statuses) {
          if (from === to) continue;
          const result = followPlatformStatus(
            buildCase(type, { status: from }),
            buildAfterSale(type, { status: to, platformModifiedAt: later }),
            createTestEnv(),
          );
          expect(result.outcome).toBe(
            findAfterSalePath(type, from, to) === undefined ? 'jumped' : 'followed',
          );
          expect(result.afterSaleCase.afterSale.status).toBe(to);
          expect(result.afterSaleCase.history).toHaveLength(1);
          for (const effect of result.effects)
            expect(['channel.decide-after-sale', 'buyer.notify', 'channel.ship-after-sale']).not.toContain(
              effect.kind,
            );
        }
    }
  });
});
