/**
 * @omskit/adapters-jd: JD (JOS) channel adapter.
 *
 * Not implemented yet: this package is a placeholder in the workspace and exports nothing.
 * Its work is tracked in issue 4. Install it with `pnpm add @omskit/adapters-jd @omskit/core` once
 * it is published with code.
 *
 * @packageDocumentation
 */
export {};
