import type { Arbitrary } from 'fast-check';
import { expect, it } from 'vitest';
import type { ReservationResult, StockChangeResult } from '../contracts/stores';
import type { ConformanceContext } from './storage-conformance-context';
import { baseTime } from './storage-conformance-helpers';
import { expectInventoryInvariants } from './storage-conformance-inventory-support';

type FastCheck = typeof import('fast-check');

const channels = ['taobao', 'jd', 'pdd'] as const;

/** One random step: a reserve, a deduct or release, an adjust, a quota change or a transfer. */
type Step =
  | { kind: 'reserve'; key: number; channel: number; row: number; quantity: number; second?: number }
  | { kind: 'deduct' | 'release'; key: number; plan: number; quantity: number }
  | { kind: 'adjust'; key: number; row: number; delta: number }
  | { kind: 'quota'; key: number; channel: number; quota: number }
  | { kind: 'transfer'; key: number; from: number; to: number; quantity: number };

function steps(fc: FastCheck): Arbitrary<Step[]> {
  const key = fc.nat(11);
  const step: Arbitrary<Step> = fc.oneof(
    fc.record(
      {
        kind: fc.constant('reserve' as const),
        key,
        channel: fc.nat(3),
        row: fc.nat(1),
        quantity: fc.integer({ min: 1, max: 4 }),
        second: fc.integer({ min: 1, max: 3 }),
      },
      { requiredKeys: ['kind', 'key', 'channel', 'row', 'quantity'] },
    ),
    fc.record({
      kind: fc.constantFrom('deduct' as const, 'release' as const),
      key,
      plan: fc.nat(11),
      quantity: fc.integer({ min: 1, max: 3 }),
    }),
    fc.record({
      kind: fc.constant('adjust' as const),
      key,
      row: fc.nat(1),
      delta: fc.integer({ min: -5, max: 5 }),
    }),
    fc.record({ kind: fc.constant('quota' as const), key, channel: fc.nat(2), quota: fc.nat(12) }),
    fc.record({
      kind: fc.constant('transfer' as const),
      key,
      from: fc.nat(2),
      to: fc.nat(2),
      quantity: fc.integer({ min: 1, max: 4 }),
    }),
  );
  return fc.array(step, { minLength: 1, maxLength: 30 });
}

/**
 * The quota part of the `inventoryQuotas` capability: random interleavings of reserve (with and
 * without a channel, one or two lines), deduct, release, adjust, quota change and transfer, with
 * keys sent again. After every step: on hand and reserved never negative, reserved equals the
 * open reservations of each row, no channel holds more than its quota and each quota's reserved
 * equals the channel's open units, and a repeated key replays its first result.
 */
export function inventoryQuotaModelCases(context: ConformanceContext, numRuns: number): void {
  it('keeps quotas and stock consistent over random interleavings', async () => {
    let fc: FastCheck;
    try {
      fc = await import('fast-check');
    } catch (error) {
      throw new Error('storage conformance: inventoryQuotas needs fast-check installed, or skip it', {
        cause: error,
      });
    }
    let run = 0;
    await fc.assert(
      fc.asyncProperty(steps(fc), async (scenario) => {
        run += 1;
        await runQuotaScenario(context, scenario, `quota-model-${run}`);
      }),
      { numRuns },
    );
  });
}

async function runQuotaScenario(
  context: ConformanceContext,
  scenario: Step[],
  prefix: string,
): Promise<void> {
  const { stores, raw } = context;
  const inventory = stores.inventory;
  const { setChannelQuota, transferChannelQuota, listChannelQuotas } = inventory;
  if (setChannelQuota === undefined || transferChannelQuota === undefined || listChannelQuotas === undefined)
    throw new Error('storage conformance: inventoryQuotas needs the three quota methods');
  const sku = `${prefix}:SKU`;
  const rows = [
    [sku, `${prefix}:wh-0`],
    [sku, `${prefix}:wh-1`],
  ] as const;
  for (const [rowSku, warehouseId] of rows) await inventory.setStock({ sku: rowSku, warehouseId, onHand: 6 });
  const first = new Map<string, { request: string; result: ReservationResult | StockChangeResult }>();
  const reservationsOf = new Map<number, string[]>();

  for (const [index, step] of scenario.entries()) {
    const now = baseTime + index;
    const key = `${prefix}:${step.kind === 'deduct' || step.kind === 'release' ? 'change' : step.kind}-${step.key}`;
    let request: string;
    let result: ReservationResult | StockChangeResult;
    if (step.kind === 'reserve') {
      const channel = channels[step.channel];
      const [lineSku, warehouseId] = rows[step.row] ?? rows[0];
      const lines = [{ lineId: 'l1', sku: lineSku, warehouseId, quantity: step.quantity }];
      if (step.second !== undefined)
        lines.push({
          lineId: 'l2',
          sku,
          warehouseId: rows[1 - step.row]?.[1] ?? warehouseId,
          quantity: step.second,
        });
      const plan = {
        key,
        orderId: `${prefix}:order-${step.key}`,
        ...(channel === undefined ? {} : { channel }),
        lines,
      };
      request = JSON.stringify(plan);
      const previous = first.get(key);
      if (previous !== undefined && previous.request !== request) {
        await expect(Promise.resolve().then(() => inventory.reserve(plan, now))).rejects.toMatchObject({
          code: 'conflict',
        });
        continue;
      }
      const reserved = await inventory.reserve(plan, now);
      result = reserved;
      if (reserved.ok && previous === undefined)
        reservationsOf.set(
          step.key,
          reserved.reservations.map((reservation) => reservation.id),
        );
    } else if (step.kind === 'deduct' || step.kind === 'release') {
      const target = reservationsOf.get(step.plan)?.[0] ?? `${prefix}:none#0`;
      request = JSON.stringify([step.kind, target, step.quantity]);
      const previous = first.get(key);
      if (previous !== undefined && previous.request !== request) {
        expect(await inventory[step.kind](key, target, step.quantity, now)).toMatchObject({
          reason: 'key_conflict',
        });
        continue;
      }
      result = await inventory[step.kind](key, target, step.quantity, now);
    } else if (step.kind === 'adjust') {
      const [rowSku, warehouseId] = rows[step.row] ?? rows[0];
      const adjustment = {
        key,
        sku: rowSku,
        warehouseId,
        delta: step.delta || 1,
        reason: 'correction' as const,
      };
      request = JSON.stringify(adjustment);
      const previous = first.get(key);
      if (previous !== undefined && previous.request !== request) {
        expect(await inventory.adjust(adjustment, now)).toMatchObject({ reason: 'key_conflict' });
        continue;
      }
      result = await inventory.adjust(adjustment, now);
    } else if (step.kind === 'quota') {
      const input = { sku, channel: channels[step.channel] ?? 'taobao', quota: step.quota };
      request = JSON.stringify(input);
      const previous = first.get(key);
      if (previous !== undefined && previous.request !== request) {
        expect(await setChannelQuota.call(inventory, key, input, now)).toMatchObject({
          reason: 'key_conflict',
        });
        continue;
      }
      result = await setChannelQuota.call(inventory, key, input, now);
    } else {
      const transfer = step as Extract<Step, { kind: 'transfer' }>;
      const input = {
        sku,
        from: channels[transfer.from] ?? 'taobao',
        to: channels[transfer.to] ?? 'jd',
        quantity: transfer.quantity,
      };
      request = JSON.stringify(input);
      const previous = first.get(key);
      if (previous !== undefined && previous.request !== request) {
        expect(await transferChannelQuota.call(inventory, key, input, now)).toMatchObject({
          reason: 'key_conflict',
        });
        continue;
      }
      result = await transferChannelQuota.call(inventory, key, input, now);
    }
    const previous = first.get(key);
    if (previous === undefined) first.set(key, { request, result });
    else expect(result).toEqual({ ...previous.result, replayed: true });

    await expectInventoryInvariants(raw, rows);
    const quotas = await listChannelQuotas.call(inventory, sku);
    const open = [
      ...(await raw.readReservationsOfItem(...rows[0])),
      ...(await raw.readReservationsOfItem(...rows[1])),
    ];
    for (const quota of quotas) {
      expect(quota.reserved, `${quota.channel} within its quota`).toBeLessThanOrEqual(quota.quota);
      const held = open
        .filter((reservation) => reservation.channel === quota.channel && reservation.state === 'open')
        .reduce((sum, reservation) => sum + reservation.quantity, 0);
      expect(quota.reserved, `${quota.channel} reserved = its open units`).toBe(held);
    }
  }
}
