import type { QuotedSchema } from './pg-schema-name';

/**
 * Migration 3: after-sale cases (the after-sale with its history, decisions, receipts and
 * settlement) as jsonb bodies with compare-and-set revisions, for the runtime's after-sales desk.
 */
export function afterSaleCasesMigration(s: QuotedSchema): string {
  return `
CREATE TABLE ${s}.after_sale_cases (
  id text COLLATE "C" PRIMARY KEY,
  order_id text NOT NULL,
  revision integer NOT NULL CHECK (revision > 0),
  body jsonb NOT NULL
);
CREATE INDEX after_sale_cases_order ON ${s}.after_sale_cases (order_id, id);
`;
}
