import { describe, expect, it } from 'vitest';
import { type Order, type OrderStatus, orderStatusSchema } from '../schema/order';
import { deepFreeze } from './__fixtures__/deep-freeze';
import { buildOrder } from './__fixtures__/order-builder';
import { createTestEnv, testNow } from './__fixtures__/test-env';
import { canTransitionOrder, nextOrderStatus } from './can-transition-order';
import { isTerminalStatus } from './is-terminal-status';
import { type OrderLifecycleEventType, orderLifecycleEventTypes } from './order-lifecycle-event';
import { orderStatusEventType } from './order-status-event-type';
import { orderTransitions } from './order-transitions';
import { isStatusReachable, reachableStatuses } from './reachable-statuses';
import { transitionOrder } from './transition-order';

const statuses = orderStatusSchema.options;
const maxDepth = 8;

function allowedEvents(status: OrderStatus): OrderLifecycleEventType[] {
  return orderLifecycleEventTypes.filter((type) => orderTransitions[status][type] !== undefined);
}

/** Every event sequence from `from` that ends in a terminal status or at `maxDepth` events. */
function lifecyclePaths(from: OrderStatus, depth: number): OrderLifecycleEventType[][] {
  const paths: OrderLifecycleEventType[][] = [];
  const walk = (status: OrderStatus, path: OrderLifecycleEventType[]): void => {
    const events = allowedEvents(status);
    if (events.length === 0 || path.length === depth) {
      paths.push(path);
      return;
    }
    for (const type of events) walk(orderTransitions[status][type]!, [...path, type]);
  };
  walk(from, []);
  return paths;
}

/** The timestamps the lifecycle rules say an event implies, written out independently of the code. */
function expectedTimestamps(before: Order, type: OrderLifecycleEventType, at: string): Partial<Order> {
  if (type === 'pay') return { paidAt: at };
  if (type === 'ship' || type === 'ship_part') return { shippedAt: before.shippedAt ?? at };
  if (type === 'complete' || type === 'cancel' || type === 'close') return { endedAt: at };
  return {};
}

describe('orderTransitions', () => {
  it('is the lifecycle table', () => {
    expect(orderTransitions).toEqual({
      pending_payment: { pay_deposit: 'deposit_paid', pay: 'paid', cancel: 'cancelled' },
      deposit_paid: { pay: 'paid', cancel: 'cancelled' },
      paid: { ship_part: 'partially_shipped', ship: 'shipped', close: 'closed' },
      partially_shipped: { ship_part: 'partially_shipped', ship: 'shipped', close: 'closed' },
      shipped: { deliver: 'delivered', complete: 'completed', close: 'closed' },
      delivered: { complete: 'completed', close: 'closed' },
      completed: { close: 'closed' },
      cancelled: {},
      closed: {},
    });
  });

  it('has a row for every status, is frozen, and only leads to statuses with a domain event', () => {
    expect(Object.keys(orderTransitions).sort()).toEqual([...statuses].sort());
    expect(Object.isFrozen(orderTransitions)).toBe(true);
    for (const status of statuses) {
      expect(Object.isFrozen(orderTransitions[status])).toBe(true);
      for (const target of Object.values(orderTransitions[status])) {
        expect(target).not.toBe('pending_payment');
        expect(orderStatusEventType(target)).toBeDefined();
      }
    }
  });

  it('reaches every status from pending_payment', () => {
    expect(reachableStatuses('pending_payment')).toEqual(
      statuses.filter((status) => status !== 'pending_payment'),
    );
  });
});

describe('walking every path of the table', () => {
  const paths = lifecyclePaths('pending_payment', maxDepth);

  it('covers every edge of the table', () => {
    const covered = new Set<string>();
    for (const path of paths) {
      let status: OrderStatus = 'pending_payment';
      for (const type of path) {
        covered.add(`${status}:${type}`);
        status = orderTransitions[status][type]!;
      }
    }
    const edges = statuses.flatMap((status) => allowedEvents(status).map((type) => `${status}:${type}`));
    expect([...covered].sort()).toEqual(edges.sort());
    expect(paths.length).toBeGreaterThan(10);
  });

  it.each(paths.map((path) => [path.join(' > ') || '(empty)', path] as const))('%s', (_name, path) => {
    const env = createTestEnv();
    let order = deepFreeze(buildOrder());
    for (const [step, type] of path.entries()) {
      const at = new Date(Date.parse('2026-11-11T01:00:00.000Z') + step * 60_000).toISOString();
      const from = order.status;
      const expected = orderTransitions[from][type];
      expect(expected, `${from} allows ${type}`).toBeDefined();
      expect(canTransitionOrder(from, type)).toBe(true);

      for (const refused of orderLifecycleEventTypes.filter((other) => !canTransitionOrder(from, other))) {
        const issued = env.issuedIds();
        expect(transitionOrder(order, { type: refused, at }, env)).toEqual({
          ok: false,
          reason: 'invalid_transition',
          from,
          event: { type: refused, at },
        });
        expect(env.issuedIds()).toBe(issued);
      }

      const result = transitionOrder(order, { type, at }, env);
      if (!result.ok) throw new Error(`${from} refused ${type}`);
      expect(result.order).not.toBe(order);
      expect(result.order).toEqual({ ...order, status: expected, ...expectedTimestamps(order, type, at) });
      expect(result.events).toEqual([
        {
          id: `evt-${env.issuedIds()}`,
          type: orderStatusEventType(expected!),
          orderId: order.id,
          at: testNow,
          fromStatus: from,
          toStatus: expected,
        },
      ]);
      order = deepFreeze(result.order);
    }
    if (path.length < maxDepth) expect(isTerminalStatus(order.status)).toBe(true);
  });
});

describe('pairs outside the table', () => {
  const refusedPairs = statuses.flatMap((status) =>
    orderLifecycleEventTypes
      .filter((type) => orderTransitions[status][type] === undefined)
      .map((type) => [status, type] as const),
  );

  it('are exactly the pairs without an entry', () => {
    const allowed = statuses.reduce((sum, status) => sum + allowedEvents(status).length, 0);
    expect(refusedPairs.length + allowed).toBe(statuses.length * orderLifecycleEventTypes.length);
  });

  it.each(refusedPairs)('%s refuses %s and leaves the order as it was', (status, type) => {
    const env = createTestEnv();
    const order = deepFreeze(buildOrder({ status, paidAt: '2026-11-11T00:10:00.000Z' }));
    const copy = structuredClone(order);
    expect(canTransitionOrder(status, type)).toBe(false);
    expect(nextOrderStatus(status, type)).toBeUndefined();
    const result = transitionOrder(order, { type }, env);
    expect(result).toEqual({ ok: false, reason: 'invalid_transition', from: status, event: { type } });
    expect(order).toEqual(copy);
    expect(env.issuedIds()).toBe(0);
  });

  it('refuses event types that only exist on the prototype', () => {
    const env = createTestEnv();
    for (const type of ['toString', '__proto__', 'constructor']) {
      const event = { type } as unknown as { type: 'pay' };
      expect(transitionOrder(buildOrder(), event, env).ok).toBe(false);
      expect(canTransitionOrder('pending_payment', type as OrderLifecycleEventType)).toBe(false);
    }
  });
});

describe('reachableStatuses and isTerminalStatus', () => {
  it('is the transitive closure of the table', () => {
    expect(Object.fromEntries(statuses.map((status) => [status, reachableStatuses(status)]))).toEqual({
      pending_payment: [
        'deposit_paid',
        'paid',
        'partially_shipped',
        'shipped',
        'delivered',
        'completed',
        'cancelled',
        'closed',
      ],
      deposit_paid: ['paid', 'partially_shipped', 'shipped', 'delivered', 'completed', 'cancelled', 'closed'],
      paid: ['partially_shipped', 'shipped', 'delivered', 'completed', 'closed'],
      partially_shipped: ['partially_shipped', 'shipped', 'delivered', 'completed', 'closed'],
      shipped: ['delivered', 'completed', 'closed'],
      delivered: ['completed', 'closed'],
      completed: ['closed'],
      cancelled: [],
      closed: [],
    });
  });

  it('agrees with the paths walked', () => {
    for (const from of statuses) {
      const seen = new Set<OrderStatus>();
      for (const path of lifecyclePaths(from, maxDepth)) {
        let status = from;
        for (const type of path) {
          status = orderTransitions[status][type]!;
          seen.add(status);
        }
      }
      expect(statuses.filter((status) => seen.has(status))).toEqual(reachableStatuses(from));
      for (const to of statuses) expect(isStatusReachable(from, to)).toBe(seen.has(to));
    }
  });

  it('calls exactly cancelled and closed terminal', () => {
    expect(statuses.filter(isTerminalStatus)).toEqual(['cancelled', 'closed']);
  });
});
