import type { ReservationPlan, ReservationResult, StockShortage } from '../contracts/stores';
import { invalidInput, OmsError } from '../errors/oms-error';
import type { Reservation } from '../schema/inventory';
import { availableQuantity } from '../schema/inventory';
import { epochMsToIso } from '../schema/time';
import { requireEpochMs, requirePositiveInteger, requireText } from './memory-checks';
import type { MemoryInventoryState } from './memory-inventory-state';
import { inventoryItemKey, replayed } from './memory-inventory-state';

/** Throws `invalid_input` naming the first bad field of a plan. */
function checkPlan(plan: ReservationPlan, now: number): void {
  requireText(plan.key, ['key']);
  requireText(plan.orderId, ['orderId']);
  if (plan.channel !== undefined) requireText(plan.channel, ['channel']);
  requireEpochMs(now, ['now']);
  if (!Array.isArray(plan.lines) || plan.lines.length === 0) {
    throw invalidInput(['lines'], 'a plan needs at least one line');
  }
  plan.lines.forEach((line, index) => {
    requireText(line.lineId, ['lines', index, 'lineId']);
    requireText(line.sku, ['lines', index, 'sku']);
    requireText(line.warehouseId, ['lines', index, 'warehouseId']);
    requirePositiveInteger(line.quantity, ['lines', index, 'quantity']);
  });
}

/** What identifies a plan's content, so a key reused for another request is caught. */
function planFingerprint(plan: ReservationPlan): string {
  const lines = plan.lines.map((line) => [line.lineId, line.sku, line.warehouseId, line.quantity]);
  return JSON.stringify(['reserve', plan.orderId, plan.channel ?? null, lines]);
}

/**
 * The lines that cannot be met, taking the plan's lines in order: a line that fits takes its
 * units from the row, one that does not is listed with what the row had left for it (so a
 * router can move exactly the listed lines elsewhere). A missing row has nothing available.
 */
function findShortages(state: MemoryInventoryState, plan: ReservationPlan): StockShortage[] {
  const taken = new Map<string, number>();
  const shortages: StockShortage[] = [];
  for (const line of plan.lines) {
    const key = inventoryItemKey(line.sku, line.warehouseId);
    const item = state.items.get(key);
    const before = taken.get(key) ?? 0;
    const left = Math.max(0, (item === undefined ? 0 : availableQuantity(item)) - before);
    if (line.quantity <= left) {
      taken.set(key, before + line.quantity);
    } else {
      const { lineId, sku, warehouseId, quantity: requested } = line;
      shortages.push({ lineId, sku, warehouseId, requested, available: left });
    }
  }
  return shortages;
}

/**
 * Applies a reservation plan to the in-memory state: validated, idempotent by `plan.key`, all
 * lines or none. A key first used for a different request throws `conflict`.
 */
export function reservePlan(
  state: MemoryInventoryState,
  plan: ReservationPlan,
  now: number,
): ReservationResult {
  checkPlan(plan, now);
  const fingerprint = planFingerprint(plan);
  const remembered = state.outcomes.get(plan.key);
  if (remembered !== undefined) {
    if (remembered.operation !== 'reserve' || remembered.fingerprint !== fingerprint) {
      throw new OmsError(
        'conflict',
        `idempotency key ${JSON.stringify(plan.key)} was used for another request`,
      );
    }
    return replayed(remembered.result);
  }
  const shortages = findShortages(state, plan);
  const result: ReservationResult =
    shortages.length > 0
      ? { ok: false, reason: 'insufficient_stock', shortages, replayed: false }
      : { ok: true, reservations: applyPlan(state, plan, now), replayed: false };
  state.outcomes.set(plan.key, { operation: 'reserve', fingerprint, result: structuredClone(result) });
  return result;
}

/** Holds every line of a plan already known to fit; returns the new reservations. */
function applyPlan(state: MemoryInventoryState, plan: ReservationPlan, now: number): Reservation[] {
  const at = epochMsToIso(now);
  return plan.lines.map((line, index) => {
    const key = inventoryItemKey(line.sku, line.warehouseId);
    const item = state.items.get(key);
    if (item === undefined)
      throw new OmsError('internal', `stock row ${line.sku}@${line.warehouseId} vanished`);
    state.items.set(key, { ...item, reserved: item.reserved + line.quantity });
    const reservation: Reservation = {
      id: `${plan.key}#${index}`,
      orderId: plan.orderId,
      lineId: line.lineId,
      sku: line.sku,
      warehouseId: line.warehouseId,
      ...(plan.channel === undefined ? {} : { channel: plan.channel }),
      quantity: line.quantity,
      deductedQuantity: 0,
      releasedQuantity: 0,
      state: 'open',
      idempotencyKey: plan.key,
      createdAt: at,
      updatedAt: at,
    };
    state.reservations.set(reservation.id, reservation);
    return structuredClone(reservation);
  });
}
