import type { InventoryStore } from '../contracts/stores';
import { invalidInput } from '../errors/oms-error';
import type { InventoryItem, Reservation } from '../schema/inventory';
import { compareText, requireNonNegativeInteger, requireText } from './memory-checks';
import { adjustStock, changeReservation } from './memory-inventory-changes';
import { listChannelQuotas, setChannelQuota, transferChannelQuota } from './memory-inventory-quotas';
import { reservationRecord, reservationRecords } from './memory-inventory-records';
import { reservePlan } from './memory-inventory-reserve';
import { copyReservation, createMemoryInventoryState, inventoryItemKey } from './memory-inventory-state';

/** Raw access to the in-memory stock rows and reservations, bypassing the store's logic. */
export interface MemoryInventoryRaw {
  /** The stored row, copied, or undefined. */
  readInventoryRow: (sku: string, warehouseId: string) => InventoryItem | undefined;
  /** Every stored reservation of an order (any state, any order), copied. */
  readReservations: (orderId: string) => Reservation[];
  /** Every stored reservation against one row (any state, any order), copied. */
  readReservationsOfItem: (sku: string, warehouseId: string) => Reservation[];
}

/** The in-memory {@link InventoryStore}, with raw access to its rows. */
export interface MemoryInventoryStore extends InventoryStore {
  /** Reads the stored rows directly. */
  readonly raw: MemoryInventoryRaw;
}

const byRow = (a: InventoryItem, b: InventoryItem): number =>
  compareText(a.sku, b.sku) || compareText(a.warehouseId, b.warehouseId);

/**
 * Creates the in-memory {@link InventoryStore}. Every method runs synchronously to completion,
 * so each is atomic and concurrent callers are serialised for free. Beyond the contract:
 *
 * - reservation ids are `${plan.key}#${lineIndex}`, the same on every replay;
 * - every idempotency key (reserve, deduct, release, adjust and the quota writes share one
 *   namespace) remembers its first result, failures included, for the store's lifetime; a key
 *   reused for a different request gets `key_conflict` or, from `reserve` (whose result type has
 *   no such reason), throws `conflict`;
 * - channel quotas are enforced inside `reserve`; a new quota starts from the units the channel
 *   already holds of the SKU;
 * - a failed plan lists the lines that do not fit when taken in order (see `StockShortage`);
 * - `setStock` keeps the row's safety stock when none is given and refuses an onHand below
 *   what is reserved (`invalid_input` on `onHand`).
 */
export function createMemoryInventoryStore(): MemoryInventoryStore {
  const state = createMemoryInventoryState();
  const reservationsWhere = (match: (reservation: Reservation) => boolean): Reservation[] =>
    [...reservationRecords(state)].filter(match).map(copyReservation);

  return {
    specificationVersion: 'v1',
    setStock(item) {
      const sku = requireText(item.sku, ['sku']);
      const warehouseId = requireText(item.warehouseId, ['warehouseId']);
      const onHand = requireNonNegativeInteger(item.onHand, ['onHand']);
      if (item.safetyStock !== undefined) requireNonNegativeInteger(item.safetyStock, ['safetyStock']);
      const key = inventoryItemKey(sku, warehouseId);
      const current = state.items.get(key);
      const reserved = current?.reserved ?? 0;
      if (onHand < reserved)
        throw invalidInput(['onHand'], `${onHand} is below the ${reserved} units reserved`);
      const safetyStock = item.safetyStock ?? current?.safetyStock ?? 0;
      state.items.set(key, { sku, warehouseId, onHand, reserved, safetyStock });
    },
    getItem(sku, warehouseId) {
      const item = state.items.get(inventoryItemKey(sku, warehouseId));
      return item === undefined ? undefined : { ...item };
    },
    listItems(sku) {
      return [...state.items.values()]
        .filter((item) => sku === undefined || item.sku === sku)
        .sort(byRow)
        .map((item) => ({ ...item }));
    },
    reserve: (plan, now) => reservePlan(state, plan, now),
    deduct: (key, reservationId, quantity, now) =>
      changeReservation(state, 'deduct', key, reservationId, quantity, now),
    release: (key, reservationId, quantity, now) =>
      changeReservation(state, 'release', key, reservationId, quantity, now),
    adjust: (adjustment, now) => adjustStock(state, adjustment, now),
    setChannelQuota: (key, quota, now) => setChannelQuota(state, key, quota, now),
    transferChannelQuota: (key, transfer, now) => transferChannelQuota(state, key, transfer, now),
    listChannelQuotas: (sku) => listChannelQuotas(state, sku),
    getReservation(reservationId) {
      const reservation = reservationRecord(state, reservationId);
      return reservation === undefined ? undefined : { ...reservation };
    },
    listReservations: (orderId) =>
      reservationsWhere((reservation) => reservation.orderId === orderId).sort((a, b) =>
        compareText(a.id, b.id),
      ),
    raw: {
      readInventoryRow(sku, warehouseId) {
        const item = state.items.get(inventoryItemKey(sku, warehouseId));
        return item === undefined ? undefined : { ...item };
      },
      readReservations: (orderId) => reservationsWhere((reservation) => reservation.orderId === orderId),
      readReservationsOfItem: (sku, warehouseId) =>
        reservationsWhere(
          (reservation) => reservation.sku === sku && reservation.warehouseId === warehouseId,
        ),
    },
  };
}
