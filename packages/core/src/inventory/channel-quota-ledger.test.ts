import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChannelQuotaLedger, QuotaResult } from './channel-quota-ledger';
import {
  adjustQuotaPool,
  createQuotaLedger,
  deductQuota,
  quotaHeadroom,
  quotaViolations,
  releaseQuota,
  reserveQuota,
  returnUnusedQuota,
  setChannelQuota,
  transferQuota,
  unallocatedUnits,
} from './channel-quota-ledger';
import { rebalanceQuotas } from './channel-quota-rebalance';

const ledger = (): ChannelQuotaLedger =>
  createQuotaLedger('TEE', 100, { quotas: { taobao: 50, jd: 30 }, unallocated: 20 });
const next = (result: QuotaResult): ChannelQuotaLedger => {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.ledger;
};

describe('channel quota ledger', () => {
  it('enforces the quota at reservation time', () => {
    const taken = next(reserveQuota(ledger(), 'jd', 25));
    expect(quotaHeadroom(taken, 'jd')).toBe(5);
    expect(reserveQuota(taken, 'jd', 6)).toEqual({ ok: false, reason: 'quota_exceeded', headroom: 5 });
    expect(reserveQuota(taken, 'pdd', 1)).toMatchObject({ ok: false, headroom: 0 });
  });

  it('takes shipped units out of the pool and the quota; released units return to the headroom', () => {
    let state = next(reserveQuota(ledger(), 'taobao', 10));
    state = next(deductQuota(state, 'taobao', 4));
    expect(state.pool).toBe(96);
    expect(state.channels['taobao']).toEqual({ quota: 46, reserved: 6 });
    state = next(releaseQuota(state, 'taobao', 6));
    expect(state.channels['taobao']).toEqual({ quota: 46, reserved: 0 });
    expect(releaseQuota(state, 'taobao', 1)).toEqual({ ok: false, reason: 'insufficient_reserved' });
  });

  it('lets unused quota flow back to the pool', () => {
    const state = returnUnusedQuota(next(reserveQuota(ledger(), 'taobao', 10)), ['taobao']);
    expect(state.channels['taobao']).toEqual({ quota: 10, reserved: 10 });
    expect(unallocatedUnits(state)).toBe(60);
  });

  it('moves unused quota between channels only by an explicit transfer', () => {
    const state = next(transferQuota(ledger(), 'taobao', 'jd', 15));
    expect(state.channels['taobao']?.quota).toBe(35);
    expect(state.channels['jd']?.quota).toBe(45);
    expect(transferQuota(state, 'taobao', 'jd', 36)).toMatchObject({ ok: false, reason: 'quota_exceeded' });
  });

  it('shrinks quotas when stock is lost, never below what channels hold', () => {
    const state = next(adjustQuotaPool(next(reserveQuota(ledger(), 'jd', 30)), -40));
    expect(state.pool).toBe(60);
    expect(state.channels['jd']).toEqual({ quota: 30, reserved: 30 });
    expect(quotaViolations(state)).toEqual([]);
    expect(adjustQuotaPool(state, -31)).toEqual({ ok: false, reason: 'below_reserved' });
  });

  it('refuses a quota change below what is held or beyond the pool', () => {
    const state = next(reserveQuota(ledger(), 'jd', 10));
    expect(setChannelQuota(state, 'jd', 9)).toEqual({ ok: false, reason: 'below_reserved' });
    expect(setChannelQuota(state, 'jd', 51)).toEqual({ ok: false, reason: 'exceeds_pool' });
    expect(next(setChannelQuota(state, 'jd', 50)).channels['jd']).toEqual({ quota: 50, reserved: 10 });
  });

  it('rebalances free stock by velocity and in-flight orders, keeping what is held', () => {
    const state = next(reserveQuota(ledger(), 'taobao', 40));
    const balanced = rebalanceQuotas(state, [
      { channel: 'taobao', velocityPerDay: 10 },
      { channel: 'jd', velocityPerDay: 0, inFlight: 20, minimumHeadroom: 5 },
    ]);
    // free = 100 - 40 = 60; jd keeps 5, the other 55 split 30 : 20
    expect(balanced.channels['taobao']).toEqual({ quota: 40 + 33, reserved: 40 });
    expect(balanced.channels['jd']).toEqual({ quota: 5 + 22, reserved: 0 });
    expect(quotaViolations(balanced)).toEqual([]);
  });
});

type Step =
  | { kind: 'reserve' | 'deduct' | 'release'; channel: number; quantity: number }
  | { kind: 'adjust'; delta: number }
  | { kind: 'set'; channel: number; quota: number }
  | { kind: 'transfer'; from: number; to: number; quantity: number }
  | { kind: 'flow-back'; channel: number }
  | { kind: 'rebalance'; velocities: number[] };

const channels = ['taobao', 'jd', 'pdd'] as const;
const channelName = (index: number) => channels[index % channels.length] ?? 'taobao';

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('reserve' as const, 'deduct' as const, 'release' as const),
    channel: fc.nat(2),
    quantity: fc.integer({ min: 1, max: 15 }),
  }),
  fc.record({ kind: fc.constant('adjust' as const), delta: fc.integer({ min: -30, max: 30 }) }),
  fc.record({ kind: fc.constant('set' as const), channel: fc.nat(2), quota: fc.nat(80) }),
  fc.record({ kind: fc.constant('transfer' as const), from: fc.nat(2), to: fc.nat(2), quantity: fc.nat(20) }),
  fc.record({ kind: fc.constant('flow-back' as const), channel: fc.nat(2) }),
  fc.record({
    kind: fc.constant('rebalance' as const),
    velocities: fc.array(fc.nat(9), { minLength: 3, maxLength: 3 }),
  }),
);

describe('channel quota ledger under random interleavings (model-based property)', () => {
  it('never goes negative, never lets a channel exceed its quota, never promises more than the pool', () => {
    fc.assert(
      fc.property(fc.nat(200), fc.array(step, { maxLength: 60 }), (pool, steps) => {
        let state = createQuotaLedger('TEE', pool, { quotas: {}, unallocated: pool });
        // The model: what each channel holds, counted independently of the ledger.
        const held = new Map<string, number>();
        for (const action of steps) {
          let result: QuotaResult | undefined;
          if (action.kind === 'reserve')
            result = reserveQuota(state, channelName(action.channel), action.quantity);
          else if (action.kind === 'deduct')
            result = deductQuota(state, channelName(action.channel), action.quantity);
          else if (action.kind === 'release')
            result = releaseQuota(state, channelName(action.channel), action.quantity);
          else if (action.kind === 'adjust') result = adjustQuotaPool(state, action.delta);
          else if (action.kind === 'set')
            result = setChannelQuota(state, channelName(action.channel), action.quota);
          else if (action.kind === 'transfer')
            result = transferQuota(state, channelName(action.from), channelName(action.to), action.quantity);
          else if (action.kind === 'flow-back')
            state = returnUnusedQuota(state, [channelName(action.channel)]);
          else if (action.kind === 'rebalance')
            state = rebalanceQuotas(
              state,
              channels.map((channel, index) => ({ channel, velocityPerDay: action.velocities[index] ?? 0 })),
            );
          if (result?.ok === true) {
            if (action.kind === 'reserve' || action.kind === 'deduct' || action.kind === 'release') {
              const name = channelName(action.channel);
              const sign = action.kind === 'reserve' ? 1 : -1;
              held.set(name, (held.get(name) ?? 0) + sign * action.quantity);
            }
            state = result.ledger;
          }
          expect(quotaViolations(state)).toEqual([]);
          for (const channel of channels)
            expect(state.channels[channel]?.reserved ?? 0).toBe(held.get(channel) ?? 0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
