import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Order, orderSchema } from '../schema/order';
import { deepFreeze } from './__fixtures__/deep-freeze';
import {
  orderArb,
  orderedInstantsArb,
  orderPairArb,
  snapshotPairArb,
} from './__fixtures__/order-arbitraries';
import { createTestEnv } from './__fixtures__/test-env';
import { orderFingerprint } from './order-fingerprint';
import { orderStatusEventType } from './order-status-event-type';
import { isStatusReachable } from './reachable-statuses';
import { upsertOrder } from './upsert-order';

const runs = { numRuns: 200 };

/** Applies snapshots in turn to an empty store and returns what ends up stored. */
function applyAll(snapshots: readonly Order[]): Order | undefined {
  const env = createTestEnv();
  let stored: Order | undefined;
  for (const snapshot of snapshots) stored = upsertOrder(stored, snapshot, env).order;
  return stored;
}

/** The fields the platform is not the last word on. */
function platformPart(order: Order): unknown {
  return {
    ...order,
    status: undefined,
    paidAt: undefined,
    shippedAt: undefined,
    endedAt: undefined,
    lines: order.lines.map((line) => ({ ...line, shippedQuantity: undefined })),
  };
}

describe('upsertOrder properties', () => {
  it('generates valid orders', () => {
    fc.assert(
      fc.property(orderArb, (order) => {
        expect(orderSchema.safeParse(order).success).toBe(true);
      }),
      { numRuns: 100 },
    );
    fc.assert(
      fc.property(snapshotPairArb, (pair) => {
        for (const order of pair) expect(orderSchema.safeParse(order).success).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('changes nothing the second time the same snapshot is applied', () => {
    fc.assert(
      fc.property(fc.boolean(), orderPairArb, (empty, [storedOrder, incoming]) => {
        const stored = empty ? undefined : storedOrder;
        deepFreeze([stored, incoming]);
        const env = createTestEnv();
        const first = upsertOrder(stored, incoming, env);
        const issued = env.issuedIds();
        const second = upsertOrder(first.order, incoming, env);
        if (first.outcome === 'stale') {
          expect(second.outcome).toBe('stale');
          expect(second.order).toBe(stored);
        } else {
          expect(second.outcome).toBe('unchanged');
          expect(second.order).toBe(first.order);
        }
        expect(second.events).toEqual([]);
        expect(env.issuedIds()).toBe(issued);
      }),
      runs,
    );
  });

  it('never lets an older snapshot change what is stored', () => {
    fc.assert(
      fc.property(orderArb, orderArb, orderedInstantsArb, (storedBase, incomingBase, [older, newer]) => {
        const stored = deepFreeze({ ...storedBase, platformModifiedAt: newer });
        const incoming = deepFreeze({ ...incomingBase, platformModifiedAt: older });
        const env = createTestEnv();
        const result = upsertOrder(stored, incoming, env);
        expect(result.outcome).toBe('stale');
        expect(result.order).toBe(stored);
        expect(result.events).toEqual([]);
        expect(env.issuedIds()).toBe(0);
      }),
      runs,
    );
  });

  it('ends with the newer snapshot whichever order two snapshots arrive in', () => {
    fc.assert(
      fc.property(snapshotPairArb, ([older, newer]) => {
        deepFreeze([older, newer]);
        const inOrder = applyAll([older, newer]);
        const reversed = applyAll([newer, older]);
        expect(inOrder).toEqual(reversed);
        expect(inOrder && orderFingerprint(inOrder)).toBe(orderFingerprint(newer));
        expect(inOrder?.platformModifiedAt).toBe(newer.platformModifiedAt);
      }),
      runs,
    );
  });

  it('never moves the status backwards, nor lowers a shipped quantity', () => {
    fc.assert(
      fc.property(orderPairArb, ([stored, incoming]) => {
        const result = upsertOrder(stored, incoming, createTestEnv());
        const status = result.order.status;
        expect(status === stored.status || isStatusReachable(stored.status, status)).toBe(true);
        const storedShipped = new Map(stored.lines.map((line) => [line.lineId, line.shippedQuantity]));
        for (const line of result.order.lines) {
          expect(line.shippedQuantity).toBeGreaterThanOrEqual(storedShipped.get(line.lineId) ?? 0);
        }
      }),
      runs,
    );
  });

  it('takes everything else from the platform when the snapshot is not stale', () => {
    fc.assert(
      fc.property(orderPairArb, ([stored, incoming]) => {
        const result = upsertOrder(stored, incoming, createTestEnv());
        if (result.outcome === 'stale') return;
        expect(orderFingerprint(platformPart(result.order) as Order)).toBe(
          orderFingerprint(platformPart(incoming) as Order),
        );
        for (const key of ['paidAt', 'shippedAt', 'endedAt'] as const) {
          expect(result.order[key]).toBe(incoming[key] ?? stored[key]);
        }
      }),
      runs,
    );
  });

  it('announces a status change exactly when the status changed', () => {
    fc.assert(
      fc.property(orderPairArb, ([stored, incoming]) => {
        const result = upsertOrder(stored, incoming, createTestEnv());
        const statusEvents = result.events.filter((event) => event.fromStatus !== undefined);
        if (result.order.status === stored.status) {
          expect(statusEvents).toEqual([]);
        } else {
          expect(statusEvents).toMatchObject([
            {
              type: orderStatusEventType(result.order.status),
              fromStatus: stored.status,
              toStatus: result.order.status,
            },
          ]);
        }
        if (result.outcome !== 'updated') expect(result.events).toEqual([]);
      }),
      runs,
    );
  });
});
