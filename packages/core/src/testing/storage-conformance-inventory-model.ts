import type { Arbitrary } from 'fast-check';
import { expect, it } from 'vitest';
import type { ReservationPlan, ReservationResult, StockChangeResult } from '../contracts/stores';
import type { InventoryModel } from './inventory-model';
import {
  createInventoryModel,
  modelAdjust,
  modelChangeReservation,
  modelReserve,
  modelRowKey,
  modelShortages,
} from './inventory-model';
import type { ConformanceContext } from './storage-conformance-context';
import { baseTime } from './storage-conformance-helpers';
import { expectInventoryInvariants } from './storage-conformance-inventory-support';

type FastCheck = typeof import('fast-check');

/** A random scenario: stock for four rows, tables of plans and changes, and steps over them. */
interface Scenario {
  stock: { onHand: number; safetyStock: number }[];
  /** Lines as row index (4 = a row that does not exist) and quantity. */
  plans: { row: number; quantity: number }[][];
  changes: (
    | { type: 'deduct' | 'release'; plan: number; line: number; quantity: number }
    | { type: 'adjust'; row: number; delta: number }
  )[];
  steps: { kind: 'reserve' | 'change'; index: number }[];
}

function scenarios(fc: FastCheck): Arbitrary<Scenario> {
  const line = fc.record({ row: fc.nat(4), quantity: fc.integer({ min: 1, max: 4 }) });
  const change = fc.oneof(
    fc.record({
      type: fc.constantFrom('deduct' as const, 'release' as const),
      plan: fc.nat(5),
      line: fc.nat(2),
      quantity: fc.integer({ min: 1, max: 3 }),
    }),
    fc.record({
      type: fc.constant('adjust' as const),
      row: fc.nat(4),
      delta: fc.oneof(fc.integer({ min: -4, max: -1 }), fc.integer({ min: 1, max: 4 })),
    }),
  );
  return fc.record({
    stock: fc.array(fc.record({ onHand: fc.nat(8), safetyStock: fc.nat(2) }), { minLength: 4, maxLength: 4 }),
    plans: fc.array(fc.array(line, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }),
    changes: fc.array(change, { minLength: 1, maxLength: 8 }),
    steps: fc.array(
      fc.record({ kind: fc.constantFrom('reserve' as const, 'change' as const), index: fc.nat(7) }),
      {
        minLength: 1,
        maxLength: 25,
      },
    ),
  });
}

async function loadFastCheck(): Promise<FastCheck> {
  try {
    return await import('fast-check');
  } catch (error) {
    throw new Error(
      'storage conformance: inventoryModel needs fast-check installed, or skip it with a reason',
      {
        cause: error,
      },
    );
  }
}

/**
 * The `inventoryModel` capability: random sequences of reserve, deduct, release and adjust
 * (with repeated keys) give the same results as {@link InventoryModel}, and after every step the
 * raw rows and reservations equal the model's. Each run works on its own SKUs and keys, so runs
 * share one fixture.
 */
export function inventoryModelConformanceCases(context: ConformanceContext, numRuns: number): void {
  it('matches a simple model over random sequences of reserve, deduct, release and adjust', async () => {
    const fc = await loadFastCheck();
    let run = 0;
    await fc.assert(
      fc.asyncProperty(scenarios(fc), async (scenario) => {
        run += 1;
        await runScenario(context, scenario, `model-${run}`);
      }),
      { numRuns },
    );
  });
}

async function runScenario(context: ConformanceContext, scenario: Scenario, prefix: string): Promise<void> {
  const { stores } = context;
  const rows = [0, 1, 2, 3, 4].map((row) =>
    row === 4
      ? ([`${prefix}:SKU-none`, `${prefix}:wh-0`] as const)
      : ([`${prefix}:SKU-${row >> 1}`, `${prefix}:wh-${row & 1}`] as const),
  );
  const rowOf = (index: number) => rows[Math.min(index, 4)]!;
  const model = createInventoryModel();
  for (const [index, stock] of scenario.stock.entries()) {
    const [sku, warehouseId] = rowOf(index);
    await stores.inventory.setStock({ sku, warehouseId, ...stock });
    model.rows.set(modelRowKey(sku, warehouseId), { ...stock, reserved: 0 });
  }
  const remembered = new Map<string, ReservationResult | StockChangeResult>();
  const planIds = new Map<number, readonly string[]>();
  const changeTargets = new Map<number, string>();

  for (const [step, { kind, index }] of scenario.steps.entries()) {
    const now = baseTime + step;
    if (kind === 'reserve') {
      const planIndex = index % scenario.plans.length;
      const plan: ReservationPlan = {
        key: `${prefix}:r${planIndex}`,
        orderId: `${prefix}:o${planIndex}`,
        lines: (scenario.plans[planIndex] ?? []).map(({ row, quantity }, line) => {
          const [sku, warehouseId] = rowOf(row);
          return { lineId: `l${line}`, sku, warehouseId, quantity };
        }),
      };
      const actual = await stores.inventory.reserve(plan, now);
      const first = remembered.get(plan.key);
      if (first !== undefined) {
        expect(actual).toEqual({ ...first, replayed: true });
        continue;
      }
      remembered.set(plan.key, actual);
      const shortages = modelShortages(model, plan);
      if (shortages.length > 0) {
        expect(actual).toEqual({ ok: false, reason: 'insufficient_stock', shortages, replayed: false });
      } else {
        if (!actual.ok)
          throw new Error(`model: plan ${plan.key} fits, the store said ${JSON.stringify(actual)}`);
        const summary = actual.reservations.map((r) => [r.lineId, r.sku, r.warehouseId, r.quantity, r.state]);
        expect(summary).toEqual(plan.lines.map((l) => [l.lineId, l.sku, l.warehouseId, l.quantity, 'open']));
        const ids = actual.reservations.map((reservation) => reservation.id);
        modelReserve(model, plan, ids);
        planIds.set(planIndex, ids);
      }
    } else {
      const changeIndex = index % scenario.changes.length;
      const change = scenario.changes[changeIndex];
      if (change === undefined) continue;
      const key = `${prefix}:c${changeIndex}`;
      let actual: StockChangeResult;
      let expected: () => StockChangeResult;
      if (change.type === 'adjust') {
        const [sku, warehouseId] = rowOf(change.row);
        actual = await stores.inventory.adjust(
          { key, sku, warehouseId, delta: change.delta, reason: 'correction' },
          now,
        );
        expected = () => modelAdjust(model, sku, warehouseId, change.delta);
      } else {
        // The target is fixed the first time the key is used, so a repeat is a true replay.
        const target =
          changeTargets.get(changeIndex) ??
          planIds.get(change.plan % scenario.plans.length)?.[change.line] ??
          `${prefix}:no-such-reservation`;
        changeTargets.set(changeIndex, target);
        actual = await stores.inventory[change.type](key, target, change.quantity, now);
        expected = () => modelChangeReservation(model, change.type, target, change.quantity);
      }
      const first = remembered.get(key);
      if (first === undefined) {
        remembered.set(key, actual);
        expect(actual).toEqual(expected());
      } else {
        expect(actual).toEqual({ ...first, replayed: true });
      }
    }
    await expectRawMatchesModel(context, model, rows);
  }
}

async function expectRawMatchesModel(
  context: ConformanceContext,
  model: InventoryModel,
  rows: readonly (readonly [string, string])[],
): Promise<void> {
  const { raw } = context;
  for (const [sku, warehouseId] of rows) {
    const row = model.rows.get(modelRowKey(sku, warehouseId));
    const stored = await raw.readInventoryRow(sku, warehouseId);
    expect(stored).toEqual(row === undefined ? undefined : { sku, warehouseId, ...row });
    const reservations = (await raw.readReservationsOfItem(sku, warehouseId))
      .map(({ id, quantity, deductedQuantity, releasedQuantity, state }) => ({
        id,
        quantity,
        deductedQuantity,
        releasedQuantity,
        state,
      }))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    const modelled = [...model.reservations.entries()]
      .filter(([, reservation]) => reservation.sku === sku && reservation.warehouseId === warehouseId)
      .map(([id, { sku: _sku, warehouseId: _warehouse, ...rest }]) => ({ id, ...rest }))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(reservations).toEqual(modelled);
  }
  await expectInventoryInvariants(raw, rows);
}
