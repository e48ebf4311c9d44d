import type { AfterSaleCase } from '../aftersales/after-sale-case';
import type { MaybePromise } from '../contracts/common';
import type { Lease, OutboxEntry, QuarantinedPayload, SyncCursor } from '../contracts/stores';
import type { AfterSale } from '../schema/after-sale';
import type { InventoryItem, Reservation } from '../schema/inventory';
import type { Order } from '../schema/order';

/**
 * Reads persisted state without going through the store under test, so an implementation cannot
 * pass the conformance suite by agreeing with itself. In PostgreSQL each is one plain `SELECT`;
 * the in-memory stores read their own maps. Every reader returns what is stored right now, in
 * any order; `undefined` means no row. They are called as plain functions.
 */
export interface RawStorageReaders {
  /** The order row and its revision. */
  readOrderRow: (orderId: string) => MaybePromise<{ order: Order; revision: number } | undefined>;
  /** The after-sale row and its revision. */
  readAfterSaleRow: (
    afterSaleId: string,
  ) => MaybePromise<{ afterSale: AfterSale; revision: number } | undefined>;
  /** The after-sale case row (the after-sale with its history) and its revision. */
  readAfterSaleCaseRow: (
    afterSaleId: string,
  ) => MaybePromise<{ afterSaleCase: AfterSaleCase; revision: number } | undefined>;
  /** Every quarantined payload. */
  readQuarantine: () => MaybePromise<readonly QuarantinedPayload[]>;
  /** The stored cursor of a key. */
  readCursor: (key: string) => MaybePromise<SyncCursor | undefined>;
  /** The stored lease of a key, expired or not; undefined when none was taken or it was released. */
  readLease: (key: string) => MaybePromise<Lease | undefined>;
  /** The outbox row of a key. */
  readOutboxEntry: (key: string) => MaybePromise<OutboxEntry | undefined>;
  /** The stock row of a SKU in a warehouse. */
  readInventoryRow: (sku: string, warehouseId: string) => MaybePromise<InventoryItem | undefined>;
  /** Every reservation of an order, in any state. */
  readReservations: (orderId: string) => MaybePromise<readonly Reservation[]>;
  /** Every reservation against one stock row, in any state. */
  readReservationsOfItem: (sku: string, warehouseId: string) => MaybePromise<readonly Reservation[]>;
}
