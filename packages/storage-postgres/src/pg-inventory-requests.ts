import type { Reservation, ReservationPlan, ReservationResult, StockAdjustment } from '@omskit/core';
import { epochMsToIso, invalidInput } from '@omskit/core';
import { requireEpochMs, requireInteger, requirePositiveInteger, requireText } from './pg-checks';

const adjustmentReasons: readonly StockAdjustment['reason'][] = [
  'receipt',
  'stock_count',
  'damage',
  'return_restock',
  'transfer',
  'correction',
];

/** Throws `invalid_input` naming the first bad field of a plan (the in-memory store's rules). */
export function checkPlan(plan: ReservationPlan, now: number): void {
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
export function planFingerprint(plan: ReservationPlan): string {
  const lines = plan.lines.map((line) => [line.lineId, line.sku, line.warehouseId, line.quantity]);
  return JSON.stringify(['reserve', plan.orderId, plan.channel ?? null, lines]);
}

/**
 * The result of a plan that fits, built before the database is asked: reservation ids are
 * `${plan.key}#${lineIndex}`, so the result is known in advance and the database only has to
 * say whether it applied.
 */
export function successfulResult(plan: ReservationPlan, now: number): ReservationResult & { ok: true } {
  const at = epochMsToIso(now);
  const reservations = plan.lines.map(
    (line, index): Reservation => ({
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
    }),
  );
  return { ok: true, reservations, replayed: false };
}

/** Checks a deduct or release; returns its fingerprint. */
export function checkChange(
  operation: 'deduct' | 'release',
  key: string,
  reservationId: string,
  quantity: number,
  now: number,
): string {
  requireText(key, ['key']);
  requireText(reservationId, ['reservationId']);
  requirePositiveInteger(quantity, ['quantity']);
  requireEpochMs(now, ['now']);
  return JSON.stringify([operation, reservationId, quantity]);
}

/** Checks an adjustment; returns its fingerprint. */
export function checkAdjustment(adjustment: StockAdjustment, now: number): string {
  const { key, sku, warehouseId, delta, reason, note } = adjustment;
  requireText(key, ['key']);
  requireText(sku, ['sku']);
  requireText(warehouseId, ['warehouseId']);
  requireInteger(delta, ['delta']);
  if (!adjustmentReasons.includes(reason))
    throw invalidInput(['reason'], `unknown reason ${JSON.stringify(reason)}`);
  if (note !== undefined && typeof note !== 'string') throw invalidInput(['note'], 'must be a string');
  requireEpochMs(now, ['now']);
  return JSON.stringify(['adjust', sku, warehouseId, delta, reason, note ?? null]);
}
