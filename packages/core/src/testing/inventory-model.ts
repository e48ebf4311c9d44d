import type { ReservationPlan, StockChangeResult, StockShortage } from '../contracts/stores';
import type { ReservationState } from '../schema/inventory';

/** A channel's quota of a SKU as the model keeps it. */
export interface ModelQuota {
  quota: number;
  reserved: number;
}

/** A stock row as the model keeps it. */
export interface ModelRow {
  onHand: number;
  reserved: number;
  safetyStock: number;
}

/** A reservation as the model keeps it. */
export interface ModelReservation {
  readonly sku: string;
  readonly warehouseId: string;
  /** The plan's channel, when it had one. */
  readonly channel?: string;
  quantity: number;
  deductedQuantity: number;
  releasedQuantity: number;
  state: ReservationState;
}

/**
 * The simplest inventory that meets the contract: the reference the model-based property
 * compares an implementation against after every step.
 */
export interface InventoryModel {
  /** Rows by `sku@warehouseId`. */
  readonly rows: Map<string, ModelRow>;
  /** Reservations by the id the store gave them. */
  readonly reservations: Map<string, ModelReservation>;
  /** Channel quotas by {@link modelQuotaKey}. */
  readonly quotas: Map<string, ModelQuota>;
}

/** The model's key of a row. */
export const modelRowKey = (sku: string, warehouseId: string): string => `${sku}@${warehouseId}`;

/** The model's key of a channel quota. */
export const modelQuotaKey = (sku: string, channel: string): string => `${sku}@${channel}`;

/** An empty model. */
export function createInventoryModel(): InventoryModel {
  return { rows: new Map(), reservations: new Map(), quotas: new Map() };
}

/** The shortages of a plan, taking lines in order; empty when it fits. */
export function modelShortages(model: InventoryModel, plan: ReservationPlan): StockShortage[] {
  const taken = new Map<string, number>();
  const shortages: StockShortage[] = [];
  for (const { lineId, sku, warehouseId, quantity } of plan.lines) {
    const key = modelRowKey(sku, warehouseId);
    const row = model.rows.get(key);
    const free = row === undefined ? 0 : Math.max(0, row.onHand - row.reserved - row.safetyStock);
    const left = Math.max(0, free - (taken.get(key) ?? 0));
    if (quantity <= left) taken.set(key, (taken.get(key) ?? 0) + quantity);
    else shortages.push({ lineId, sku, warehouseId, requested: quantity, available: left });
  }
  return shortages;
}

/**
 * Holds a plan that fits (stock and quotas), under the reservation ids the store returned (one
 * per line); the plan's channel holds the units against its quotas.
 */
export function modelReserve(model: InventoryModel, plan: ReservationPlan, ids: readonly string[]): void {
  const { channel } = plan;
  plan.lines.forEach(({ sku, warehouseId, quantity }, index) => {
    const row = model.rows.get(modelRowKey(sku, warehouseId));
    const id = ids[index];
    if (row === undefined || id === undefined) throw new Error('model: plan does not fit');
    row.reserved += quantity;
    const quota = channel === undefined ? undefined : model.quotas.get(modelQuotaKey(sku, channel));
    if (quota !== undefined) quota.reserved += quantity;
    model.reservations.set(id, {
      sku,
      warehouseId,
      ...(channel === undefined ? {} : { channel }),
      quantity,
      deductedQuantity: 0,
      releasedQuantity: 0,
      state: 'open',
    });
  });
}

/**
 * Deducts or releases in the model (and settles the channel's quota); returns the result the
 * store must give.
 */
export function modelChangeReservation(
  model: InventoryModel,
  operation: 'deduct' | 'release',
  reservationId: string,
  quantity: number,
): StockChangeResult {
  const reservation = model.reservations.get(reservationId);
  if (reservation === undefined) return { ok: false, reason: 'not_found', replayed: false };
  if (quantity > reservation.quantity) return { ok: false, reason: 'insufficient_reserved', replayed: false };
  const row = model.rows.get(modelRowKey(reservation.sku, reservation.warehouseId));
  if (row === undefined) throw new Error('model: reservation without a row');
  reservation.quantity -= quantity;
  row.reserved -= quantity;
  const quota =
    reservation.channel === undefined
      ? undefined
      : model.quotas.get(modelQuotaKey(reservation.sku, reservation.channel));
  if (quota !== undefined) {
    // A release gives the channel its headroom back; a shipment uses that part of the quota up.
    quota.reserved -= quantity;
    if (operation === 'deduct') quota.quota -= quantity;
  }
  if (operation === 'deduct') {
    reservation.deductedQuantity += quantity;
    row.onHand -= quantity;
  } else {
    reservation.releasedQuantity += quantity;
  }
  if (reservation.quantity === 0) reservation.state = operation === 'deduct' ? 'deducted' : 'released';
  return { ok: true, replayed: false };
}

/** Adjusts onHand in the model; returns the result the store must give. */
export function modelAdjust(
  model: InventoryModel,
  sku: string,
  warehouseId: string,
  delta: number,
): StockChangeResult {
  const row = model.rows.get(modelRowKey(sku, warehouseId));
  if (row === undefined) return { ok: false, reason: 'not_found', replayed: false };
  if (row.onHand + delta < row.reserved) return { ok: false, reason: 'would_go_negative', replayed: false };
  row.onHand += delta;
  return { ok: true, replayed: false };
}
