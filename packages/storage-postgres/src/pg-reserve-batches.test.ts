import type { InventoryStore, ReservationPlan, ReservationResult } from '@omskit/core';
import { OmsError } from '@omskit/core';
import fc from 'fast-check';
import type pg from 'pg';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { migrate } from './pg-migrate';
import { createPostgresStores } from './pg-stores';
import {
  createTestPool,
  dropSchema,
  postgresUnavailable,
  uniqueSchemaName,
} from './pg-test-database.test-helpers';

const unavailable = await postgresUnavailable();
const now = Date.parse('2026-11-11T00:00:00.000Z');
const skus = ['A', 'B', 'C'];
const warehouses = ['w1', 'w2'];

const lineArbitrary = fc.record({
  sku: fc.constantFrom(...skus),
  warehouseId: fc.constantFrom(...warehouses),
  quantity: fc.integer({ min: 1, max: 3 }),
});
const planArbitrary = fc.record({
  channel: fc.constantFrom(undefined, 'jd', 'taobao'),
  lines: fc.array(lineArbitrary, { minLength: 1, maxLength: 3 }),
});
const scenarioArbitrary = fc.record({
  stock: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 6, maxLength: 6 }),
  quota: fc.integer({ min: 0, max: 6 }),
  /** Plans applied first, one at a time, in both schemas. */
  earlier: fc.array(planArbitrary, { minLength: 0, maxLength: 4 }),
  /** Plans sent together; each reuses an earlier key (same or other content) or takes a new one. */
  batch: fc.array(
    fc.record({ plan: planArbitrary, reuse: fc.option(fc.nat(), { nil: undefined }), same: fc.boolean() }),
    { minLength: 2, maxLength: 12 },
  ),
});

type PlanSpec = typeof planArbitrary extends fc.Arbitrary<infer T> ? T : never;
type Scenario = typeof scenarioArbitrary extends fc.Arbitrary<infer T> ? T : never;

function toPlan(key: string, spec: PlanSpec): ReservationPlan {
  return {
    key,
    orderId: `order-${key}`,
    ...(spec.channel === undefined ? {} : { channel: spec.channel }),
    lines: spec.lines.map((line, index) => ({ lineId: `l${index}`, ...line })),
  };
}

/** What a call did, comparable across schemas: the result, or the error's code. */
async function outcomeOf(call: ReservationResult | Promise<ReservationResult>): Promise<unknown> {
  try {
    return await call;
  } catch (error) {
    return { threw: OmsError.is(error) ? error.code : String(error) };
  }
}

async function dump(pool: pg.Pool, schema: string): Promise<unknown> {
  const query = async (sql: string) => (await pool.query(sql)).rows;
  return {
    items: await query(
      `SELECT sku, warehouse_id, on_hand, reserved FROM "${schema}".inventory_items ORDER BY 1, 2`,
    ),
    reservations: await query(
      `SELECT id, order_id, line_id, sku, warehouse_id, channel, quantity, state FROM "${schema}".reservations ORDER BY id`,
    ),
    quotas: await query(`SELECT sku, channel, quota, reserved FROM "${schema}".channel_quotas ORDER BY 1, 2`),
    keys: await query(
      `SELECT key, operation, fingerprint, result FROM "${schema}".inventory_keys ORDER BY key`,
    ),
  };
}

describe.skipIf(unavailable !== undefined)(
  `grouped reservations on PostgreSQL${unavailable === undefined ? '' : ` (skipped: ${unavailable})`}`,
  () => {
    const pool = unavailable === undefined ? createTestPool(8) : undefined;
    afterAll(() => pool?.end());

    async function withSchema<T>(run: (schema: string) => Promise<T>): Promise<T> {
      if (pool === undefined) throw new Error('no pool');
      const schema = uniqueSchemaName('omskit_batches');
      await migrate(pool, { schema });
      try {
        return await run(schema);
      } finally {
        await dropSchema(pool, schema);
      }
    }

    async function seed(inventory: InventoryStore, scenario: Scenario) {
      for (const [index, onHand] of scenario.stock.entries()) {
        const sku = skus[index % skus.length] as string;
        const warehouseId = warehouses[Math.floor(index / skus.length)] as string;
        await inventory.setStock({ sku, warehouseId, onHand });
      }
      await inventory.setChannelQuota?.('quota-a', { sku: 'A', channel: 'jd', quota: scenario.quota }, now);
    }

    it('a batch in one transaction gives the results and the rows of the same plans one at a time', async () => {
      if (pool === undefined) return;
      await fc.assert(
        fc.asyncProperty(scenarioArbitrary, async (scenario) => {
          const earlier = scenario.earlier.map((spec, index) => toPlan(`e${index}`, spec));
          const batch = scenario.batch.map(({ plan, reuse, same }, index) => {
            const reused =
              reuse === undefined || earlier.length === 0 ? undefined : earlier[reuse % earlier.length];
            if (reused === undefined) return toPlan(`b${index}`, plan);
            return same ? reused : toPlan(reused.key, plan);
          });
          // Keys inside one batch are distinct (the batcher's rule); drop repeats for this test.
          const distinct = batch.filter(
            (plan, index) => batch.findIndex((other) => other.key === plan.key) === index,
          );
          const run = async (grouped: boolean) =>
            withSchema(async (schema) => {
              const { inventory } = createPostgresStores(pool, {
                schema,
                reserveBatching: grouped ? { maxInFlight: 1 } : { maxPlans: 1 },
              });
              await seed(inventory, scenario);
              for (const plan of earlier) await inventory.reserve(plan, now);
              let outcomes: unknown[];
              if (grouped) {
                // One plan in flight makes the rest queue, so they go together in one call.
                const [first, ...rest] = distinct;
                const calls = [first, ...rest].map((plan) =>
                  outcomeOf(inventory.reserve(plan as ReservationPlan, now)),
                );
                outcomes = await Promise.all(calls);
              } else {
                outcomes = [];
                for (const plan of distinct) outcomes.push(await outcomeOf(inventory.reserve(plan, now)));
              }
              return { outcomes, rows: await dump(pool, schema) };
            });
          const [alone, together] = [await run(false), await run(true)];
          expect(together).toEqual(alone);
        }),
        { numRuns: 15 },
      );
    });

    it('the same key twice in the queue: the first applies, the second replays it or conflicts', async () => {
      if (pool === undefined) return;
      await withSchema(async (schema) => {
        const { inventory } = createPostgresStores(pool, { schema, reserveBatching: { maxInFlight: 1 } });
        await inventory.setStock({ sku: 'A', warehouseId: 'w1', onHand: 5 });
        const plan = toPlan('k', { channel: 'jd', lines: [{ sku: 'A', warehouseId: 'w1', quantity: 2 }] });
        const other = toPlan('k', { channel: 'jd', lines: [{ sku: 'A', warehouseId: 'w1', quantity: 3 }] });
        const blocker = toPlan('blocker', {
          channel: undefined,
          lines: [{ sku: 'A', warehouseId: 'w1', quantity: 1 }],
        });
        const [, first, again, conflicting] = await Promise.all([
          outcomeOf(inventory.reserve(blocker, now)),
          outcomeOf(inventory.reserve(plan, now)),
          outcomeOf(inventory.reserve(plan, now)),
          outcomeOf(inventory.reserve(other, now)),
        ]);
        expect(first).toMatchObject({ ok: true, replayed: false });
        expect(again).toEqual({ ...(first as object), replayed: true });
        expect(conflicting).toEqual({ threw: 'conflict' });
        expect(await inventory.getItem('A', 'w1')).toMatchObject({ onHand: 5, reserved: 3 });
      });
    });

    it('many clients of one store share calls and stay exact', async () => {
      if (pool === undefined) return;
      await withSchema(async (schema) => {
        const { inventory } = createPostgresStores(pool, { schema, reserveBatching: { maxInFlight: 2 } });
        await inventory.setStock({ sku: 'HOT', warehouseId: 'w1', onHand: 100 });
        await inventory.setChannelQuota?.('q', { sku: 'HOT', channel: 'jd', quota: 30 }, now);
        const calls = vi.spyOn(pool, 'query');
        const results = await Promise.all(
          Array.from({ length: 300 }, (_, index) =>
            inventory.reserve(
              toPlan(`r${index}`, {
                channel: index % 2 === 0 ? 'jd' : 'taobao',
                lines: [{ sku: 'HOT', warehouseId: 'w1', quantity: 1 }],
              }),
              now,
            ),
          ),
        );
        const names = calls.mock.calls.map(([config]) => (config as { name?: string }).name ?? '');
        calls.mockRestore();
        const reserveCalls = names.filter((name) => name.includes('inventory:reserve'));
        // 300 plans, 2 calls in flight: nearly all of them go in shared calls.
        expect(reserveCalls.filter((name) => name.endsWith('reserve-many')).length).toBeGreaterThan(0);
        expect(reserveCalls.length).toBeLessThan(30);
        const ok = results.filter((result) => result.ok);
        expect(ok).toHaveLength(100);
        const jd = ok.filter((result) => result.ok && result.reservations[0]?.channel === 'jd');
        expect(jd.length).toBeLessThanOrEqual(30);
        expect(
          results.filter((result) => !result.ok && result.reason === 'quota_exceeded').length,
        ).toBeGreaterThan(0);
        expect(await inventory.getItem('HOT', 'w1')).toMatchObject({ onHand: 100, reserved: 100 });
        const { rows } = await pool.query(
          `SELECT count(*)::int AS n, sum(quantity)::int AS units FROM "${schema}".reservations WHERE state = 'open'`,
        );
        expect(rows[0]).toEqual({ n: 100, units: 100 });
      });
    });

    it('rejects a batching setting that is not a positive integer, naming it', () => {
      if (pool === undefined) return;
      expect(() => createPostgresStores(pool, { reserveBatching: { maxPlans: 0 } })).toThrow(
        expect.objectContaining({ code: 'invalid_input', path: ['reserveBatching', 'maxPlans'] }),
      );
    });
  },
);
