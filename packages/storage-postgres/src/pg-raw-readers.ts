import type {
  AfterSale,
  AfterSaleCase,
  InventoryItem,
  Lease,
  Order,
  OutboxEntry,
  QuarantinedPayload,
  Reservation,
  SyncCursor,
} from '@omskit/core';
import type { Pool } from 'pg';
import { leaseOfRow } from './pg-cursor-store';
import type { InventoryItemRow, ReservationRow } from './pg-inventory-rows';
import { itemColumns, itemOfRow, reservationColumns, reservationOfRow } from './pg-inventory-rows';
import type { OutboxRow } from './pg-outbox-store';
import { outboxColumns, outboxEntryOfRow } from './pg-outbox-store';
import { defaultSchema, quoteSchemaName } from './pg-schema-name';

/**
 * Plain `SELECT`s over an installation's tables that bypass the stores' code: the shape of
 * `RawStorageReaders` from `@omskit/core/testing`, so the storage conformance suite can check
 * what the PostgreSQL stores really persisted. Handy for your own tests and for inspection too.
 */
export interface PostgresRawReaders {
  readOrderRow(orderId: string): Promise<{ order: Order; revision: number } | undefined>;
  readAfterSaleRow(afterSaleId: string): Promise<{ afterSale: AfterSale; revision: number } | undefined>;
  readAfterSaleCaseRow(
    afterSaleId: string,
  ): Promise<{ afterSaleCase: AfterSaleCase; revision: number } | undefined>;
  readQuarantine(): Promise<QuarantinedPayload[]>;
  readCursor(key: string): Promise<SyncCursor | undefined>;
  readLease(key: string): Promise<Lease | undefined>;
  readOutboxEntry(key: string): Promise<OutboxEntry | undefined>;
  readInventoryRow(sku: string, warehouseId: string): Promise<InventoryItem | undefined>;
  readReservations(orderId: string): Promise<Reservation[]>;
  readReservationsOfItem(sku: string, warehouseId: string): Promise<Reservation[]>;
}

/** Creates {@link PostgresRawReaders} over the tables of `schema` (default `omskit`). */
export function createPostgresRawReaders(pool: Pool, options: { schema?: string } = {}): PostgresRawReaders {
  const s = quoteSchemaName(options.schema ?? defaultSchema);
  const rows = async <R extends object>(text: string, values: unknown[]): Promise<R[]> =>
    (await pool.query<R & Record<string, unknown>>(text, values)).rows;
  return {
    async readOrderRow(orderId) {
      const [row] = await rows<{ body: Order; revision: number }>(
        `SELECT body, revision FROM ${s}.orders WHERE id = $1`,
        [orderId],
      );
      return row === undefined ? undefined : { order: row.body, revision: row.revision };
    },
    async readAfterSaleRow(afterSaleId) {
      const [row] = await rows<{ body: AfterSale; revision: number }>(
        `SELECT body, revision FROM ${s}.after_sales WHERE id = $1`,
        [afterSaleId],
      );
      return row === undefined ? undefined : { afterSale: row.body, revision: row.revision };
    },
    async readAfterSaleCaseRow(afterSaleId) {
      const [row] = await rows<{ body: AfterSaleCase; revision: number }>(
        `SELECT body, revision FROM ${s}.after_sale_cases WHERE id = $1`,
        [afterSaleId],
      );
      return row === undefined ? undefined : { afterSaleCase: row.body, revision: row.revision };
    },
    async readQuarantine() {
      return (await rows<{ body: QuarantinedPayload }>(`SELECT body FROM ${s}.quarantine`, [])).map(
        (row) => row.body,
      );
    },
    async readCursor(key) {
      const [row] = await rows<{ body: SyncCursor }>(`SELECT body FROM ${s}.cursors WHERE key = $1`, [key]);
      return row?.body;
    },
    async readLease(key) {
      const [row] = await rows<{ key: string; owner: string; token: string; expires_at: number }>(
        `SELECT key, owner, token, expires_at FROM ${s}.leases WHERE key = $1`,
        [key],
      );
      return row === undefined ? undefined : leaseOfRow(row);
    },
    async readOutboxEntry(key) {
      const [row] = await rows<OutboxRow>(`SELECT ${outboxColumns()} FROM ${s}.outbox WHERE key = $1`, [key]);
      return row === undefined ? undefined : outboxEntryOfRow(row);
    },
    async readInventoryRow(sku, warehouseId) {
      const [row] = await rows<InventoryItemRow>(
        `SELECT ${itemColumns} FROM ${s}.inventory_items WHERE sku = $1 AND warehouse_id = $2`,
        [sku, warehouseId],
      );
      return row === undefined ? undefined : itemOfRow(row);
    },
    async readReservations(orderId) {
      return (
        await rows<ReservationRow>(
          `SELECT ${reservationColumns} FROM ${s}.reservations WHERE order_id = $1`,
          [orderId],
        )
      ).map(reservationOfRow);
    },
    async readReservationsOfItem(sku, warehouseId) {
      return (
        await rows<ReservationRow>(
          `SELECT ${reservationColumns} FROM ${s}.reservations WHERE sku = $1 AND warehouse_id = $2`,
          [sku, warehouseId],
        )
      ).map(reservationOfRow);
    },
  };
}
