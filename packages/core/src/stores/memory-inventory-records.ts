import type { ReservationPlan, ReservationPlanLine } from '../contracts/stores';
import type { Reservation } from '../schema/inventory';
import type { MemoryInventoryState } from './memory-inventory-state';

/** A plan line as a successful plan remembers it (copied: the caller keeps the original). */
export interface ReservedLine {
  readonly lineId: string;
  readonly sku: string;
  readonly warehouseId: string;
  readonly quantity: number;
}

/**
 * A successful reservation plan, remembered compactly under its key: the request as first
 * received (its own fingerprint) and when. The reservation records are built from it on demand,
 * so the hot path keeps one small object per plan for good instead of a full record per line.
 * The first line's fields sit in the plan itself (most plans have one line); the others, if
 * any, in `more`. Never mutated.
 */
export interface ReservedPlan extends ReservedLine {
  readonly operation: 'reserved';
  readonly key: string;
  readonly orderId: string;
  readonly channel: string | undefined;
  /** The ISO instant of the reservation: createdAt and updatedAt of its records. */
  readonly at: string;
  /** The lines after the first, or undefined for a one-line plan. */
  readonly more: readonly ReservedLine[] | undefined;
}

/** Remembers a plan that was applied, at `at`. */
export function rememberPlan(plan: ReservationPlan, at: string): ReservedPlan {
  const lines = plan.lines;
  const first = lines[0] as ReservationPlanLine;
  let more: ReservedLine[] | undefined;
  if (lines.length > 1) {
    more = new Array(lines.length - 1);
    for (let index = 1; index < lines.length; index += 1) {
      const { lineId, sku, warehouseId, quantity } = lines[index] as ReservationPlanLine;
      more[index - 1] = { lineId, sku, warehouseId, quantity };
    }
  }
  return {
    operation: 'reserved',
    lineId: first.lineId,
    sku: first.sku,
    warehouseId: first.warehouseId,
    quantity: first.quantity,
    key: plan.key,
    orderId: plan.orderId,
    channel: plan.channel,
    at,
    more,
  };
}

/** How many lines a remembered plan has. */
export function lineCount(plan: ReservedPlan): number {
  return plan.more === undefined ? 1 : plan.more.length + 1;
}

/** Line `index` of a remembered plan (0-based), or undefined past its end. */
export function reservedLine(plan: ReservedPlan, index: number): ReservedLine | undefined {
  return index === 0 ? plan : plan.more?.[index - 1];
}

/**
 * The reservation record of line `index` as the plan created it: a new object every call.
 * Written out field by field (no spread): object spread costs several times a literal.
 */
export function buildReservation(plan: ReservedPlan, line: ReservedLine, index: number): Reservation {
  const id = `${plan.key}#${index}`;
  return plan.channel === undefined
    ? {
        id,
        orderId: plan.orderId,
        lineId: line.lineId,
        sku: line.sku,
        warehouseId: line.warehouseId,
        quantity: line.quantity,
        deductedQuantity: 0,
        releasedQuantity: 0,
        state: 'open',
        idempotencyKey: plan.key,
        createdAt: plan.at,
        updatedAt: plan.at,
      }
    : {
        id,
        orderId: plan.orderId,
        lineId: line.lineId,
        sku: line.sku,
        warehouseId: line.warehouseId,
        channel: plan.channel,
        quantity: line.quantity,
        deductedQuantity: 0,
        releasedQuantity: 0,
        state: 'open',
        idempotencyKey: plan.key,
        createdAt: plan.at,
        updatedAt: plan.at,
      };
}

/** Every reservation record of a remembered plan as first created (new objects), in line order. */
export function buildReservations(plan: ReservedPlan): Reservation[] {
  const records: Reservation[] = [buildReservation(plan, plan, 0)];
  if (plan.more !== undefined)
    for (let index = 0; index < plan.more.length; index += 1)
      records.push(buildReservation(plan, plan.more[index] as ReservedLine, index + 1));
  return records;
}

/**
 * Whether a plan asks for exactly what a remembered one did: same order, channel and lines in
 * the same order (the test of an idempotent replay).
 */
export function sameAsReserved(plan: ReservationPlan, reserved: ReservedPlan): boolean {
  const lines = plan.lines;
  if (plan.orderId !== reserved.orderId || plan.channel !== reserved.channel) return false;
  if (lines.length !== lineCount(reserved)) return false;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as ReservationPlanLine;
    const kept = reservedLine(reserved, index) as ReservedLine;
    if (
      line.lineId !== kept.lineId ||
      line.sku !== kept.sku ||
      line.warehouseId !== kept.warehouseId ||
      line.quantity !== kept.quantity
    )
      return false;
  }
  return true;
}

/** Where a reservation id points: its remembered plan, the line index and the current record. */
function locate(state: MemoryInventoryState, reservationId: string) {
  const hash = reservationId.lastIndexOf('#');
  if (hash < 0) return undefined;
  const key = reservationId.slice(0, hash);
  const plan = state.outcomes.get(key);
  if (plan === undefined || plan.operation !== 'reserved') return undefined;
  const index = Number(reservationId.slice(hash + 1));
  const line = Number.isInteger(index) ? reservedLine(plan, index) : undefined;
  // Only the id exactly as issued (`#1`, not `#01` or `#1.0`) names the record.
  if (line === undefined || `${key}#${index}` !== reservationId) return undefined;
  const changed = state.changed.get(key);
  return { key, plan, index, record: changed?.[index] ?? buildReservation(plan, line, index), changed };
}

/**
 * The current reservation record with this id, or undefined. It may be the stored object
 * itself: never hand it out, copy it.
 */
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
  let current = found.changed;
  if (current === undefined) {
    current = buildReservations(found.plan);
    state.changed.set(found.key, current);
  }
  current[found.index] = record;
}

/** Every current reservation record (never hand one out: copy it), in no particular order. */
export function* reservationRecords(state: MemoryInventoryState): Generator<Reservation> {
  for (const [key, outcome] of state.outcomes) {
    if (outcome.operation === 'reserved') yield* state.changed.get(key) ?? buildReservations(outcome);
  }
}
