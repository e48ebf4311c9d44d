import type { Reservation } from '../schema/inventory';

/** Reserved against shipped for one stock row over a period: what a stock count should check. */
export interface StockCountGap {
  readonly sku: string;
  readonly warehouseId: string;
  /** Units reserved by reservations created in the period. */
  readonly reserved: number;
  /** Of those, units shipped (deducted). */
  readonly deducted: number;
  /** Of those, units returned to the pool (released). */
  readonly released: number;
  /** Of those, units still held: reserved but neither shipped nor released, the gap to count. */
  readonly gap: number;
}

/**
 * The reserved-versus-deducted report of a period `[from, to)` (ISO instants), per stock row,
 * ordered by SKU then warehouse; rows with no reservation in the period are left out.
 */
export function stockCountGaps(
  reservations: readonly Reservation[],
  from: string,
  to: string,
): StockCountGap[] {
  const start = Date.parse(from);
  const end = Date.parse(to);
  const rows = new Map<
    string,
    { sku: string; warehouseId: string; reserved: number; deducted: number; released: number; gap: number }
  >();
  for (const reservation of reservations) {
    const created = Date.parse(reservation.createdAt);
    if (!(created >= start && created < end)) continue;
    const key = `${reservation.sku}\u0000${reservation.warehouseId}`;
    const row = rows.get(key) ?? {
      sku: reservation.sku,
      warehouseId: reservation.warehouseId,
      reserved: 0,
      deducted: 0,
      released: 0,
      gap: 0,
    };
    row.reserved += reservation.quantity + reservation.deductedQuantity + reservation.releasedQuantity;
    row.deducted += reservation.deductedQuantity;
    row.released += reservation.releasedQuantity;
    row.gap += reservation.quantity;
    rows.set(key, row);
  }
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...rows.values()].sort((a, b) => compare(a.sku, b.sku) || compare(a.warehouseId, b.warehouseId));
}
