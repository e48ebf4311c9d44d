import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixedEnv, hangzhouReceiver, sampleOrder } from '../order-merge/__fixtures__/sample-orders';
import type { Order } from '../schema';
import { evaluateHolds } from './evaluate-holds';
import type { HoldsConfigInput } from './holds-config';
import { parseHoldsConfig } from './parse-holds-config';
import { emptyVelocityState, recordOrderForVelocity, type VelocityState } from './velocity-state';

const hour = 3_600_000;
const configOf = (...rules: HoldsConfigInput['rules']) => parseHoldsConfig({ rules });

/** Order n of a burst, placed n minutes after 2026-11-11 00:00 Beijing time. */
function burstOrder(n: number, overrides: Partial<Order> = {}): Order {
  const at = new Date(Date.parse('2026-11-10T16:00:00.000Z') + n * 60_000).toISOString();
  return sampleOrder({ platformOrderId: `10${n}`, createdAt: at, paidAt: at, ...overrides });
}

function historyOf(orders: readonly Order[], ip?: string): VelocityState {
  return orders.reduce(
    (state, order) => recordOrderForVelocity(state, order, ip === undefined ? {} : { ip }),
    emptyVelocityState,
  );
}

describe('velocity holds', () => {
  const buyerRule = configOf({
    id: 'buyer-3-per-hour',
    type: 'velocity',
    dimension: 'buyer',
    maxOrders: 2,
    windowMs: hour,
  });

  it('holds the order that goes over the limit for one buyer, naming the others', () => {
    const earlier = [burstOrder(1), burstOrder(2)];
    const { holds } = evaluateHolds(burstOrder(3), { velocity: historyOf(earlier) }, buyerRule, fixedEnv());
    expect(holds).toEqual([
      expect.objectContaining({
        orderId: 'taobao:shop-1:103',
        ruleId: 'buyer-3-per-hour',
        key: 'buyer-3-per-hour:buyer',
        reason: {
          code: 'velocity',
          dimension: 'buyer',
          count: 3,
          maxOrders: 2,
          windowMs: hour,
          relatedOrderIds: ['taobao:shop-1:101', 'taobao:shop-1:102'],
        },
      }),
    ]);
  });

  it('counts the order once even when the history already holds it', () => {
    const state = historyOf([burstOrder(1), burstOrder(2)]);
    expect(evaluateHolds(burstOrder(2), { velocity: state }, buyerRule, fixedEnv()).holds).toEqual([]);
  });

  it('ignores other buyers and orders outside the window', () => {
    const state = historyOf([
      burstOrder(-120),
      burstOrder(-61),
      burstOrder(1, { buyerToken: 'AAHk5d-someone-else' }),
      burstOrder(2),
    ]);
    expect(evaluateHolds(burstOrder(3), { velocity: state }, buyerRule, fixedEnv()).holds).toEqual([]);
  });

  it('counts by receiver across different buyers (one oaid, many accounts)', () => {
    const rule = configOf({
      id: 'receiver',
      type: 'velocity',
      dimension: 'receiver',
      maxOrders: 2,
      windowMs: 24 * hour,
    });
    const accounts = [1, 2, 3].map((n) => burstOrder(n * 30, { buyerToken: `AAH-account-${n}` }));
    const state = historyOf(accounts.slice(0, 2));
    const { holds } = evaluateHolds(accounts[2] as Order, { velocity: state }, rule, fixedEnv());
    expect(holds[0]?.reason).toMatchObject({ code: 'velocity', dimension: 'receiver', count: 3 });
  });

  it('counts by address across different receivers (黄牛 sending to one door under many names)', () => {
    const rule = configOf({
      id: 'address',
      type: 'velocity',
      dimension: 'address',
      maxOrders: 1,
      windowMs: hour,
    });
    const first = burstOrder(1, { receiver: { ...hangzhouReceiver, nameMasked: '王*' } });
    const second = burstOrder(5, {
      receiver: { ...hangzhouReceiver, nameMasked: '赵*', phoneMasked: '186****7777' },
    });
    const { holds } = evaluateHolds(second, { velocity: historyOf([first]) }, rule, fixedEnv());
    expect(holds[0]?.reason).toMatchObject({ dimension: 'address', relatedOrderIds: [first.id] });
  });

  it('counts by client IP without copying the IP into the hold', () => {
    const rule = configOf({ id: 'ip', type: 'velocity', dimension: 'ip', maxOrders: 1, windowMs: hour });
    const state = historyOf(
      [burstOrder(1, { buyerToken: 'AAH-other', receiver: hangzhouReceiver })],
      '203.0.113.7',
    );
    const { holds } = evaluateHolds(burstOrder(2), { velocity: state, ip: '203.0.113.7' }, rule, fixedEnv());
    expect(holds).toHaveLength(1);
    expect(JSON.stringify(holds)).not.toContain('203.0.113.7');
    expect(evaluateHolds(burstOrder(2), { velocity: state }, rule, fixedEnv()).holds).toEqual([]);
  });
});

describe('recordOrderForVelocity', () => {
  it('returns a new sorted state, replaces an order recorded twice and forgets old entries', () => {
    const late = burstOrder(10);
    const early = burstOrder(1);
    const state = recordOrderForVelocity(recordOrderForVelocity(emptyVelocityState, late), early);
    expect(state.entries.map((entry) => entry.orderId)).toEqual([early.id, late.id]);
    expect(recordOrderForVelocity(state, late).entries).toHaveLength(2);
    expect(emptyVelocityState.entries).toEqual([]);
    const pruned = recordOrderForVelocity(state, burstOrder(60 * 24 * 8));
    expect(pruned.entries.map((entry) => entry.orderId)).toEqual(['taobao:shop-1:1011520']);
  });

  it('ends in the same state whatever order the orders are recorded in (property)', () => {
    const orders = [1, 2, 3, 4, 5, 6].map((n) => burstOrder(n * 7));
    fc.assert(
      fc.property(
        fc.shuffledSubarray(orders, { minLength: 6, maxLength: 6 }),
        fc.array(fc.nat(5)),
        (shuffled, repeats) => {
          const replayed = [...shuffled, ...repeats.map((index) => orders[index] as Order)];
          expect(historyOf(replayed)).toEqual(historyOf(orders));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('keeps only opaque keys', () => {
    const [entry] = recordOrderForVelocity(
      emptyVelocityState,
      burstOrder(1, { receiver: hangzhouReceiver }),
    ).entries;
    expect(JSON.stringify(entry)).not.toMatch(/文三路|139|李/);
  });
});
