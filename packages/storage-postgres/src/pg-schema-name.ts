import { invalidInput } from '@omskit/core';

/** A schema name that passed {@link quoteSchemaName}: safe to splice into SQL as an identifier. */
export type QuotedSchema = string & { readonly __quotedSchema: true };

const schemaPattern = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Validates a schema name and returns it double-quoted for SQL. Only lower-case ASCII letters,
 * digits and underscores are accepted (at most 63 bytes, PostgreSQL's identifier limit, and not
 * starting with a digit or `pg_`), so no name can break out of the identifier or change meaning
 * through case folding; anything else throws `invalid_input` on `schema`.
 */
export function quoteSchemaName(schema: string): QuotedSchema {
  if (typeof schema !== 'string' || !schemaPattern.test(schema) || schema.startsWith('pg_')) {
    throw invalidInput(
      ['schema'],
      `must match ${String(schemaPattern)} and not start with pg_, got ${JSON.stringify(schema)}`,
    );
  }
  return `"${schema}"` as QuotedSchema;
}

/** The schema omskit uses when none is given. */
export const defaultSchema = 'omskit';
