import { shanghaiWallTimeToIso } from '@omskit/core';

const shanghaiOffsetMs = 8 * 60 * 60 * 1000;

function digitsAt(text: string, start: number, length: number): number {
  let value = 0;
  for (let index = start; index < start + length; index += 1) {
    const code = text.charCodeAt(index) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * PDD's `yyyy-MM-dd HH:mm:ss` Asia/Shanghai wall time as an ISO instant: the same result as
 * core's `shanghaiWallTimeToIso` (a test checks it), read by character codes because an order
 * carries half a dozen of these and mapping speed is budgeted. Any other shape goes to core's
 * function, which parses or throws `invalid_input`.
 */
export function pddWallTimeToIso(text: string): string {
  if (
    text.length === 19 &&
    text.charCodeAt(4) === 45 &&
    text.charCodeAt(7) === 45 &&
    text.charCodeAt(10) === 32
  ) {
    const year = digitsAt(text, 0, 4);
    const month = digitsAt(text, 5, 2);
    const day = digitsAt(text, 8, 2);
    const hour = digitsAt(text, 11, 2);
    const minute = digitsAt(text, 14, 2);
    const second = digitsAt(text, 17, 2);
    if (
      text.charCodeAt(13) === 58 &&
      text.charCodeAt(16) === 58 &&
      year >= 1000 &&
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= daysInMonth(year, month) &&
      hour >= 0 &&
      hour <= 23 &&
      minute >= 0 &&
      minute <= 59 &&
      second >= 0 &&
      second <= 59
    ) {
      return new Date(Date.UTC(year, month - 1, day, hour, minute, second) - shanghaiOffsetMs).toISOString();
    }
  }
  return shanghaiWallTimeToIso(text);
}
