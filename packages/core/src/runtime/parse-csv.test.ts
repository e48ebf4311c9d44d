import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OmsError } from '../errors/oms-error';
import { parseCsv } from './parse-csv';

function toCsv(rows: string[][]): string {
  return rows
    .map((row) =>
      row.map((field) => (/[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field)).join(','),
    )
    .join('\r\n');
}

describe('parseCsv', () => {
  it('reads quoted fields, escaped quotes, both line ends and a BOM', () => {
    const text = '\uFEFF订单号,备注\r\n"1001","说 ""加急"", 谢谢"\n1002,"两行\n备注"\n';
    expect(parseCsv(text)).toEqual([
      ['订单号', '备注'],
      ['1001', '说 "加急", 谢谢'],
      ['1002', '两行\n备注'],
    ]);
  });

  it('keeps empty fields', () => {
    expect(parseCsv('a,,c\n,,\n')).toEqual([
      ['a', '', 'c'],
      ['', '', ''],
    ]);
  });

  it('names the line of an unterminated quote', () => {
    let caught: unknown;
    try {
      parseCsv('a,b\n"oops,c\n');
    } catch (error) {
      caught = error;
    }
    expect(OmsError.isCode(caught, 'invalid_input')).toBe(true);
    expect((caught as OmsError).message).toMatch(/line 2/);
  });

  it('round-trips any table of strings', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 2, maxLength: 5 }), {
          minLength: 1,
          maxLength: 8,
        }),
        (rows) => {
          expect(parseCsv(toCsv(rows))).toEqual(rows);
        },
      ),
    );
  });
});
