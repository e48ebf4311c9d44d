import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OmsError } from '../errors/oms-error';
import { formatShanghaiWallTime, isoToUnixSeconds, shanghaiWallTimeToIso, unixSecondsToIso } from './time';

describe('Asia/Shanghai wall time', () => {
  it('converts platform wall time to UTC', () => {
    expect(shanghaiWallTimeToIso('2016-01-01 12:00:00')).toBe('2016-01-01T04:00:00.000Z');
    expect(shanghaiWallTimeToIso('2026-11-11 00:00:05')).toBe('2026-11-10T16:00:05.000Z');
    expect(shanghaiWallTimeToIso('2026-11-11 00:00:05.120')).toBe('2026-11-10T16:00:05.120Z');
  });

  it('formats instants back as Shanghai wall time', () => {
    expect(formatShanghaiWallTime('2016-01-01T04:00:00.000Z')).toBe('2016-01-01 12:00:00');
    expect(formatShanghaiWallTime(Date.UTC(2026, 10, 10, 16, 0, 5))).toBe('2026-11-11 00:00:05');
  });

  it('agrees with the tz database for every instant since 1992', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1992, 0, 1), max: Date.UTC(2099, 0, 1) }), (ms) => {
        const wholeSecond = ms - (ms % 1000);
        const wall = formatShanghaiWallTime(wholeSecond);
        const zoned = new TZDate(wholeSecond, 'Asia/Shanghai');
        expect(zoned.getHours()).toBe(Number(wall.slice(11, 13)));
        expect(shanghaiWallTimeToIso(wall)).toBe(new Date(wholeSecond).toISOString());
      }),
    );
  });

  it.each([
    '',
    '2016-01-01',
    '2016-13-01 00:00:00',
    '2016-02-30 00:00:00',
    '2016-01-01 24:00:00',
    '2016-01-01 12:60:00',
    '2016/01/01 12:00:00',
    '0001-01-01 00:00:0',
  ])('rejects %j', (value) => {
    let caught: unknown;
    try {
      shanghaiWallTimeToIso(value);
    } catch (error) {
      caught = error;
    }
    expect(OmsError.isCode(caught, 'invalid_input')).toBe(true);
  });
});

describe('Unix seconds', () => {
  it('converts both ways, from numbers and digit strings', () => {
    expect(unixSecondsToIso(1_700_000_000)).toBe('2023-11-14T22:13:20.000Z');
    expect(unixSecondsToIso('1700000000')).toBe('2023-11-14T22:13:20.000Z');
    expect(isoToUnixSeconds('2023-11-14T22:13:20.999Z')).toBe(1_700_000_000);
  });

  it.each([[1.5], ['12a'], [''], [Number.NaN]])('rejects %j', (value) => {
    expect(() => unixSecondsToIso(value)).toThrow(OmsError);
  });
});
