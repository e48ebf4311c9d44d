import type { ReservationResult, StockChangeResult } from '../contracts/stores';
import type { InventoryItem, Reservation } from '../schema/inventory';

/** The first outcome of an idempotency key, with a fingerprint of the request that produced it. */
export type RememberedOutcome =
  | { readonly operation: 'reserve'; readonly fingerprint: string; readonly result: ReservationResult }
  | { readonly operation: 'change'; readonly fingerprint: string; readonly result: StockChangeResult };

/**
 * Everything the in-memory inventory store holds. The store replaces objects instead of
 * mutating them, and copies on the way in and out, so values in these maps are never shared.
 */
export interface MemoryInventoryState {
  /** Stock rows by {@link inventoryItemKey}. */
  readonly items: Map<string, InventoryItem>;
  /** Reservations by id. */
  readonly reservations: Map<string, Reservation>;
  /** Idempotency keys of reserve, deduct, release and adjust (one namespace). */
  readonly outcomes: Map<string, RememberedOutcome>;
}

/** Creates an empty {@link MemoryInventoryState}. */
export function createMemoryInventoryState(): MemoryInventoryState {
  return { items: new Map(), reservations: new Map(), outcomes: new Map() };
}

/** The map key of a stock row; NUL cannot occur in a SKU code or warehouse id, so it cannot collide. */
export function inventoryItemKey(sku: string, warehouseId: string): string {
  return `${sku}\u0000${warehouseId}`;
}

/**
 * A copy of a result that shares nothing with the original. Results hold only flat records of
 * primitives (reservations, shortages), so copying each record is a full copy, and much
 * cheaper than `structuredClone` on this hot path.
 */
export function copyResult<R extends ReservationResult | StockChangeResult>(result: R): R {
  if ('reservations' in result)
    return { ...result, reservations: result.reservations.map((r) => ({ ...r })) };
  if ('shortages' in result) return { ...result, shortages: result.shortages.map((s) => ({ ...s })) };
  return { ...result };
}

/** A remembered result handed back for a repeated key: a copy, marked replayed. */
export function replayed<R extends ReservationResult | StockChangeResult>(result: R): R {
  return { ...copyResult(result), replayed: true };
}
