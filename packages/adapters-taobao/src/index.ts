/**
 * @omskit/adapters-taobao: Taobao/Tmall (TOP) channel adapter.
 *
 * Not implemented yet: this package is a placeholder in the workspace and exports nothing.
 * Its work is tracked in issue 3. Install it with `pnpm add @omskit/adapters-taobao @omskit/core` once
 * it is published with code.
 *
 * @packageDocumentation
 */
export {};
