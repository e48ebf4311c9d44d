import type { ReservationResult, StockChangeResult } from '../contracts/stores';
import type { InventoryItem, Reservation } from '../schema/inventory';

/**
 * The first outcome of an idempotency key, with a fingerprint of the request that produced it:
 * a refused reservation plan, or a deduct, release or adjust.
 */
export type RememberedOutcome =
  | { readonly operation: 'reserve'; readonly fingerprint: string; readonly result: ReservationResult }
  | { readonly operation: 'change'; readonly fingerprint: string; readonly result: StockChangeResult };

/**
 * A successful reservation plan, remembered as its reservation records as first created (they
 * double as the fingerprint: same order, channel and lines). Kept this lean because every
 * reservation stays remembered for good: fewer retained objects, less garbage-collector work.
 */
export type ReservedRecords = readonly Reservation[];

/**
 * Everything the in-memory inventory store holds. Reservation records are replaced, never
 * mutated (remembered results share them); stock rows are updated in place. The store copies
 * on the way in and out, so no value in these maps is ever handed to a caller.
 */
export interface MemoryInventoryState {
  /** Stock rows by {@link inventoryItemKey}. */
  readonly items: Map<string, InventoryItem>;
  /** Idempotency keys of reserve, deduct, release and adjust (one namespace). */
  readonly outcomes: Map<string, RememberedOutcome | ReservedRecords>;
  /**
   * The records of plans whose reservations a deduct or release has since replaced, by plan key
   * (copy on write: until then they are the remembered {@link ReservedRecords}); index = the
   * number after `#` in the reservation id. Reservations live here and in `outcomes` rather
   * than in a map of their own: one map insert per reservation instead of two on the hot path.
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
 * cheaper than `structuredClone` on this hot path.
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
 * A copy of a reservation record, written out field by field: the hot path of `reserve` copies
 * every record it returns, and a literal is several times cheaper than object spread.
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

/** Where a reservation id points: its plan key, the line index and the record now stored. */
function locate(state: MemoryInventoryState, reservationId: string) {
  const hash = reservationId.lastIndexOf('#');
  if (hash < 0) return undefined;
  const key = reservationId.slice(0, hash);
  const first = state.outcomes.get(key);
  if (!Array.isArray(first)) return undefined;
  const records: ReservedRecords = state.changed.get(key) ?? (first as ReservedRecords);
  const index = Number(reservationId.slice(hash + 1));
  const record = Number.isInteger(index) ? records[index] : undefined;
  return record?.id === reservationId ? { key, first: first as ReservedRecords, index, record } : undefined;
}

/** The stored reservation record with this id (not a copy: never hand it out), or undefined. */
export function reservationRecord(
  state: MemoryInventoryState,
  reservationId: string,
): Reservation | undefined {
  return locate(state, reservationId)?.record;
}

/** Replaces a stored reservation record (same id) with its next version. */
export function replaceReservationRecord(state: MemoryInventoryState, record: Reservation): void {
  const found = locate(state, record.id);
  if (found === undefined) throw new Error(`reservation ${record.id} is not stored`);
  // Copy on write: the remembered records stay as first created.
  let current = state.changed.get(found.key);
  if (current === undefined) {
    current = found.first.slice();
    state.changed.set(found.key, current);
  }
  current[found.index] = record;
}

/** Every stored reservation record (not copies), in no particular order. */
export function* reservationRecords(state: MemoryInventoryState): Generator<Reservation> {
  for (const [key, outcome] of state.outcomes) {
    if (Array.isArray(outcome)) yield* state.changed.get(key) ?? (outcome as ReservedRecords);
  }
}
