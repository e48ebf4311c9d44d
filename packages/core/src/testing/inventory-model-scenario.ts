import type { Arbitrary } from 'fast-check';

/** fast-check's module, loaded on demand (it is an optional peer dependency). */
export type FastCheck = typeof import('fast-check');

/** The channels plans come from; index 3 in a request means a plan without a channel. */
export const modelChannels = ['taobao', 'jd', 'pdd'] as const;

/** Stock rows a scenario starts with: SKU `row >> 1` in warehouse `row & 1`; row 4 never exists. */
export const modelRowCount = 4;

/**
 * What one idempotency key stands for. Rows, SKUs and channels are indexes the run turns into
 * names. A deduct or release targets line `line` of the `plan`-th successful plan so far (modulo
 * their number); a transfer takes from the `from`-th channel that has a quota of the SKU (modulo
 * their number), so that most of them find something to change.
 */
export type ModelRequest =
  | { readonly kind: 'reserve'; readonly channel: number; readonly lines: readonly ModelLine[] }
  | {
      readonly kind: 'deduct' | 'release';
      readonly plan: number;
      readonly line: number;
      readonly quantity: number;
    }
  | { readonly kind: 'adjust'; readonly row: number; readonly delta: number }
  | { readonly kind: 'quota'; readonly sku: number; readonly channel: number; readonly quota: number }
  | {
      readonly kind: 'transfer';
      readonly sku: number;
      readonly from: number;
      readonly to: number;
      readonly quantity: number;
    };

/** A plan line: a row index (4 = a row that does not exist) and units. */
export interface ModelLine {
  readonly row: number;
  readonly quantity: number;
}

/**
 * One step: send key `key` with its own request or, when `borrow` is not 0, with the request of
 * key `(key + borrow) % modelKeyCount` (another operation, or the same one with other arguments;
 * once the key has been used, the store must refuse it as a conflict unless it is the same).
 */
export interface ModelStep {
  readonly key: number;
  readonly borrow: number;
}

/** A random scenario: starting stock, one request per key, and the order keys are sent in. */
export interface ModelScenario {
  readonly stock: readonly { readonly onHand: number; readonly safetyStock: number }[];
  readonly requests: readonly ModelRequest[];
  readonly steps: readonly ModelStep[];
}

/** Keys per scenario: few enough that keys come back often, enough to do something. */
export const modelKeyCount = 20;

/** The arbitrary of scenarios; without `quotas`, no quota change or transfer is drawn. */
export function modelScenarios(fc: FastCheck, quotas: boolean, maxSteps: number): Arbitrary<ModelScenario> {
  // Now and then a line asks for a row that does not exist.
  const row = fc.oneof(
    { arbitrary: fc.nat(modelRowCount - 1), weight: 9 },
    { arbitrary: fc.constant(modelRowCount), weight: 1 },
  );
  const line = fc.record({ row, quantity: fc.integer({ min: 1, max: 4 }) });
  const key = fc.nat(modelKeyCount - 1);
  const reserve = fc.record({
    kind: fc.constant('reserve' as const),
    channel: fc.nat(modelChannels.length),
    lines: fc.array(line, { minLength: 1, maxLength: 3 }),
  });
  const change = fc.record({
    kind: fc.constantFrom('deduct' as const, 'release' as const),
    plan: fc.nat(7),
    line: fc.nat(2),
    quantity: fc.integer({ min: 1, max: 3 }),
  });
  const adjust = fc.record({
    kind: fc.constant('adjust' as const),
    row,
    delta: fc.oneof(fc.integer({ min: -4, max: -1 }), fc.integer({ min: 1, max: 5 })),
  });
  const quota = fc.record({
    kind: fc.constant('quota' as const),
    sku: fc.nat(1),
    channel: fc.nat(modelChannels.length - 1),
    quota: fc.nat(6),
  });
  const transfer = fc.record({
    kind: fc.constant('transfer' as const),
    sku: fc.nat(1),
    from: fc.nat(modelChannels.length - 1),
    to: fc.nat(modelChannels.length - 1),
    quantity: fc.integer({ min: 1, max: 4 }),
  });
  const request: Arbitrary<ModelRequest> = quotas
    ? fc.oneof(
        { arbitrary: reserve, weight: 4 },
        { arbitrary: change, weight: 3 },
        { arbitrary: adjust, weight: 1 },
        { arbitrary: quota, weight: 2 },
        { arbitrary: transfer, weight: 1 },
      )
    : fc.oneof(
        { arbitrary: reserve, weight: 4 },
        { arbitrary: change, weight: 3 },
        { arbitrary: adjust, weight: 1 },
      );
  return fc.record({
    stock: fc.array(fc.record({ onHand: fc.nat(14), safetyStock: fc.nat(2) }), {
      minLength: modelRowCount,
      maxLength: modelRowCount,
    }),
    requests: fc.array(request, { minLength: modelKeyCount, maxLength: modelKeyCount }),
    steps: fc.array(
      fc.record({
        key,
        borrow: fc.oneof(
          { arbitrary: fc.constant(0), weight: 5 },
          { arbitrary: fc.nat(modelKeyCount - 1), weight: 1 },
        ),
      }),
      { minLength: 1, maxLength: maxSteps, size: 'max' },
    ),
  });
}
