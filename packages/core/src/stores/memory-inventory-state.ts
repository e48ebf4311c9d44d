import type { ReservationResult, StockChangeResult } from '../contracts/stores';
import type { InventoryItem, Reservation } from '../schema/inventory';
import type { ReservedPlan } from './memory-inventory-records';

/**
 * The first outcome of an idempotency key, with a fingerprint of the request that produced it:
 * a refused reservation plan (`reserve`), or a deduct, release, adjust or quota write (`change`).
 * A successful plan is remembered as a {@link ReservedPlan} instead.
 */
export type RememberedOutcome =
  | { readonly operation: 'reserve'; readonly fingerprint: string; readonly result: ReservationResult }
  | { readonly operation: 'change'; readonly fingerprint: string; readonly result: StockChangeResult };

/**
 * Everything the in-memory inventory store holds. Stock rows and quotas are updated in place;
 * remembered plans never change, and a reservation that a deduct or release changed is replaced,
 * never mutated. The store copies on the way in and out, so no value in these maps is ever
 * handed to a caller.
 */
export interface MemoryInventoryState {
  /** Stock rows by {@link inventoryItemKey}. */
  readonly items: Map<string, InventoryItem>;
  /**
   * Idempotency keys of reserve, deduct, release, adjust and the quota writes (one namespace).
   * Successful plans live here too, as the only record of their reservations until one changes:
   * one map insert per plan on the hot path instead of two.
   */
  readonly outcomes: Map<string, RememberedOutcome | ReservedPlan>;
  /**
   * The reservations of plans that a deduct or release has since changed, by plan key, index =
   * the number after `#` in the reservation id (copy on write: until then the records are built
   * from the remembered {@link ReservedPlan} when asked for).
   */
  readonly changed: Map<string, Reservation[]>;
  /** Channel quotas by `sku NUL channel` (see `memory-inventory-quotas.ts`), updated in place. */
  readonly quotas: Map<string, MutableQuota>;
}

/** A channel quota as the state holds it. */
export interface MutableQuota {
  readonly sku: string;
  readonly channel: string;
  quota: number;
  reserved: number;
}

/** Creates an empty {@link MemoryInventoryState}. */
export function createMemoryInventoryState(): MemoryInventoryState {
  return { items: new Map(), outcomes: new Map(), changed: new Map(), quotas: new Map() };
}

/** The map key of a stock row; NUL cannot occur in a SKU code or warehouse id, so it cannot collide. */
export function inventoryItemKey(sku: string, warehouseId: string): string {
  return `${sku}\u0000${warehouseId}`;
}

/**
 * A copy of a result that shares nothing with the original. Results hold only flat records of
 * primitives (reservations, shortages), so copying each record is a full copy, and much
 * cheaper than `structuredClone`.
 */
export function copyResult<R extends ReservationResult | StockChangeResult>(result: R): R {
  if ('reservations' in result) return { ...result, reservations: result.reservations.map(copyReservation) };
  if ('shortages' in result) return { ...result, shortages: result.shortages.map((s) => ({ ...s })) };
  if ('quotaShortages' in result)
    return { ...result, quotaShortages: result.quotaShortages.map((s) => ({ ...s })) };
  return { ...result };
}

/** A remembered result handed back for a repeated key: a copy, marked replayed. */
export function replayed<R extends ReservationResult | StockChangeResult>(result: R): R {
  return { ...copyResult(result), replayed: true };
}

/**
 * A copy of a reservation record, written out field by field: a literal is several times
 * cheaper than object spread.
 */
export function copyReservation(record: Reservation): Reservation {
  const copy: Reservation = {
    id: record.id,
    orderId: record.orderId,
    lineId: record.lineId,
    sku: record.sku,
    warehouseId: record.warehouseId,
    quantity: record.quantity,
    deductedQuantity: record.deductedQuantity,
    releasedQuantity: record.releasedQuantity,
    state: record.state,
    idempotencyKey: record.idempotencyKey,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
  if (record.channel !== undefined) copy.channel = record.channel;
  return copy;
}
