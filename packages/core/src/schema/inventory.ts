import { z } from 'zod';
import { idSchema, instantSchema } from './common';

/** Stock of one SKU in one warehouse. Available = onHand - reserved - safetyStock. */
export const inventoryItemSchema = z.object({
  sku: idSchema,
  warehouseId: idSchema,
  /** Units physically in the warehouse. */
  onHand: z.number().int().nonnegative(),
  /** Units promised to accepted orders, not yet shipped. Always the sum of open reservations. */
  reserved: z.number().int().nonnegative(),
  /** Units kept back from sale. */
  safetyStock: z.number().int().nonnegative().default(0),
});

/** A stock row. */
export type InventoryItem = z.infer<typeof inventoryItemSchema>;

/** Units of an inventory item that can still be reserved (never below zero). */
export function availableQuantity(item: InventoryItem): number {
  return Math.max(0, item.onHand - item.reserved - item.safetyStock);
}

/** Where a reservation stands. */
export const reservationStateSchema = z.enum(['open', 'deducted', 'released']);

/** A reservation state. */
export type ReservationState = z.infer<typeof reservationStateSchema>;

/**
 * Units of one SKU in one warehouse held for one order line. `quantity` is what is still held;
 * `deductedQuantity` and `releasedQuantity` record what left by shipment or went back.
 */
export const reservationSchema = z.object({
  id: idSchema,
  orderId: idSchema,
  lineId: idSchema,
  sku: idSchema,
  warehouseId: idSchema,
  /** The channel the order came from (quotas are per channel). */
  channel: z.string().optional(),
  /** Units still held. */
  quantity: z.number().int().nonnegative(),
  deductedQuantity: z.number().int().nonnegative().default(0),
  releasedQuantity: z.number().int().nonnegative().default(0),
  state: reservationStateSchema,
  /** The key of the plan that created it. */
  idempotencyKey: z.string().min(1),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});

/** A stock reservation record. */
export type Reservation = z.infer<typeof reservationSchema>;
