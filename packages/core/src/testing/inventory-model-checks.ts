import { expect } from 'vitest';
import type { MaybePromise } from '../contracts/common';
import type { ChannelQuotaState, InventoryStore } from '../contracts/stores';
import type { InventoryItem, Reservation } from '../schema/inventory';
import type { InventoryModel } from './inventory-model';
import { modelQuotaKey, modelRowKey } from './inventory-model';

/** The raw readers the inventory model can use to read what a store persisted. */
export interface InventoryModelRawReaders {
  /** The stock row of a SKU in a warehouse, read without the store's code. */
  readInventoryRow: (sku: string, warehouseId: string) => MaybePromise<InventoryItem | undefined>;
  /** Every reservation against one stock row, in any state, read without the store's code. */
  readReservationsOfItem: (sku: string, warehouseId: string) => MaybePromise<readonly Reservation[]>;
}

/** The names one model run uses, all under its own prefix. */
export interface ModelNames {
  /** `[sku, warehouseId]` of each row index (the last one never exists). */
  readonly rows: readonly (readonly [sku: string, warehouseId: string])[];
  /** The SKUs of the run, in order. */
  readonly skus: readonly string[];
  /** Every order id the run may use. */
  readonly orderIds: readonly string[];
}

/** Every stored reservation of a row, through the raw reader or else the store's own listing. */
async function reservationsOf(
  store: InventoryStore,
  raw: InventoryModelRawReaders | undefined,
  names: ModelNames,
  sku: string,
  warehouseId: string,
): Promise<readonly Reservation[]> {
  if (raw !== undefined) return raw.readReservationsOfItem(sku, warehouseId);
  const all: Reservation[] = [];
  for (const orderId of names.orderIds) all.push(...(await store.listReservations(orderId)));
  return all.filter((reservation) => reservation.sku === sku && reservation.warehouseId === warehouseId);
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Asserts that what the store holds equals the model, and the pool's invariants: on hand and
 * reserved never negative, on hand never below reserved, a row's reserved equal to the units its
 * open reservations hold, a reservation open exactly while it holds units; with quotas, no
 * channel above its quota and each quota's reserved equal to the channel's open units.
 */
export async function expectStoreMatchesModel(
  store: InventoryStore,
  raw: InventoryModelRawReaders | undefined,
  model: InventoryModel,
  names: ModelNames,
  quotas: boolean,
): Promise<void> {
  const stored: Reservation[] = [];
  for (const [sku, warehouseId] of names.rows) {
    const row =
      raw !== undefined
        ? await raw.readInventoryRow(sku, warehouseId)
        : await store.getItem(sku, warehouseId);
    const modelled = model.rows.get(modelRowKey(sku, warehouseId));
    expect(row, `row ${sku}@${warehouseId}`).toEqual(
      modelled === undefined ? undefined : { sku, warehouseId, ...modelled },
    );
    const reservations = [...(await reservationsOf(store, raw, names, sku, warehouseId))].sort(byId);
    stored.push(...reservations);
    const expected = [...model.reservations.entries()]
      .filter(([, reservation]) => reservation.sku === sku && reservation.warehouseId === warehouseId)
      .map(([id, reservation]) => ({ id, ...reservation }))
      .sort(byId);
    expect(
      reservations.map(
        ({ id, sku: s, warehouseId: w, channel, quantity, deductedQuantity, releasedQuantity, state }) => ({
          id,
          sku: s,
          warehouseId: w,
          ...(channel === undefined ? {} : { channel }),
          quantity,
          deductedQuantity,
          releasedQuantity,
          state,
        }),
      ),
      `reservations of ${sku}@${warehouseId}`,
    ).toEqual(expected);
    if (row === undefined) continue;
    const held = reservations.reduce((sum, reservation) => sum + reservation.quantity, 0);
    expect(row.reserved, `reserved of ${sku}@${warehouseId} = its open reservations`).toBe(held);
    expect(row.reserved).toBeGreaterThanOrEqual(0);
    expect(row.onHand).toBeGreaterThanOrEqual(row.reserved);
    for (const reservation of reservations)
      expect(reservation.state === 'open', `state of ${reservation.id}`).toBe(reservation.quantity > 0);
  }
  if (!quotas || store.listChannelQuotas === undefined) return;
  for (const sku of names.skus) {
    const listed: readonly ChannelQuotaState[] = await store.listChannelQuotas(sku);
    const expected = [...model.quotas.entries()]
      .filter(([key]) => key.startsWith(modelQuotaKey(sku, '')))
      .map(([key, quota]) => ({ sku, channel: key.slice(modelQuotaKey(sku, '').length), ...quota }))
      .sort((a, b) => (a.channel < b.channel ? -1 : a.channel > b.channel ? 1 : 0));
    expect(listed, `quotas of ${sku}`).toEqual(expected);
    for (const quota of listed) {
      expect(quota.reserved, `${quota.channel} within its quota of ${sku}`).toBeLessThanOrEqual(quota.quota);
      const open = stored
        .filter((reservation) => reservation.sku === sku && reservation.channel === quota.channel)
        .reduce((sum, reservation) => sum + reservation.quantity, 0);
      expect(quota.reserved, `${quota.channel} holds its open units of ${sku}`).toBe(open);
    }
  }
}
