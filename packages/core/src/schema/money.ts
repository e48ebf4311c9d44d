import { z } from 'zod';
import { invalidInput, OmsError } from '../errors/oms-error';

/** ISO 4217 currency codes omskit handles; platforms in scope settle in CNY. */
export const currencySchema = z.enum(['CNY', 'HKD', 'USD']);

/** A currency code. */
export type Currency = z.infer<typeof currencySchema>;

/**
 * An amount of money in the smallest unit (fen for CNY) as a safe integer, with its currency.
 * Never a float: 200.07 yuan is `{ amount: 20007, currency: 'CNY' }`.
 */
export const moneySchema = z.object({
  amount: z.number().int().refine(Number.isSafeInteger, 'amount must be a safe integer'),
  currency: currencySchema,
});

/** Money as integer minor units plus currency. */
export type Money = z.infer<typeof moneySchema>;

const yuanPattern = /^(-)?(0|[1-9][0-9]*)(?:\.([0-9]{1,2}))?$/;

/** Money from integer fen. Throws `invalid_input` when `fen` is not a safe integer. */
export function moneyFromFen(fen: number, currency: Currency = 'CNY'): Money {
  if (!Number.isSafeInteger(fen))
    throw invalidInput([], `expected an integer amount in fen, got ${String(fen)}`);
  return { amount: fen === 0 ? 0 : fen, currency };
}

/**
 * Converts a platform's yuan amount to exact integer fen without floating-point arithmetic.
 *
 * Accepts a decimal string or number with at most two decimals: `"200.07"` -> 20007,
 * `11.01` -> 1101, `"8"` -> 800, `"-3.5"` -> -350. Anything else (three decimals, `"abc"`,
 * `NaN`, `Infinity`, `""`, exponents, spaces, a leading `+`) throws {@link OmsError} with code
 * `invalid_input`.
 */
export function moneyFromYuan(value: string | number, currency: Currency = 'CNY'): Money {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw invalidInput([], `not a finite yuan amount: ${String(value)}`);
    // The shortest round-trip decimal form of a double is exactly what the platform sent for
    // two-decimal amounts (11.01 prints as "11.01"), so converting through it loses nothing.
    text = String(value);
  } else if (typeof value === 'string') {
    text = value;
  } else {
    throw invalidInput([], `expected a yuan amount as string or number, got ${typeof value}`);
  }
  const match = yuanPattern.exec(text);
  if (match === null)
    throw invalidInput([], `not a yuan amount with at most two decimals: ${JSON.stringify(text)}`);
  const [, sign, whole = '0', fraction = ''] = match;
  const fen = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(fen)) throw invalidInput([], `yuan amount out of range: ${text}`);
  return moneyFromFen(sign === '-' ? -fen : fen, currency);
}

/** Formats money as a yuan decimal string with two decimals (`20007` -> `"200.07"`). */
export function formatYuan(money: Money): string {
  const negative = money.amount < 0;
  const abs = Math.abs(money.amount);
  const text = `${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
  return negative ? `-${text}` : text;
}

/** Zero in the given currency. */
export function zeroMoney(currency: Currency = 'CNY'): Money {
  return { amount: 0, currency };
}

function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) {
    throw new OmsError('invalid_input', `cannot combine ${a.currency} with ${b.currency}`);
  }
}

function checked(amount: number, currency: Currency): Money {
  if (!Number.isSafeInteger(amount)) throw new OmsError('invalid_input', 'money amount overflowed');
  return { amount: amount === 0 ? 0 : amount, currency };
}

/** a + b; both must share a currency. */
export function addMoney(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return checked(a.amount + b.amount, a.currency);
}

/** a - b; both must share a currency. */
export function subtractMoney(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return checked(a.amount - b.amount, a.currency);
}

/** money x an integer factor (a unit price times a quantity). */
export function multiplyMoney(money: Money, factor: number): Money {
  if (!Number.isSafeInteger(factor))
    throw new OmsError('invalid_input', `factor must be an integer, got ${factor}`);
  return checked(money.amount * factor, money.currency);
}

/** The sum of a list of amounts, all in `currency` (zero for an empty list). */
export function sumMoney(items: readonly Money[], currency: Currency = items[0]?.currency ?? 'CNY'): Money {
  let total = zeroMoney(currency);
  for (const item of items) total = addMoney(total, item);
  return total;
}

/** True when both amounts and currencies are equal. */
export function moneyEquals(a: Money, b: Money): boolean {
  return a.amount === b.amount && a.currency === b.currency;
}

/**
 * Splits an integer `total` across parts in proportion to non-negative `weights` so that the
 * parts add up to `total` exactly (largest-remainder method; ties go to the earlier part).
 * With all weights zero the total is split evenly. Works for negative totals too.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(total))
    throw new OmsError('invalid_input', `total must be an integer, got ${total}`);
  if (weights.length === 0) {
    if (total !== 0) throw new OmsError('invalid_input', 'cannot apportion a non-zero total over no parts');
    return [];
  }
  for (const [index, weight] of weights.entries()) {
    if (!Number.isFinite(weight) || weight < 0)
      throw invalidInput([index], `weight must be >= 0, got ${weight}`);
  }
  const sumOfWeights = weights.reduce((sum, weight) => sum + weight, 0);
  const effective = sumOfWeights === 0 ? weights.map(() => 1) : weights;
  const weightTotal = sumOfWeights === 0 ? weights.length : sumOfWeights;
  const sign = total < 0 ? -1 : 1;
  const magnitude = Math.abs(total);
  const floors: number[] = [];
  const remainders: { index: number; remainder: number }[] = [];
  let assigned = 0;
  for (const [index, weight] of effective.entries()) {
    const exact = (magnitude * weight) / weightTotal;
    const floor = Math.floor(exact);
    floors.push(floor);
    assigned += floor;
    remainders.push({ index, remainder: exact - floor });
  }
  remainders.sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  let left = magnitude - assigned;
  for (const { index } of remainders) {
    if (left <= 0) break;
    floors[index] = (floors[index] ?? 0) + 1;
    left -= 1;
  }
  return floors.map((part) => (part === 0 ? 0 : sign * part));
}

/** {@link apportion} over money: splits `total` across `weights`, parts in the total's currency. */
export function apportionMoney(total: Money, weights: readonly number[]): Money[] {
  return apportion(total.amount, weights).map((amount) => ({ amount, currency: total.currency }));
}
