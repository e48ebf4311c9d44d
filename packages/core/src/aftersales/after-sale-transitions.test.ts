import { describe, expect, it } from 'vitest';
import { type AfterSaleStatus, afterSaleStatusSchema, afterSaleTypeSchema } from '../schema/after-sale';
import { buildCase, createTestEnv, deepFreeze } from './__fixtures__/after-sale-fixtures';
import { makeValidEvent } from './__fixtures__/make-valid-event';
import type { AfterSaleCase } from './after-sale-case';
import type { AfterSaleEffectKind } from './after-sale-effect';
import { type AfterSaleEventType, afterSaleEventTypes } from './after-sale-event';
import { type AfterSaleEffectIntent, afterSaleTransitions } from './after-sale-transitions';
import { canTransitionAfterSale } from './can-transition-after-sale';
import { reachableAfterSaleStatuses } from './find-after-sale-path';
import { transitionAfterSale } from './transition-after-sale';

const intentKinds: Record<AfterSaleEffectIntent, AfterSaleEffectKind> = {
  'decide-approve-refund': 'channel.decide-after-sale',
  'decide-approve-return': 'channel.decide-after-sale',
  'decide-refuse': 'channel.decide-after-sale',
  'decide-confirm-receipt': 'channel.decide-after-sale',
  'notify-approved': 'buyer.notify',
  'notify-refused': 'buyer.notify',
  'notify-return-instructions': 'buyer.notify',
  'notify-refund-paid': 'buyer.notify',
  'notify-replacement-shipped': 'buyer.notify',
  'expect-return': 'warehouse.expect-return',
  'cancel-expected-return': 'warehouse.cancel-expected-return',
  'ship-replacement': 'warehouse.ship-replacement',
  'ship-after-sale': 'channel.ship-after-sale',
  intercept: 'carrier.intercept',
  release: 'inventory.release',
  restock: 'inventory.restock',
  'write-off': 'inventory.write-off',
  'refund-ticket': 'finance.refund-ticket',
};

type Step = { event: AfterSaleEventType; to: AfterSaleStatus };

/** Every simple path (no status twice) from `requested` until a status with no way out or a status already on the path. */
function simplePaths(type: (typeof afterSaleTypeSchema.options)[number]): Step[][] {
  const machine = afterSaleTransitions[type];
  const paths: Step[][] = [];
  const walk = (status: AfterSaleStatus, path: Step[], seen: Set<AfterSaleStatus>) => {
    const row = Object.entries(machine[status] ?? {}) as [AfterSaleEventType, { to: AfterSaleStatus }][];
    const onward = row.filter(([, target]) => !seen.has(target.to));
    if (onward.length < row.length || row.length === 0) paths.push(path);
    for (const [event, target] of onward)
      walk(target.to, [...path, { event, to: target.to }], new Set([...seen, target.to]));
  };
  walk('requested', [], new Set(['requested']));
  return paths;
}

describe('the after-sales table', () => {
  for (const type of afterSaleTypeSchema.options) {
    const machine = afterSaleTransitions[type];
    const paths = simplePaths(type);

    it(`${type}: walks every path, with the row's effects at each step`, () => {
      const covered = new Set<string>();
      for (const path of paths) {
        const env = createTestEnv();
        let current: AfterSaleCase = deepFreeze(buildCase(type));
        for (const step of path) {
          const from = current.afterSale.status;
          const target = machine[from]?.[step.event];
          expect(canTransitionAfterSale(current.afterSale, step.event)).toBe(true);
          const result = transitionAfterSale(current, makeValidEvent(step.event, current), env);
          if (!result.ok) throw new Error(`${type}: ${from} -${step.event}-> refused: ${result.message}`);
          expect(result.afterSaleCase.afterSale.status).toBe(step.to);
          expect(result.effects.map((effect) => effect.kind)).toEqual(
            target?.effects.map((intent) => intentKinds[intent]),
          );
          expect(result.entry).toMatchObject({ from, to: step.to, event: step.event });
          covered.add(`${from}:${step.event}`);
          current = deepFreeze(result.afterSaleCase);
        }
        expect(current.history.map((entry) => entry.to)).toEqual(path.map((step) => step.to));
      }
      const edges = Object.entries(machine).flatMap(([from, row]) =>
        Object.keys(row ?? {}).map((event) => `${from}:${event}`),
      );
      expect([...covered].sort()).toEqual(edges.sort());
    });

    it(`${type}: every status in its machine is reachable and can end in closed`, () => {
      const statuses = Object.keys(machine) as AfterSaleStatus[];
      const reachable = reachableAfterSaleStatuses(type, 'requested');
      for (const status of statuses) {
        expect(reachable.has(status), status).toBe(true);
        expect(reachableAfterSaleStatuses(type, status).has('closed'), status).toBe(true);
      }
      for (const [, row] of Object.entries(machine))
        for (const target of Object.values(row ?? {})) expect(statuses).toContain(target?.to);
    });

    it(`${type}: refuses every move the table does not list, without using the clock or ids`, () => {
      for (const status of afterSaleStatusSchema.options) {
        for (const event of afterSaleEventTypes) {
          if (machine[status]?.[event] !== undefined) continue;
          const env = createTestEnv();
          const current = buildCase(type, { status });
          expect(canTransitionAfterSale(current.afterSale, { type: event })).toBe(false);
          const result = transitionAfterSale(current, makeValidEvent(event, current), {
            ...env,
            clock: { now: () => Number.NaN },
          });
          expect(result).toMatchObject({ ok: false, reason: 'invalid_transition', from: status });
          expect(env.issuedIds()).toBe(0);
        }
      }
    });
  }

  it('uses every unified status and every effect intent somewhere', () => {
    const machines = Object.values(afterSaleTransitions);
    const targets = machines.flatMap((machine) =>
      Object.values(machine).flatMap((row) => Object.values(row ?? {})),
    );
    const used = new Set(machines.flatMap((machine) => Object.keys(machine)));
    expect([...used].sort()).toEqual([...afterSaleStatusSchema.options].sort());
    const intents = new Set(targets.flatMap((target) => target?.effects ?? []));
    expect([...intents].sort()).toEqual(Object.keys(intentKinds).sort());
  });

  it('has a machine for every type and closed is terminal everywhere', () => {
    expect(Object.keys(afterSaleTransitions).sort()).toEqual([...afterSaleTypeSchema.options].sort());
    for (const type of afterSaleTypeSchema.options) expect(afterSaleTransitions[type].closed).toEqual({});
  });
});
