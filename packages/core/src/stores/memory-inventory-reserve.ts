import type {
  QuotaShortage,
  ReservationPlan,
  ReservationPlanLine,
  ReservationResult,
  StockShortage,
} from '../contracts/stores';
import { invalidInput, OmsError } from '../errors/oms-error';
import type { InventoryItem, Reservation } from '../schema/inventory';
import { availableQuantity } from '../schema/inventory';
import { epochMsToIso } from '../schema/time';
import { requireEpochMs, requirePositiveInteger, requireText } from './memory-checks';
import { checkQuotas } from './memory-inventory-quotas';
import type { MemoryInventoryState, RememberedOutcome, ReservedRecords } from './memory-inventory-state';
import { copyReservation, copyResult, inventoryItemKey, replayed } from './memory-inventory-state';

/** Throws `invalid_input` naming the first bad field of a plan. */
function checkPlan(plan: ReservationPlan, now: number): void {
  requireText(plan.key, ['key']);
  requireText(plan.orderId, ['orderId']);
  if (plan.channel !== undefined) requireText(plan.channel, ['channel']);
  requireEpochMs(now, ['now']);
  if (!Array.isArray(plan.lines) || plan.lines.length === 0) {
    throw invalidInput(['lines'], 'a plan needs at least one line');
  }
  for (let index = 0; index < plan.lines.length; index += 1) {
    const line = plan.lines[index] as ReservationPlanLine;
    // Cheap checks first; the path arrays are built only for a line that fails them.
    if (
      !isText(line.lineId) ||
      !isText(line.sku) ||
      !isText(line.warehouseId) ||
      !Number.isSafeInteger(line.quantity) ||
      line.quantity < 1
    ) {
      requireText(line.lineId, ['lines', index, 'lineId']);
      requireText(line.sku, ['lines', index, 'sku']);
      requireText(line.warehouseId, ['lines', index, 'warehouseId']);
      requirePositiveInteger(line.quantity, ['lines', index, 'quantity']);
    }
  }
}

function isText(value: unknown): boolean {
  return typeof value === 'string' && value !== '';
}

/** What identifies a plan's content, so a key reused for another request is caught. */
function planFingerprint(plan: ReservationPlan): string {
  // NUL separates fields: it cannot occur in the validated texts, so distinct plans never collide.
  let text = `reserve\u0000${plan.orderId}\u0000${plan.channel ?? ''}`;
  for (const line of plan.lines) {
    text += `\u0000${line.lineId}\u0000${line.sku}\u0000${line.warehouseId}\u0000${line.quantity}`;
  }
  return text;
}

/**
 * A reservation record as created by a plan line. Written out field by field (no spread): this
 * runs once per reserved line and object spread costs several times a literal.
 */
function newReservation(
  plan: ReservationPlan,
  line: ReservationPlanLine,
  index: number,
  at: string,
): Reservation {
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
        createdAt: at,
        updatedAt: at,
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
        createdAt: at,
        updatedAt: at,
      };
}

/**
 * Whether a plan asks for what a remembered successful reservation did: same order, channel and
 * lines. The records keep the quantities they were created with (the store replaces records
 * rather than mutating them), so they serve as the fingerprint of the first request.
 */
function sameAsReserved(plan: ReservationPlan, reservations: readonly Reservation[]): boolean {
  if (reservations.length !== plan.lines.length) return false;
  for (let index = 0; index < reservations.length; index += 1) {
    const record = reservations[index] as Reservation;
    const line = plan.lines[index] as ReservationPlanLine;
    if (
      record.orderId !== plan.orderId ||
      record.channel !== plan.channel ||
      record.lineId !== line.lineId ||
      record.sku !== line.sku ||
      record.warehouseId !== line.warehouseId ||
      record.quantity !== line.quantity
    )
      return false;
  }
  return true;
}

/**
 * Applies a reservation plan to the in-memory state: validated, idempotent by `plan.key`, all
 * lines or none. A key first used for a different request throws `conflict`.
 *
 * The lines are taken in plan order: a line that fits takes its units from the row, one that
 * does not is listed with what the row had left for it (so a router can move exactly the listed
 * lines elsewhere); a missing row has nothing available. Each row is looked up once; rows are
 * updated in place (the store hands out copies only).
 */
export function reservePlan(
  state: MemoryInventoryState,
  plan: ReservationPlan,
  now: number,
): ReservationResult {
  checkPlan(plan, now);
  const remembered = state.outcomes.get(plan.key);
  if (remembered !== undefined) {
    if (Array.isArray(remembered)) {
      const records = remembered as ReservedRecords;
      if (sameAsReserved(plan, records))
        return { ok: true, reservations: records.map(copyReservation), replayed: true };
    } else if (
      (remembered as RememberedOutcome).operation === 'reserve' &&
      (remembered as RememberedOutcome).fingerprint === planFingerprint(plan)
    ) {
      return replayed((remembered as RememberedOutcome).result as ReservationResult);
    }
    throw new OmsError(
      'conflict',
      `idempotency key ${JSON.stringify(plan.key)} was used for another request`,
    );
  }
  const { lines } = plan;
  const count = lines.length;
  if (count === 1) return reserveOneLine(state, plan, lines[0] as ReservationPlanLine, now);
  const quotas = checkQuotas(state, plan);
  if (quotas !== undefined && 'shortages' in quotas) return refuseByQuota(state, plan, quotas.shortages);
  const rows: (InventoryItem | undefined)[] = new Array(count);
  let shortages: StockShortage[] | undefined;
  let taken: Map<InventoryItem, number> | undefined;
  for (let index = 0; index < count; index += 1) {
    const line = lines[index] as ReservationPlanLine;
    const row = state.items.get(inventoryItemKey(line.sku, line.warehouseId));
    rows[index] = row;
    const before = count === 1 || row === undefined ? 0 : (taken?.get(row) ?? 0);
    const left = row === undefined ? 0 : Math.max(0, availableQuantity(row) - before);
    if (line.quantity <= left) {
      if (count > 1 && row !== undefined) {
        taken ??= new Map();
        taken.set(row, before + line.quantity);
      }
    } else {
      shortages ??= [];
      const { lineId, sku, warehouseId, quantity: requested } = line;
      shortages.push({ lineId, sku, warehouseId, requested, available: left });
    }
  }
  if (shortages !== undefined) {
    const failed: ReservationResult = { ok: false, reason: 'insufficient_stock', shortages, replayed: false };
    state.outcomes.set(plan.key, {
      operation: 'reserve',
      fingerprint: planFingerprint(plan),
      result: failed,
    });
    return copyResult(failed);
  }
  quotas?.apply();
  const at = isoOf(now);
  const stored: Reservation[] = new Array(count);
  const returned: Reservation[] = new Array(count);
  for (let index = 0; index < count; index += 1) {
    const line = lines[index] as ReservationPlanLine;
    const row = rows[index] as InventoryItem;
    row.reserved += line.quantity;
    const reservation = newReservation(plan, line, index, at);
    stored[index] = reservation;
    returned[index] = copyReservation(reservation);
  }
  // Remembered as the records themselves, which are replaced, never mutated.
  state.outcomes.set(plan.key, stored);
  return { ok: true, reservations: returned, replayed: false };
}

/** Remembers and returns a refusal by quota (nothing changed). */
function refuseByQuota(
  state: MemoryInventoryState,
  plan: ReservationPlan,
  quotaShortages: QuotaShortage[],
): ReservationResult {
  const failed: ReservationResult = { ok: false, reason: 'quota_exceeded', quotaShortages, replayed: false };
  state.outcomes.set(plan.key, { operation: 'reserve', fingerprint: planFingerprint(plan), result: failed });
  return copyResult(failed);
}

/**
 * The common case, one line: one row lookup, no bookkeeping of units taken by earlier lines,
 * and packed one-element arrays.
 */
function reserveOneLine(
  state: MemoryInventoryState,
  plan: ReservationPlan,
  line: ReservationPlanLine,
  now: number,
): ReservationResult {
  const quotas = checkQuotas(state, plan);
  if (quotas !== undefined && 'shortages' in quotas) return refuseByQuota(state, plan, quotas.shortages);
  const row = state.items.get(inventoryItemKey(line.sku, line.warehouseId));
  const left = row === undefined ? 0 : availableQuantity(row);
  if (row === undefined || line.quantity > left) {
    const { lineId, sku, warehouseId, quantity: requested } = line;
    const failed: ReservationResult = {
      ok: false,
      reason: 'insufficient_stock',
      shortages: [{ lineId, sku, warehouseId, requested, available: left }],
      replayed: false,
    };
    state.outcomes.set(plan.key, {
      operation: 'reserve',
      fingerprint: planFingerprint(plan),
      result: failed,
    });
    return copyResult(failed);
  }
  row.reserved += line.quantity;
  quotas?.apply();
  const reservation = newReservation(plan, line, 0, isoOf(now));
  // Remembered as the record itself, which is replaced, never mutated.
  state.outcomes.set(plan.key, [reservation]);
  return { ok: true, reservations: [copyReservation(reservation)], replayed: false };
}

let lastNow = Number.NaN;
let lastIso = '';
/** The ISO form of `now`, remembered for the next call: a batch of plans often shares one `now`. */
function isoOf(now: number): string {
  if (now !== lastNow) {
    lastIso = epochMsToIso(now);
    lastNow = now;
  }
  return lastIso;
}
