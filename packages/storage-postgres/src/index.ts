/**
 * @omskit/storage-postgres: PostgreSQL implementation of the omskit storage contracts.
 *
 * Not implemented yet: this package is a placeholder in the workspace and exports nothing.
 * Its work is tracked in issue 7. Install it with `pnpm add @omskit/storage-postgres @omskit/core` once
 * it is published with code.
 *
 * @packageDocumentation
 */
export {};
