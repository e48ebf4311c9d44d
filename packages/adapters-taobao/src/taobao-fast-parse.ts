import { type Money, moneyFromYuan, shanghaiWallTimeToIso } from '@omskit/core';

const daysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const shanghaiOffsetMs = 8 * 60 * 60 * 1000;
const digit = (text: string, index: number) => text.charCodeAt(index) - 48;
const twoDigits = (text: string, index: number) => digit(text, index) * 10 + digit(text, index + 1);
const wallTime = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/;

/**
 * `shanghaiWallTimeToIso` with a fast path for TOP's usual `yyyy-MM-dd HH:mm:ss` (mapping reads
 * several per trade); anything else, including every invalid value, goes to the core function so
 * the accepted forms and the errors are exactly the core's.
 */
export function taobaoTimeToIso(text: string): string {
  if (!wallTime.test(text)) return shanghaiWallTimeToIso(text);
  const year = twoDigits(text, 0) * 100 + twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  const second = twoDigits(text, 17);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const monthDays = month === 2 && !leap ? 28 : (daysInMonth[month - 1] ?? 0);
  if (month < 1 || day < 1 || day > monthDays || hour > 23 || minute > 59 || second > 59 || year < 1000) {
    return shanghaiWallTimeToIso(text);
  }
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second) - shanghaiOffsetMs).toISOString();
}

const simpleYuan = /^(?:0|[1-9]\d{0,12})\.\d\d$/;

/**
 * `moneyFromYuan` with a fast path for TOP's usual two-decimal yuan text (`"102.91"`); every other
 * value goes to the core function, which decides what is valid.
 */
export function taobaoYuan(value: string | number): Money {
  if (typeof value !== 'string' || !simpleYuan.test(value)) return moneyFromYuan(value);
  const dot = value.length - 3;
  let whole = 0;
  for (let index = 0; index < dot; index += 1) whole = whole * 10 + digit(value, index);
  const fen = whole * 100 + twoDigits(value, dot + 1);
  return { amount: fen, currency: 'CNY' };
}
