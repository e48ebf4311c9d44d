import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateChannelQuotas } from './channel-quota-rules';
import { splitByWeight } from './largest-remainder';

describe('allocateChannelQuotas', () => {
  it('gives fixed, percent and minimum quotas when the pool holds them', () => {
    expect(
      allocateChannelQuotas(100, [
        { channel: 'taobao', percent: 50 },
        { channel: 'jd', fixed: 20 },
        { channel: 'pdd', minimum: 5 },
      ]),
    ).toEqual({ quotas: { taobao: 50, jd: 20, pdd: 5 }, unallocated: 25 });
  });

  it('raises a percent quota to its minimum', () => {
    expect(allocateChannelQuotas(10, [{ channel: 'jd', percent: 10, minimum: 3 }]).quotas).toEqual({ jd: 3 });
  });

  it('serves minimums first and cuts the rest in proportion when the rules ask too much', () => {
    const allocation = allocateChannelQuotas(50, [
      { channel: 'taobao', fixed: 60, minimum: 10 },
      { channel: 'jd', fixed: 30, minimum: 20 },
    ]);
    expect(allocation.quotas['taobao']).toBeGreaterThanOrEqual(10);
    expect(allocation.quotas['jd']).toBeGreaterThanOrEqual(20);
    expect(allocation).toMatchObject({ unallocated: 0 });
    expect((allocation.quotas['taobao'] ?? 0) + (allocation.quotas['jd'] ?? 0)).toBe(50);
  });

  it('splits the pool by minimum when even the minimums do not fit', () => {
    expect(
      allocateChannelQuotas(6, [
        { channel: 'a', minimum: 6 },
        { channel: 'b', minimum: 3 },
      ]).quotas,
    ).toEqual({ a: 4, b: 2 });
  });

  it('never promises more than the pool, whatever the rules (property)', () => {
    const rule = fc.record({
      channel: fc.constantFrom('taobao', 'jd', 'pdd', 'douyin'),
      fixed: fc.option(fc.nat(200), { nil: undefined }),
      percent: fc.option(fc.integer({ min: -10, max: 150 }), { nil: undefined }),
      minimum: fc.option(fc.nat(100), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.nat(500), fc.array(rule, { maxLength: 6 }), (pool, rules) => {
        const { quotas, unallocated } = allocateChannelQuotas(pool, rules);
        const total = Object.values(quotas).reduce((sum, value) => sum + value, 0);
        expect(total + unallocated).toBe(pool);
        for (const value of Object.values(quotas)) expect(value).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('splitByWeight', () => {
  it('splits exactly into integers within one unit of the exact share (property)', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.array(fc.nat(50), { minLength: 1, maxLength: 8 }), (total, weights) => {
        const parts = splitByWeight(total, weights);
        const sum = weights.reduce((acc, weight) => acc + weight, 0);
        expect(parts.reduce((acc, part) => acc + part, 0)).toBe(sum === 0 ? 0 : total);
        parts.forEach((part, index) => {
          const exact = sum === 0 ? 0 : ((weights[index] ?? 0) * total) / sum;
          expect(Math.abs(part - exact)).toBeLessThan(1);
        });
      }),
    );
  });
});
