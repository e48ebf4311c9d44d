import { expect } from 'vitest';
import type { ReservationPlan } from '../contracts/stores';
import type { RawStorageReaders } from './raw-storage-readers';

/** The SKU most inventory cases use. */
export const sku = 'TEE-RED-M';
/** The warehouse most inventory cases use. */
export const warehouse = 'wh-shanghai';

/** One plan line as `[sku, warehouseId, quantity]`. */
export type PlanLineSpec = readonly [sku: string, warehouseId: string, quantity: number];

/** A reservation plan for order `o-<key>` with lines `l1`, `l2`, ... */
export function buildPlan(
  key: string,
  lines: readonly PlanLineSpec[],
  orderId = `o-${key}`,
): ReservationPlan {
  return {
    key,
    orderId,
    channel: 'taobao',
    lines: lines.map(([lineSku, warehouseId, quantity], index) => ({
      lineId: `l${index + 1}`,
      sku: lineSku,
      warehouseId,
      quantity,
    })),
  };
}

/**
 * Checks the stored rows against the inventory guarantees through the raw readers: nothing
 * negative, onHand never below reserved, reserved equal to the units its reservations still
 * hold, and a reservation open exactly while it holds units.
 */
export async function expectInventoryInvariants(
  raw: RawStorageReaders,
  rows: readonly (readonly [sku: string, warehouseId: string])[],
): Promise<void> {
  for (const [rowSku, warehouseId] of rows) {
    const item = await raw.readInventoryRow(rowSku, warehouseId);
    if (item === undefined) continue;
    const reservations = await raw.readReservationsOfItem(rowSku, warehouseId);
    const held = reservations.reduce((sum, reservation) => sum + reservation.quantity, 0);
    expect(item.reserved, `reserved of ${rowSku}@${warehouseId}`).toBe(held);
    expect(item.reserved).toBeGreaterThanOrEqual(0);
    expect(item.onHand).toBeGreaterThanOrEqual(item.reserved);
    expect(item.safetyStock).toBeGreaterThanOrEqual(0);
    for (const reservation of reservations) {
      expect(reservation.quantity).toBeGreaterThanOrEqual(0);
      expect(reservation.state === 'open', `state of ${reservation.id}`).toBe(reservation.quantity > 0);
    }
  }
}
