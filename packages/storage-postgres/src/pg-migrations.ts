import { afterSaleCasesMigration } from './pg-migration-after-sale-cases';
import { afterSaleOpenCasesMigration } from './pg-migration-after-sale-open-cases';
import { channelQuotasMigration } from './pg-migration-channel-quotas';
import { functionsMigration } from './pg-migration-functions';
import { reserveBatchesMigration } from './pg-migration-reserve-batches';
import { tablesMigration } from './pg-migration-tables';
import type { QuotedSchema } from './pg-schema-name';

/** One versioned schema change; `sql` gets the quoted schema name. Versions only ever grow. */
export interface PostgresMigration {
  readonly version: number;
  readonly name: string;
  readonly sql: (schema: QuotedSchema) => string;
}

/**
 * Every migration of the package, oldest first. They ship inside the JavaScript bundle as text,
 * so there is no SQL file to copy; `migrate()` applies the ones a schema lacks, each in its own
 * transaction. A released migration is never edited: changes come as a new version.
 */
export const postgresMigrations: readonly PostgresMigration[] = [
  { version: 1, name: 'tables', sql: tablesMigration },
  { version: 2, name: 'inventory-functions', sql: functionsMigration },
  { version: 3, name: 'after-sale-cases', sql: afterSaleCasesMigration },
  { version: 4, name: 'channel-quotas', sql: channelQuotasMigration },
  { version: 5, name: 'after-sale-open-cases', sql: afterSaleOpenCasesMigration },
  { version: 6, name: 'reserve-batches', sql: reserveBatchesMigration },
];
