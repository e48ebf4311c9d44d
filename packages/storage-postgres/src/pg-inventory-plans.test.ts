import type { ReservationPlan } from '@omskit/core';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate } from './pg-migrate';
import { createPostgresRawReaders } from './pg-raw-readers';
import { createPostgresStores } from './pg-stores';
import {
  createTestPool,
  dropSchema,
  postgresUnavailable,
  uniqueSchemaName,
} from './pg-test-database.test-helpers';

const unavailable = await postgresUnavailable();
const now = Date.parse('2026-11-11T00:00:00.000Z');

describe.skipIf(unavailable !== undefined)(
  `multi-line plans on PostgreSQL${unavailable === undefined ? '' : ` (skipped: ${unavailable})`}`,
  () => {
    const pool = unavailable === undefined ? createTestPool(24) : undefined;
    afterAll(() => pool?.end());

    it('never deadlocks when concurrent plans name the same rows in opposite orders, and stays exact', async () => {
      if (pool === undefined) return;
      const schema = uniqueSchemaName('omskit_plans');
      await migrate(pool, { schema });
      try {
        const { inventory } = createPostgresStores(pool, { schema });
        const rows = [
          ['A', 'w1'],
          ['B', 'w1'],
          ['A', 'w2'],
        ] as const;
        for (const [sku, warehouseId] of rows) await inventory.setStock({ sku, warehouseId, onHand: 40 });
        const plans = Array.from({ length: 96 }, (_, index): ReservationPlan => {
          const ordered = index % 2 === 0 ? rows : [...rows].reverse();
          return {
            key: `plan-${index}`,
            orderId: `o-${index}`,
            channel: 'jd',
            lines: ordered.map(([sku, warehouseId], line) => ({
              lineId: `l${line}`,
              sku,
              warehouseId,
              quantity: 1,
            })),
          };
        });
        const results = await Promise.all(plans.map((plan) => inventory.reserve(plan, now)));
        expect(results.filter((result) => result.ok)).toHaveLength(40);
        const raw = createPostgresRawReaders(pool, { schema });
        for (const [sku, warehouseId] of rows) {
          expect(await raw.readInventoryRow(sku, warehouseId)).toMatchObject({ onHand: 40, reserved: 40 });
          expect(await raw.readReservationsOfItem(sku, warehouseId)).toHaveLength(40);
        }
      } finally {
        await dropSchema(pool, schema);
      }
    });
  },
);
