import { describe, expect, it } from 'vitest';
import { lookupOwn } from './lookup-own';

describe('lookupOwn', () => {
  const table: Readonly<Record<string, string>> = { PAID: 'paid', 1: 'one' };

  it('returns own entries, by string or numeric key', () => {
    expect(lookupOwn(table, 'PAID')).toBe('paid');
    expect(lookupOwn(table, 1)).toBe('one');
  });

  it('never answers with something inherited from Object.prototype', () => {
    for (const key of ['toString', '__proto__', 'constructor', 'hasOwnProperty', 'valueOf']) {
      expect(lookupOwn(table, key)).toBeUndefined();
    }
    expect(lookupOwn(table, undefined)).toBeUndefined();
  });
});
