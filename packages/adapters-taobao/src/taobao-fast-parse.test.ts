import { moneyFromYuan, OmsError, shanghaiWallTimeToIso } from '@omskit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { taobaoTimeToIso, taobaoYuan } from './taobao-fast-parse';

const outcome = <T>(run: () => T): T | string => {
  try {
    return run();
  } catch (error) {
    return OmsError.is(error) ? `${error.code}` : 'untyped';
  }
};

describe('fast paths agree with the core functions', () => {
  it('wall times, valid or not', () => {
    const pad = (value: number, width: number) => String(value).padStart(width, '0');
    const text = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.nat(13), fc.nat(32), fc.nat(25), fc.nat(61), fc.nat(61))
      .map(
        ([y, mo, d, h, mi, s]) =>
          `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)} ${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}`,
      );
    fc.assert(
      fc.property(fc.oneof(text, fc.string()), (value) => {
        expect(outcome(() => taobaoTimeToIso(value))).toEqual(outcome(() => shanghaiWallTimeToIso(value)));
      }),
      { numRuns: 2000 },
    );
    expect(taobaoTimeToIso('2024-02-29 23:59:59')).toBe('2024-02-29T15:59:59.000Z');
    expect(outcome(() => taobaoTimeToIso('2023-02-29 00:00:00'))).toBe('invalid_input');
  });

  it('yuan amounts, valid or not', () => {
    const yuan = fc
      .tuple(fc.bigInt({ min: 0n, max: 10n ** 16n }), fc.nat(999))
      .map(([whole, fraction]) => `${whole}.${String(fraction).padStart(2, '0')}`);
    fc.assert(
      fc.property(fc.oneof(yuan, fc.string(), fc.double()), (value) => {
        expect(outcome(() => taobaoYuan(value))).toEqual(outcome(() => moneyFromYuan(value)));
      }),
      { numRuns: 2000 },
    );
  });
});
