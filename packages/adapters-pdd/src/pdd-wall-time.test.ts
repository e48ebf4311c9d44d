import { OmsError, shanghaiWallTimeToIso } from '@omskit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pddWallTimeToIso } from './pdd-wall-time';

const outcome = (convert: (text: string) => string, text: string): string => {
  try {
    return convert(text);
  } catch (error) {
    return OmsError.isCode(error, 'invalid_input') ? 'invalid_input' : 'other error';
  }
};

describe('pddWallTimeToIso', () => {
  it('agrees with core on real wall times', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1990-01-01T00:00:00Z'),
          max: new Date('2099-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (date) => {
          const shanghai = new Date(date.getTime() + 8 * 3_600_000).toISOString();
          const text = `${shanghai.slice(0, 10)} ${shanghai.slice(11, 19)}`;
          expect(pddWallTimeToIso(text)).toBe(shanghaiWallTimeToIso(text));
        },
      ),
      { numRuns: 500 },
    );
  });

  it.each([
    '2026-02-29 10:00:00',
    '2024-02-29 10:00:00',
    '2026-04-31 00:00:00',
    '2026-13-01 00:00:00',
    '2026-11-11 24:00:00',
    '2026-11-11 23:60:00',
    '2026-11-11 23:59:60',
    '2026-11-11T10:00:00',
    '2026-11-11 10:00:00.123',
    '2026-1a-11 10:00:00',
    '0999-11-11 10:00:00',
    '',
  ])('agrees with core on %j', (text) => {
    expect(outcome(pddWallTimeToIso, text)).toBe(outcome(shanghaiWallTimeToIso, text));
  });

  it('agrees with core on arbitrary 19-character strings', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 19, maxLength: 19, unit: fc.constantFrom(...'0123456789-: T') }),
        (text) => {
          expect(outcome(pddWallTimeToIso, text)).toBe(outcome(shanghaiWallTimeToIso, text));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
