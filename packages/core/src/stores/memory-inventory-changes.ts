import type { StockAdjustment, StockChangeResult } from '../contracts/stores';
import { invalidInput, OmsError } from '../errors/oms-error';
import type { Reservation } from '../schema/inventory';
import { epochMsToIso } from '../schema/time';
import { requireEpochMs, requireInteger, requirePositiveInteger, requireText } from './memory-checks';
import { settleQuota } from './memory-inventory-quotas';
import { replaceReservationRecord, reservationRecord } from './memory-inventory-records';
import type { MemoryInventoryState } from './memory-inventory-state';
import { copyResult, inventoryItemKey, replayed } from './memory-inventory-state';

const adjustmentReasons: readonly StockAdjustment['reason'][] = [
  'receipt',
  'stock_count',
  'damage',
  'return_restock',
  'transfer',
  'correction',
];

/**
 * Runs `change` once per idempotency key: a repeat with the same fingerprint gets the first
 * result back (replayed), a key first used for anything else gets `key_conflict` and changes nothing.
 */
export function once(
  state: MemoryInventoryState,
  key: string,
  fingerprint: string,
  change: () => StockChangeResult,
): StockChangeResult {
  const remembered = state.outcomes.get(key);
  if (remembered !== undefined) {
    return remembered.operation === 'change' && remembered.fingerprint === fingerprint
      ? replayed(remembered.result)
      : { ok: false, reason: 'key_conflict', replayed: false };
  }
  const result = change();
  state.outcomes.set(key, { operation: 'change', fingerprint, result: copyResult(result) });
  return result;
}

/**
 * Deducts (ships) or releases `quantity` of an open reservation. Deducting lowers the row's
 * onHand and reserved; releasing lowers reserved only. The reservation ends `deducted` or
 * `released` (by the operation that emptied it) when nothing is left held.
 */
export function changeReservation(
  state: MemoryInventoryState,
  operation: 'deduct' | 'release',
  key: string,
  reservationId: string,
  quantity: number,
  now: number,
): StockChangeResult {
  requireText(key, ['key']);
  requireText(reservationId, ['reservationId']);
  requirePositiveInteger(quantity, ['quantity']);
  requireEpochMs(now, ['now']);
  return once(state, key, JSON.stringify([operation, reservationId, quantity]), () => {
    const reservation = reservationRecord(state, reservationId);
    if (reservation === undefined) return { ok: false, reason: 'not_found', replayed: false };
    if (quantity > reservation.quantity)
      return { ok: false, reason: 'insufficient_reserved', replayed: false };
    const itemKey = inventoryItemKey(reservation.sku, reservation.warehouseId);
    const item = state.items.get(itemKey);
    if (item === undefined)
      throw new OmsError('internal', `stock row of reservation ${reservationId} vanished`);
    const held = reservation.quantity - quantity;
    const deducting = operation === 'deduct';
    const updated: Reservation = {
      ...reservation,
      quantity: held,
      deductedQuantity: reservation.deductedQuantity + (deducting ? quantity : 0),
      releasedQuantity: reservation.releasedQuantity + (deducting ? 0 : quantity),
      state: held > 0 ? 'open' : deducting ? 'deducted' : 'released',
      updatedAt: epochMsToIso(now),
    };
    replaceReservationRecord(state, updated);
    state.items.set(itemKey, {
      ...item,
      onHand: deducting ? item.onHand - quantity : item.onHand,
      reserved: item.reserved - quantity,
    });
    settleQuota(state, reservation.sku, reservation.channel, quantity, deducting);
    return { ok: true, replayed: false };
  });
}

/** Changes a row's onHand by `delta`, refusing to take it below what is reserved. */
export function adjustStock(
  state: MemoryInventoryState,
  adjustment: StockAdjustment,
  now: number,
): StockChangeResult {
  const { key, sku, warehouseId, delta, reason, note } = adjustment;
  requireText(key, ['key']);
  requireText(sku, ['sku']);
  requireText(warehouseId, ['warehouseId']);
  requireInteger(delta, ['delta']);
  if (!adjustmentReasons.includes(reason))
    throw invalidInput(['reason'], `unknown reason ${JSON.stringify(reason)}`);
  if (note !== undefined && typeof note !== 'string') throw invalidInput(['note'], 'must be a string');
  requireEpochMs(now, ['now']);
  const fingerprint = JSON.stringify(['adjust', sku, warehouseId, delta, reason, note ?? null]);
  return once(state, key, fingerprint, () => {
    const itemKey = inventoryItemKey(sku, warehouseId);
    const item = state.items.get(itemKey);
    if (item === undefined) return { ok: false, reason: 'not_found', replayed: false };
    if (item.onHand + delta < item.reserved)
      return { ok: false, reason: 'would_go_negative', replayed: false };
    state.items.set(itemKey, { ...item, onHand: item.onHand + delta });
    return { ok: true, replayed: false };
  });
}
