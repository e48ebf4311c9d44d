import type { QuotedSchema } from './pg-schema-name';

/**
 * Migration 5: a partial index over the after-sale cases that are not closed, by id, so
 * `AfterSaleCaseStore.listOpen` (the support desk's work queue and the input of its SLA alerts)
 * reads only open cases however many closed ones pile up. The predicate is the very expression
 * `listOpen` filters on, so the planner can use the index.
 */
export function afterSaleOpenCasesMigration(s: QuotedSchema): string {
  return `
CREATE INDEX after_sale_cases_open ON ${s}.after_sale_cases (id)
  WHERE (body #>> '{afterSale,status}') <> 'closed';
`;
}
