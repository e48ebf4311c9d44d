import type { InventoryStore, ReservationResult, StockChangeResult } from '@omskit/core';
import { epochMsToIso, invalidInput, OmsError } from '@omskit/core';
import { postgresChannelQuotas } from './pg-channel-quotas';
import { requireNonNegativeInteger, requireText } from './pg-checks';
import type { PgContext } from './pg-context';
import { toNumber } from './pg-context';
import { checkAdjustment, checkChange, checkPlan, successfulResult } from './pg-inventory-requests';
import type { InventoryItemRow, ReservationRow } from './pg-inventory-rows';
import { itemColumns, itemOfRow, reservationColumns, reservationOfRow } from './pg-inventory-rows';
import { createReserveBatcher, type FunctionOutcome, type ReserveBatching } from './pg-reserve-batcher';

/** A change function's outcome as the contract's result. */
function changeResult(outcome: FunctionOutcome): StockChangeResult {
  if (outcome.status === 'conflict') return { ok: false, reason: 'key_conflict', replayed: false };
  const result = outcome.result as Omit<StockChangeResult, 'replayed'>;
  return { ...result, replayed: outcome.status === 'replayed' } as StockChangeResult;
}

/**
 * The {@link InventoryStore} on PostgreSQL. Reserve, deduct, release and adjust are each one
 * call of a PL/pgSQL function (migrations 2, 4 and 6): one round trip, one transaction (shared by
 * the reservations that arrive together, see {@link ReserveBatching}), the idempotency key
 * claimed first, counters changed only by conditional updates that cannot go below zero, and
 * stock rows of a plan updated in a fixed order so concurrent plans never deadlock. Beyond the
 * contract it behaves as the in-memory store: reservation ids are `${plan.key}#${lineIndex}`,
 * keys remember failures, a reused key conflicts.
 */
export function createPostgresInventoryStore(
  context: PgContext,
  batching: ReserveBatching = {},
): InventoryStore {
  const s = context.schema;
  const batcher = createReserveBatcher(context, batching);
  return {
    specificationVersion: 'v1',
    async setStock(item) {
      const sku = requireText(item.sku, ['sku']);
      const warehouseId = requireText(item.warehouseId, ['warehouseId']);
      const onHand = requireNonNegativeInteger(item.onHand, ['onHand']);
      const safetyStock =
        item.safetyStock === undefined ? null : requireNonNegativeInteger(item.safetyStock, ['safetyStock']);
      const rows = await context.query<{ reserved: string; written: boolean }>(
        'inventory:set-stock',
        `WITH written AS (
           INSERT INTO ${s}.inventory_items AS item (sku, warehouse_id, on_hand, reserved, safety_stock)
           VALUES ($1, $2, $3, 0, coalesce($4::bigint, 0))
           ON CONFLICT (sku, warehouse_id) DO UPDATE
             SET on_hand = EXCLUDED.on_hand, safety_stock = coalesce($4::bigint, item.safety_stock)
             WHERE item.reserved <= EXCLUDED.on_hand
           RETURNING reserved
         )
         SELECT reserved, true AS written FROM written
         UNION ALL
         SELECT reserved, false AS written FROM ${s}.inventory_items
           WHERE sku = $1 AND warehouse_id = $2 AND NOT EXISTS (SELECT 1 FROM written)`,
        [sku, warehouseId, onHand, safetyStock],
      );
      const row = rows[0];
      if (row?.written !== true) {
        const reserved = row === undefined ? 'more' : toNumber(row.reserved);
        throw invalidInput(['onHand'], `${onHand} is below the ${reserved} units reserved`);
      }
    },
    async getItem(sku, warehouseId) {
      const rows = await context.query<InventoryItemRow>(
        'inventory:get-item',
        `SELECT ${itemColumns} FROM ${s}.inventory_items WHERE sku = $1 AND warehouse_id = $2`,
        [sku, warehouseId],
      );
      const row = rows[0];
      return row === undefined ? undefined : itemOfRow(row);
    },
    async listItems(sku) {
      const rows = await context.query<InventoryItemRow>(
        'inventory:list-items',
        `SELECT ${itemColumns} FROM ${s}.inventory_items
         WHERE $1::text IS NULL OR sku = $1 ORDER BY sku, warehouse_id`,
        [sku ?? null],
      );
      return rows.map(itemOfRow);
    },
    reserve(plan, now): Promise<ReservationResult> {
      checkPlan(plan, now);
      return batcher.reserve(plan, successfulResult(plan, now));
    },
    deduct: (key, reservationId, quantity, now) =>
      changeReservation(context, 'deduct', key, reservationId, quantity, now),
    release: (key, reservationId, quantity, now) =>
      changeReservation(context, 'release', key, reservationId, quantity, now),
    async adjust(adjustment, now) {
      const fingerprint = checkAdjustment(adjustment, now);
      const rows = await context.query<{ outcome: FunctionOutcome }>(
        'inventory:adjust',
        `SELECT ${s}.adjust_stock($1, $2, $3, $4, $5::bigint) AS outcome`,
        [adjustment.key, fingerprint, adjustment.sku, adjustment.warehouseId, adjustment.delta],
      );
      const outcome = rows[0]?.outcome;
      if (outcome === undefined) throw new OmsError('internal', 'adjust_stock returned nothing');
      return changeResult(outcome);
    },
    async getReservation(reservationId) {
      const rows = await context.query<ReservationRow>(
        'inventory:get-reservation',
        `SELECT ${reservationColumns} FROM ${s}.reservations WHERE id = $1`,
        [reservationId],
      );
      const row = rows[0];
      return row === undefined ? undefined : reservationOfRow(row);
    },
    ...postgresChannelQuotas(context),
    async listReservations(orderId) {
      const rows = await context.query<ReservationRow>(
        'inventory:list-reservations',
        `SELECT ${reservationColumns} FROM ${s}.reservations WHERE order_id = $1 ORDER BY id`,
        [orderId],
      );
      return rows.map(reservationOfRow);
    },
  };
}

async function changeReservation(
  context: PgContext,
  operation: 'deduct' | 'release',
  key: string,
  reservationId: string,
  quantity: number,
  now: number,
): Promise<StockChangeResult> {
  const fingerprint = checkChange(operation, key, reservationId, quantity, now);
  const rows = await context.query<{ outcome: FunctionOutcome }>(
    'inventory:change',
    `SELECT ${context.schema}.change_reservation($1, $2, $3, $4, $5::bigint, $6) AS outcome`,
    [key, fingerprint, operation, reservationId, quantity, epochMsToIso(now)],
  );
  const outcome = rows[0]?.outcome;
  if (outcome === undefined) throw new OmsError('internal', 'change_reservation returned nothing');
  return changeResult(outcome);
}
