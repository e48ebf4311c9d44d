import type { OmsStores } from '@omskit/core';
import type { Pool } from 'pg';
import { createPostgresAfterSaleCaseStore } from './pg-after-sale-case-store';
import { createPostgresAfterSaleStore } from './pg-after-sale-store';
import { createPgContext } from './pg-context';
import { createPostgresCursorStore } from './pg-cursor-store';
import { createPostgresInventoryStore } from './pg-inventory-store';
import { createPostgresOrderStore } from './pg-order-store';
import { createPostgresOutboxStore } from './pg-outbox-store';
import { createPostgresQuarantineStore } from './pg-quarantine-store';
import type { ReserveBatching } from './pg-reserve-batcher';
import { defaultSchema, quoteSchemaName } from './pg-schema-name';

/** Options of {@link createPostgresStores}. */
export interface PostgresStoresOptions {
  /**
   * The schema holding this installation's tables (default `omskit`), created by {@link migrate}
   * beforehand. Lower-case letters, digits and `_`; anything else throws `invalid_input`.
   */
  schema?: string;
  /**
   * How concurrent reservations share round trips and commits (default: at most 4 reserve
   * calls in flight, up to 64 plans each). `{ maxPlans: 1 }` sends every plan alone.
   */
  reserveBatching?: ReserveBatching;
}

/**
 * Creates every omskit store on PostgreSQL over a `pg` pool that the host owns (and ends). Safe
 * across many app instances sharing one database: each write is one atomic statement or one
 * function call, compare-and-set, lease-fenced or idempotent by key as its contract says. Run
 * {@link migrate} once (at deploy or start-up) before using the stores.
 *
 * @example
 * import pg from 'pg';
 * const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
 * await migrate(pool, { schema: 'omskit' });
 * const stores = createPostgresStores(pool, { schema: 'omskit' });
 */
export function createPostgresStores(pool: Pool, options: PostgresStoresOptions = {}): OmsStores {
  const schemaName = options.schema ?? defaultSchema;
  const context = createPgContext(pool, quoteSchemaName(schemaName), schemaName);
  return {
    orders: createPostgresOrderStore(context),
    afterSales: createPostgresAfterSaleStore(context),
    afterSaleCases: createPostgresAfterSaleCaseStore(context),
    inventory: createPostgresInventoryStore(context, options.reserveBatching),
    cursors: createPostgresCursorStore(context),
    outbox: createPostgresOutboxStore(context),
    quarantine: createPostgresQuarantineStore(context),
  };
}
