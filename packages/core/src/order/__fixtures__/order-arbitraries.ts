// Test-only: fast-check arbitraries over small synthetic orders. Small value pools on purpose, so
// that generated pairs collide (same address, same lines, same second) as often as they differ.
import fc from 'fast-check';
import type { Address } from '../../schema/address';
import {
  lineRefundStatusSchema,
  type Order,
  type OrderLine,
  orderSchema,
  orderStatusSchema,
} from '../../schema/order';
import type { IsoInstant } from '../../schema/time';
import { canTransitionOrder } from '../can-transition-order';
import { orderLifecycleEventTypes } from '../order-lifecycle-event';
import { transitionOrder } from '../transition-order';
import { buildLine, buildOrder, fen } from './order-builder';
import { createTestEnv } from './test-env';

const baseMs = Date.parse('2026-11-11T00:00:00.000Z');

/** An instant within a minute of 2026-11-11T00:00:00Z, to the second (as platforms report). */
export const instantArb: fc.Arbitrary<IsoInstant> = fc
  .integer({ min: 0, max: 60 })
  .map((seconds) => new Date(baseMs + seconds * 1000).toISOString());

/** Two different instants, the earlier first. */
export const orderedInstantsArb: fc.Arbitrary<[IsoInstant, IsoInstant]> = fc
  .uniqueArray(fc.integer({ min: 0, max: 60 }), { minLength: 2, maxLength: 2 })
  .map((pair) => {
    const [a = 0, b = 1] = [...pair].sort((x, y) => x - y);
    return [new Date(baseMs + a * 1000).toISOString(), new Date(baseMs + b * 1000).toISOString()];
  });

const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

function lineArb(lineId: string, platformSnapshot: boolean): fc.Arbitrary<OrderLine> {
  return fc
    .record({
      sellerSku: fc.constantFrom('SKU-A', 'SKU-B'),
      quantity: fc.integer({ min: 1, max: 3 }),
      unitFen: fc.constantFrom(990, 1990),
      discountFen: fc.constantFrom(0, 100),
      shippedQuantity: platformSnapshot ? fc.constant(0) : fc.integer({ min: 0, max: 3 }),
      refundStatus: fc.constantFrom(...lineRefundStatusSchema.options),
      platformStatus: optional(fc.constantFrom('WAIT_SELLER_SEND_GOODS', 'TRADE_CLOSED')),
    })
    .map((parts) => {
      const line = buildLine({
        lineId,
        sellerSku: parts.sellerSku,
        quantity: parts.quantity,
        unitPrice: fen(parts.unitFen),
        discount: fen(parts.discountFen),
        shippedQuantity: Math.min(parts.shippedQuantity, parts.quantity),
        refundStatus: parts.refundStatus,
      });
      return parts.platformStatus === undefined ? line : { ...line, platformStatus: parts.platformStatus };
    });
}

function linesArb(platformSnapshot: boolean): fc.Arbitrary<OrderLine[]> {
  return fc
    .uniqueArray(fc.constantFrom('L1', 'L2', 'L3'), { minLength: 1, maxLength: 3 })
    .chain((ids) => fc.tuple(...ids.map((id) => lineArb(id, platformSnapshot))));
}

const receiverArb: fc.Arbitrary<Address> = fc
  .record(
    {
      province: fc.constantFrom('广东省', '浙江省'),
      city: fc.constantFrom('深圳市', '杭州市'),
      district: fc.constantFrom('南山区', '西湖区'),
      detailMasked: fc.constantFrom('科技园南路**号', '文三路**号'),
      nameMasked: fc.constantFrom('张*', '李*'),
      tokens: fc.record({ oaid: fc.constantFrom('oaid-1', 'oaid-2') }, { requiredKeys: [] }),
    },
    { requiredKeys: ['province', 'city', 'district', 'tokens'] },
  )
  .map((parts) => ({ country: 'CN', ...parts }));

/**
 * The content of an order as a platform would report it, without status, lifecycle timestamps or
 * version. With `platformSnapshot`, lines carry `shippedQuantity` 0, as mapped platform data does.
 */
export function orderContentArb(platformSnapshot = false): fc.Arbitrary<Partial<Order>> {
  return fc.record(
    {
      platformStatus: fc.constantFrom('WAIT_BUYER_PAY', 'WAIT_SELLER_SEND_GOODS', 'TRADE_FINISHED'),
      receiver: receiverArb,
      lines: linesArb(platformSnapshot),
      buyerMessage: fc.constantFrom('尽快发货', '周末送'),
      sellerMemo: fc.constantFrom('加急', '送小样'),
      sellerFlag: fc.integer({ min: 0, max: 2 }),
      shipBlocked: fc.boolean(),
      tags: fc.subarray(['vip', 'gift']),
      platformData: fc.constantFrom({}, { taobao: { stepTradeStatus: 'FRONT_PAID_FINAL_NOPAID' } }),
    },
    { requiredKeys: ['platformStatus', 'receiver', 'lines', 'shipBlocked', 'tags', 'platformData'] },
  );
}

/** Any order with the built order's id: any status, timestamps and content (consistent or not). */
export const orderArb: fc.Arbitrary<Order> = fc
  .record(
    {
      content: orderContentArb(),
      status: fc.constantFrom(...orderStatusSchema.options),
      paidAt: instantArb,
      shippedAt: instantArb,
      endedAt: instantArb,
      platformModifiedAt: instantArb,
    },
    { requiredKeys: ['content', 'status', 'platformModifiedAt'] },
  )
  .map(({ content, ...rest }) => buildOrder({ ...content, ...rest }));

/** The lifecycle part of an order at one point of its life: status and lifecycle timestamps. */
export type LifecycleState = Pick<Order, 'status' | 'paidAt' | 'shippedAt' | 'endedAt'>;

function stateOf({ status, paidAt, shippedAt, endedAt }: Order): LifecycleState {
  const state: LifecycleState = { status };
  if (paidAt !== undefined) state.paidAt = paidAt;
  if (shippedAt !== undefined) state.shippedAt = shippedAt;
  if (endedAt !== undefined) state.endedAt = endedAt;
  return state;
}

/** Walks the table from `pending_payment`, each choice picking one of the events allowed then. */
function lifecycleStates(choices: readonly number[]): LifecycleState[] {
  const env = createTestEnv();
  let order = buildOrder();
  const states: LifecycleState[] = [stateOf(order)];
  for (const [step, choice] of choices.entries()) {
    const allowed = orderLifecycleEventTypes.filter((type) => canTransitionOrder(order.status, type));
    const type = allowed[choice % Math.max(allowed.length, 1)];
    if (type === undefined) break;
    const at = new Date(baseMs + (step + 1) * 3_600_000).toISOString();
    const result = transitionOrder(order, { type, at }, env);
    if (!result.ok)
      throw new Error(`the table allowed ${type} in ${order.status}, transitionOrder refused it`);
    order = result.order;
    states.push(stateOf(order));
  }
  return states;
}

/**
 * Two platform snapshots of one order, the older first, as a platform's own timeline produces
 * them: the lifecycle parts come from walking the transition table (so the newer status is the
 * older one or reachable from it, and timestamps once set stay set), the rest of the content is
 * either the same or independent, and the modified times differ.
 */
export const snapshotPairArb: fc.Arbitrary<[Order, Order]> = fc
  .record({
    choices: fc.array(fc.nat({ max: 11 }), { maxLength: 7 }),
    picks: fc.tuple(fc.nat(), fc.nat()),
    times: orderedInstantsArb,
    older: orderContentArb(true),
    newer: fc.option(orderContentArb(true), { nil: undefined }),
  })
  .map(({ choices, picks, times, older, newer }) => {
    const states = lifecycleStates(choices);
    const [a, b] = [picks[0] % states.length, picks[1] % states.length].sort((x, y) => x - y);
    const olderState = states[a ?? 0] ?? { status: 'pending_payment' };
    const newerState = states[b ?? 0] ?? olderState;
    return [
      buildOrder({ ...older, ...olderState, platformModifiedAt: times[0] }),
      buildOrder({ ...(newer ?? older), ...newerState, platformModifiedAt: times[1] }),
    ];
  });

const orderKeys = Object.keys(orderSchema.shape) as (keyof Order)[];

/**
 * A stored order and an incoming snapshot of the same order: the stored one with any subset of
 * its fields (from none to all, `platformModifiedAt` included) taken from another arbitrary order.
 * So pairs range from identical through a one-field change to unrelated.
 */
export const orderPairArb: fc.Arbitrary<[Order, Order]> = fc
  .tuple(orderArb, orderArb, fc.subarray(orderKeys))
  .map(([stored, other, keys]) => {
    const incoming: Order = { ...stored };
    for (const key of keys) Object.assign(incoming, { [key]: other[key] });
    return [stored, incoming];
  });
