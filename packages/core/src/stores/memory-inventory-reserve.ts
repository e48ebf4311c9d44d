import type {
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
import { checkQuotas, holdQuotas } from './memory-inventory-quotas';
import type { ReservedPlan } from './memory-inventory-records';
import {
  buildReservation,
  buildReservations,
  rememberPlan,
  sameAsReserved,
} from './memory-inventory-records';
import type { MemoryInventoryState, RememberedOutcome } from './memory-inventory-state';
import { copyResult, inventoryItemKey, replayed } from './memory-inventory-state';

function isText(value: unknown): boolean {
  return typeof value === 'string' && value !== '';
}

/** Throws `invalid_input` naming the first bad field of a plan. */
function checkPlan(plan: ReservationPlan, now: number): void {
  // Cheap tests first; the checks that build a field path run only once one has failed.
  if (!isText(plan.key) || !isText(plan.orderId)) {
    requireText(plan.key, ['key']);
    requireText(plan.orderId, ['orderId']);
  }
  if (plan.channel !== undefined && !isText(plan.channel)) requireText(plan.channel, ['channel']);
  // NaN fails the comparison too; requireEpochMs then names the field.
  if (typeof now !== 'number' || !(Math.abs(now) <= 8.64e15)) requireEpochMs(now, ['now']);
  const lines = plan.lines;
  if (!Array.isArray(lines) || lines.length === 0) {
    throw invalidInput(['lines'], 'a plan needs at least one line');
  }
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as ReservationPlanLine;
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

/** What identifies a refused plan's content, so a key reused for another request is caught. */
function planFingerprint(plan: ReservationPlan): string {
  // NUL separates fields: it cannot occur in the validated texts, so distinct plans never collide.
  let text = `reserve\u0000${plan.orderId}\u0000${plan.channel ?? ''}`;
  for (const line of plan.lines) {
    text += `\u0000${line.lineId}\u0000${line.sku}\u0000${line.warehouseId}\u0000${line.quantity}`;
  }
  return text;
}

/** The first result of a key sent again: replayed when the plan is the same, else `conflict`. */
function replay(plan: ReservationPlan, remembered: RememberedOutcome | ReservedPlan): ReservationResult {
  if (remembered.operation === 'reserved') {
    if (sameAsReserved(plan, remembered))
      return { ok: true, reservations: buildReservations(remembered), replayed: true };
  } else if (remembered.operation === 'reserve' && remembered.fingerprint === planFingerprint(plan)) {
    return replayed(remembered.result);
  }
  throw new OmsError('conflict', `idempotency key ${JSON.stringify(plan.key)} was used for another request`);
}

/** Remembers a refusal under the plan's key (nothing changed) and returns the caller's copy. */
function refuse(
  state: MemoryInventoryState,
  plan: ReservationPlan,
  failed: ReservationResult,
): ReservationResult {
  state.outcomes.set(plan.key, { operation: 'reserve', fingerprint: planFingerprint(plan), result: failed });
  return copyResult(failed);
}

/**
 * Applies a reservation plan to the in-memory state: validated, idempotent by `plan.key`, all
 * lines or none. A key first used for a different request throws `conflict`.
 *
 * The plan's channel quotas are checked first (see `memory-inventory-quotas.ts`), then the
 * lines in plan order: a line that fits takes its units from the row, one that does not is
 * listed with what the row had left for it (so a router can move exactly the listed lines
 * elsewhere); a missing row has nothing available. Each row is looked up once; rows are
 * updated in place (the store hands out copies only).
 */
export function reservePlan(
  state: MemoryInventoryState,
  plan: ReservationPlan,
  now: number,
): ReservationResult {
  checkPlan(plan, now);
  const remembered = state.outcomes.get(plan.key);
  if (remembered !== undefined) return replay(plan, remembered);
  // Only a plan with a channel, in a store with quotas, pays for the quota check.
  const quotas = plan.channel === undefined || state.quotas.size === 0 ? undefined : checkQuotas(state, plan);
  if (quotas !== undefined && !(quotas instanceof Map)) {
    return refuse(state, plan, {
      ok: false,
      reason: 'quota_exceeded',
      quotaShortages: quotas,
      replayed: false,
    });
  }
  const lines = plan.lines;
  if (lines.length === 1) {
    const line = lines[0] as ReservationPlanLine;
    const row = state.items.get(inventoryItemKey(line.sku, line.warehouseId));
    const left = row === undefined ? 0 : availableQuantity(row);
    if (row === undefined || line.quantity > left) {
      const { lineId, sku, warehouseId, quantity: requested } = line;
      const shortages = [{ lineId, sku, warehouseId, requested, available: left }];
      return refuse(state, plan, { ok: false, reason: 'insufficient_stock', shortages, replayed: false });
    }
    row.reserved += line.quantity;
    if (quotas !== undefined) holdQuotas(quotas);
    const reserved = rememberPlan(plan, isoOf(now));
    state.outcomes.set(plan.key, reserved);
    return { ok: true, reservations: [buildReservation(reserved, reserved, 0)], replayed: false };
  }
  const rows = takeRows(state, lines);
  if (!Array.isArray(rows))
    return refuse(state, plan, {
      ok: false,
      reason: 'insufficient_stock',
      shortages: rows.shortages,
      replayed: false,
    });
  for (let index = 0; index < lines.length; index += 1) {
    (rows[index] as InventoryItem).reserved += (lines[index] as ReservationPlanLine).quantity;
  }
  if (quotas !== undefined) holdQuotas(quotas);
  const reserved = rememberPlan(plan, isoOf(now));
  state.outcomes.set(plan.key, reserved);
  const reservations: Reservation[] = buildReservations(reserved);
  return { ok: true, reservations, replayed: false };
}

/**
 * The rows of a multi-line plan, one per line, when every line fits after the earlier lines of
 * the same row took theirs; otherwise the shortages. Changes nothing.
 */
function takeRows(
  state: MemoryInventoryState,
  lines: readonly ReservationPlanLine[],
): InventoryItem[] | { shortages: StockShortage[] } {
  const rows: InventoryItem[] = new Array(lines.length);
  const taken = new Map<InventoryItem, number>();
  let shortages: StockShortage[] | undefined;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as ReservationPlanLine;
    const row = state.items.get(inventoryItemKey(line.sku, line.warehouseId));
    const before = row === undefined ? 0 : (taken.get(row) ?? 0);
    const left = row === undefined ? 0 : Math.max(0, availableQuantity(row) - before);
    if (row !== undefined && line.quantity <= left) {
      rows[index] = row;
      taken.set(row, before + line.quantity);
    } else {
      shortages ??= [];
      const { lineId, sku, warehouseId, quantity: requested } = line;
      shortages.push({ lineId, sku, warehouseId, requested, available: left });
    }
  }
  return shortages === undefined ? rows : { shortages };
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
