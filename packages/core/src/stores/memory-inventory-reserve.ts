import type {
  ReservationPlan,
  ReservationPlanLine,
  ReservationResult,
  StockShortage,
} from '../contracts/stores';
import { invalidInput, OmsError } from '../errors/oms-error';
import type { Reservation } from '../schema/inventory';
import { availableQuantity } from '../schema/inventory';
import { epochMsToIso } from '../schema/time';
import { requireEpochMs, requirePositiveInteger, requireText } from './memory-checks';
import type { MemoryInventoryState } from './memory-inventory-state';
import { copyResult, inventoryItemKey, replayed } from './memory-inventory-state';

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
 * The lines that cannot be met, taking the plan's lines in order: a line that fits takes its
 * units from the row, one that does not is listed with what the row had left for it (so a
 * router can move exactly the listed lines elsewhere). A missing row has nothing available.
 */
function findShortages(state: MemoryInventoryState, plan: ReservationPlan): StockShortage[] {
  const only = plan.lines.length === 1 ? plan.lines[0] : undefined;
  if (only !== undefined) {
    // One line (the common case): no bookkeeping of units taken by earlier lines.
    const item = state.items.get(inventoryItemKey(only.sku, only.warehouseId));
    const left = item === undefined ? 0 : availableQuantity(item);
    if (only.quantity <= left) return [];
    const { lineId, sku, warehouseId, quantity: requested } = only;
    return [{ lineId, sku, warehouseId, requested, available: left }];
  }
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
  // The remembered result shares the stored reservation records: the store replaces records
  // rather than mutating them, so they keep the first outcome. The caller gets its own copy.
  const result: ReservationResult =
    shortages.length > 0
      ? { ok: false, reason: 'insufficient_stock', shortages, replayed: false }
      : { ok: true, reservations: applyPlan(state, plan, now), replayed: false };
  state.outcomes.set(plan.key, { operation: 'reserve', fingerprint, result });
  return copyResult(result);
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

/** Holds every line of a plan already known to fit; returns the new reservations. */
function applyPlan(state: MemoryInventoryState, plan: ReservationPlan, now: number): Reservation[] {
  const at = isoOf(now);
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
    return reservation;
  });
}
