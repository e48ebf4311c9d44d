import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OmsError } from '../errors/oms-error';
import {
  addMoney,
  apportion,
  apportionMoney,
  formatYuan,
  moneyFromFen,
  moneyFromYuan,
  multiplyMoney,
  subtractMoney,
  sumMoney,
} from './money';

describe('moneyFromYuan', () => {
  it.each([
    ['200.07', 20007],
    [11.01, 1101],
    ['8', 800],
    ['-3.5', -350],
    ['0', 0],
    ['0.00', 0],
    ['-0', 0],
    [0.1, 10],
    ['0.01', 1],
    [19.99, 1999],
    ['1234567.89', 123456789],
    [1.1, 110],
    [4.35, 435],
    ['200.0', 20000],
  ] as const)('%j -> %d fen', (input, fen) => {
    expect(moneyFromYuan(input)).toEqual({ amount: fen, currency: 'CNY' });
  });

  it.each([
    ['1.001'],
    ['abc'],
    [''],
    [' 8'],
    ['8 '],
    ['+8'],
    ['1e3'],
    ['8.'],
    ['.5'],
    ['01.5'],
    ['1,000.00'],
    ['NaN'],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    [Number.NEGATIVE_INFINITY],
    [0.125],
    [0.1 + 0.2],
    [1e21],
  ] as const)('rejects %j with invalid_input', (input) => {
    let caught: unknown;
    try {
      moneyFromYuan(input);
    } catch (error) {
      caught = error;
    }
    expect(OmsError.isCode(caught, 'invalid_input')).toBe(true);
  });

  it('rejects values that are not strings or numbers', () => {
    expect(() => moneyFromYuan(null as unknown as string)).toThrow(/yuan amount/);
  });

  it('round-trips through formatYuan for any fen amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (fen) => {
        expect(moneyFromYuan(formatYuan(moneyFromFen(fen))).amount).toBe(fen);
      }),
    );
  });

  it('agrees with integer arithmetic for every two-decimal number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), (fen) => {
        const asNumber = Number(`${Math.trunc(fen / 100)}.${String(fen % 100).padStart(2, '0')}`);
        expect(moneyFromYuan(asNumber).amount).toBe(fen);
      }),
    );
  });
});

describe('money arithmetic', () => {
  const yuan = (value: string) => moneyFromYuan(value);

  it('adds, subtracts, multiplies and sums exactly', () => {
    expect(addMoney(yuan('0.10'), yuan('0.20'))).toEqual(yuan('0.30'));
    expect(subtractMoney(yuan('1.00'), yuan('0.99'))).toEqual(yuan('0.01'));
    expect(multiplyMoney(yuan('19.99'), 3)).toEqual(yuan('59.97'));
    expect(sumMoney([yuan('1.01'), yuan('2.02'), yuan('3.03')])).toEqual(yuan('6.06'));
    expect(sumMoney([])).toEqual({ amount: 0, currency: 'CNY' });
  });

  it('refuses to mix currencies', () => {
    expect(() => addMoney(moneyFromFen(1, 'CNY'), moneyFromFen(1, 'USD'))).toThrow(/CNY with USD/);
  });

  it('formats negative and small amounts', () => {
    expect(formatYuan(moneyFromFen(-350))).toBe('-3.50');
    expect(formatYuan(moneyFromFen(5))).toBe('0.05');
    expect(formatYuan(moneyFromFen(-5))).toBe('-0.05');
  });
});

describe('apportion', () => {
  it('splits a discount by line weight with remainders to the largest fractions', () => {
    expect(apportion(1000, [3000, 2000, 1000])).toEqual([500, 333, 167]);
    expect(apportion(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(apportion(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
    expect(apportion(7, [0, 0])).toEqual([4, 3]);
    expect(apportion(0, [])).toEqual([]);
  });

  it('rejects negative weights and a total over no parts', () => {
    expect(() => apportion(5, [])).toThrow(OmsError);
    expect(() => apportion(5, [1, -1])).toThrow(/weight/);
  });

  it('always adds up exactly and stays within one unit of the exact share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 12 }),
        (total, weights) => {
          const parts = apportion(total, weights);
          expect(parts.reduce((sum, part) => sum + part, 0)).toBe(total);
          const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
          parts.forEach((part, index) => {
            const exact =
              weightSum === 0 ? total / weights.length : (total * (weights[index] ?? 0)) / weightSum;
            expect(Math.abs(part - exact)).toBeLessThan(1);
          });
        },
      ),
    );
  });

  it('apportions money in its currency', () => {
    expect(apportionMoney(moneyFromFen(10, 'USD'), [1, 1, 1]).map((part) => part.amount)).toEqual([4, 3, 3]);
  });
});
