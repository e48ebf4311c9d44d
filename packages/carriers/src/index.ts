/**
 * @omskit/carriers: Carrier adapters (SF, ZTO, J&T, YTO, Kuaidi100) and offline rate cards.
 *
 * Not implemented yet: this package is a placeholder in the workspace and exports nothing.
 * Its work is tracked in issue 9. Install it with `pnpm add @omskit/carriers @omskit/core` once
 * it is published with code.
 *
 * @packageDocumentation
 */
export {};
