import type { InventoryItem, Reservation } from '@omskit/core';
import { toNumber } from './pg-context';

/** A stock row as `pg` returns it (bigint columns as text). */
export interface InventoryItemRow {
  sku: string;
  warehouse_id: string;
  on_hand: string;
  reserved: string;
  safety_stock: string;
}

/** A reservation row as `pg` returns it. */
export interface ReservationRow {
  id: string;
  order_id: string;
  line_id: string;
  sku: string;
  warehouse_id: string;
  channel: string | null;
  quantity: string;
  deducted_quantity: string;
  released_quantity: string;
  state: Reservation['state'];
  idempotency_key: string;
  created_at: string;
  updated_at: string;
}

/** The select list of a stock row. */
export const itemColumns = 'sku, warehouse_id, on_hand, reserved, safety_stock';

/** The select list of a reservation row. */
export const reservationColumns = `id, order_id, line_id, sku, warehouse_id, channel, quantity, deducted_quantity,
  released_quantity, state, idempotency_key, created_at, updated_at`;

/** A stock row as the contract's {@link InventoryItem}. */
export function itemOfRow(row: InventoryItemRow): InventoryItem {
  return {
    sku: row.sku,
    warehouseId: row.warehouse_id,
    onHand: toNumber(row.on_hand),
    reserved: toNumber(row.reserved),
    safetyStock: toNumber(row.safety_stock),
  };
}

/** A reservation row as the contract's {@link Reservation}; no channel is left out. */
export function reservationOfRow(row: ReservationRow): Reservation {
  return {
    id: row.id,
    orderId: row.order_id,
    lineId: row.line_id,
    sku: row.sku,
    warehouseId: row.warehouse_id,
    ...(row.channel === null ? {} : { channel: row.channel }),
    quantity: toNumber(row.quantity),
    deductedQuantity: toNumber(row.deducted_quantity),
    releasedQuantity: toNumber(row.released_quantity),
    state: row.state,
    idempotencyKey: row.idempotency_key,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
