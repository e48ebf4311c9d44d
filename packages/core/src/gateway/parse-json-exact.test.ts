import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OmsError } from '../errors/oms-error';
import { maxJsonDepth, parseJsonExact } from './parse-json-exact';

/** What parseJsonExact should return for `text`: JSON.parse, with unsafe integer literals kept as text. */
function expectedFor(value: unknown): unknown {
  if (typeof value === 'number') {
    const literal = JSON.stringify(value);
    return Number.isInteger(value) && !Number.isSafeInteger(value) && !/[.eE]/.test(literal)
      ? literal
      : value;
  }
  if (Array.isArray(value)) return value.map(expectedFor);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(value)) {
      Object.defineProperty(out, key, { value: expectedFor(entry), enumerable: true, writable: true });
    }
    return out;
  }
  return value;
}

function hasUnsafeInteger(value: unknown): boolean {
  if (typeof value === 'number') return Number.isInteger(value) && !Number.isSafeInteger(value);
  if (Array.isArray(value)) return value.some(hasUnsafeInteger);
  if (typeof value === 'object' && value !== null) return Object.values(value).some(hasUnsafeInteger);
  return false;
}

function parseError(text: string): OmsError {
  try {
    parseJsonExact(text);
  } catch (error) {
    if (OmsError.is(error)) return error;
    throw new Error(`expected an OmsError, got ${String(error)}`);
  }
  throw new Error(`expected ${JSON.stringify(text)} to be rejected`);
}

const anyJson = fc.jsonValue({ stringUnit: 'binary' });

describe('parseJsonExact', () => {
  it('keeps integers beyond 2^53 exact as decimal strings', () => {
    expect(parseJsonExact('{"tid":289749893210214687}')).toEqual({ tid: '289749893210214687' });
    expect(parseJsonExact('[-289749893210214687, 9007199254740993]')).toEqual([
      '-289749893210214687',
      '9007199254740993',
    ]);
  });

  it('keeps safe integers and non-integers as numbers', () => {
    expect(
      parseJsonExact('[9007199254740991, -9007199254740991, 0, -0, 12.5, 1e21, 2.5E-3, 1000000000000000]'),
    ).toEqual([9007199254740991, -9007199254740991, 0, -0, 12.5, 1e21, 2.5e-3, 1e15]);
    expect(Object.is(parseJsonExact('-0'), -0)).toBe(true);
    // Numbers that end the input (the scanner must stop at the end, not loop past it).
    expect(parseJsonExact('42')).toBe(42);
    expect(parseJsonExact('289749893210214687')).toBe('289749893210214687');
    // A fraction or an exponent makes it a non-integer literal, even when the value is integral.
    expect(parseJsonExact('289749893210214687.0')).toBe(Number('289749893210214687.0'));
  });

  it('decodes every escape, including surrogate pairs spelled as two \\u escapes', () => {
    expect(parseJsonExact('"\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\uD83D\\uDE00\\ud800"')).toBe(
      '"\\/\b\f\n\r\té\u{1F600}\ud800',
    );
  });

  it('accepts the four whitespace characters of RFC 8259 between tokens', () => {
    expect(parseJsonExact(' \t\n\r{ "a" :\n[ 1 ,\t2 ] , "b":{} ,"c":[]}\r\n')).toEqual({
      a: [1, 2],
      b: {},
      c: [],
    });
  });

  it('keeps a "__proto__" key as an own property, as JSON.parse does', () => {
    const parsed = parseJsonExact('{"__proto__":{"polluted":true}}') as Record<string, unknown>;
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(Object.keys(parsed)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('agrees with JSON.parse on any JSON without unsafe integers', () => {
    fc.assert(
      fc.property(anyJson, (value) => {
        const text = JSON.stringify(value);
        const reference: unknown = JSON.parse(text);
        fc.pre(!hasUnsafeInteger(reference));
        expect(parseJsonExact(text)).toEqual(reference);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with JSON.parse on any JSON, except that unsafe integer literals stay exact strings', () => {
    const withBigIds = fc.oneof(
      anyJson,
      fc
        .bigInt({ min: -(10n ** 30n), max: 10n ** 30n })
        .map((id) => ({ id: Number(id), raw: id.toString() })),
    );
    fc.assert(
      fc.property(withBigIds, (value) => {
        const text = JSON.stringify(value);
        expect(parseJsonExact(text)).toEqual(expectedFor(JSON.parse(text)));
      }),
      { numRuns: 300 },
    );
  });

  it('preserves any big integer literal digit for digit', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), (id) => {
        const parsed = parseJsonExact(`{"id":${id}}`) as { id: unknown };
        const expected = id >= -9007199254740991n && id <= 9007199254740991n ? Number(id) : id.toString();
        expect(parsed.id).toBe(expected);
      }),
    );
  });

  it('decodes strings whatever mix of \\u escapes and raw characters spells them', () => {
    const spelled = fc
      .string({ unit: 'binary' })
      .chain((text) =>
        fc
          .array(fc.boolean(), { minLength: text.length, maxLength: text.length })
          .map((escapeEach) => ({ text, escapeEach })),
      );
    fc.assert(
      fc.property(spelled, ({ text, escapeEach }) => {
        let literal = '"';
        for (let index = 0; index < text.length; index++) {
          const unit = text.charCodeAt(index);
          const mustEscape = unit < 0x20 || unit === 0x22 || unit === 0x5c;
          if (escapeEach[index] || mustEscape) {
            // Hex digits in either case are valid; alternate to cover both.
            const hex = unit.toString(16).padStart(4, '0');
            literal += `\\u${index % 2 === 0 ? hex.toUpperCase() : hex}`;
          } else {
            literal += text[index];
          }
        }
        expect(parseJsonExact(`${literal}"`)).toBe(text);
      }),
    );
  });

  it('rejects exactly what JSON.parse rejects when valid JSON is truncated or garbled', () => {
    const garbled = fc
      .tuple(
        anyJson,
        fc.nat(),
        fc.nat(),
        fc.constantFrom('', ' ', '"', ',', ':', '{', '}', '[', ']', '\\', '-', '.', 'e', '0', 'x', '\u0001'),
      )
      .map(([value, cut, at, insert]) => {
        const text = JSON.stringify(value);
        const truncated = text.slice(0, cut % (text.length + 1));
        const position = at % (truncated.length + 1);
        return truncated.slice(0, position) + insert + truncated.slice(position);
      });
    fc.assert(
      fc.property(fc.oneof(garbled, fc.string({ unit: 'binary' })), (text) => {
        let reference: { ok: true; value: unknown } | { ok: false };
        try {
          reference = { ok: true, value: JSON.parse(text) };
        } catch {
          reference = { ok: false };
        }
        if (reference.ok) {
          expect(parseJsonExact(text)).toEqual(expectedFor(reference.value));
        } else {
          const error = parseError(text);
          expect(error.code).toBe('invalid_input');
          expect(error.rawPayload).toBe(text);
          expect(error.message).toMatch(/at offset \d+/);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['', 0],
    ['   ', 3],
    ['{"a":1,}', 7],
    ['[1,2', 4],
    ['{"a" 1}', 5],
    ['01', 1],
    ['-', 1],
    ['1.', 2],
    ['1e+', 3],
    ['tru', 0],
    ['"abc', 4],
    ['"a\tb"', 2],
    ['"\\x"', 2],
    ['"\\u12G4"', 5],
    ['{"a":1} x', 8],
    ['\uFEFF{}', 0],
    ['NaN', 0],
  ])('rejects %j naming offset %i', (text, offset) => {
    const error = parseError(text);
    expect(error.code).toBe('invalid_input');
    expect(error.retryable).toBe(false);
    expect(error.rawPayload).toBe(text);
    expect(error.message).toContain(`at offset ${offset}:`);
  });

  it('rejects nesting deeper than maxJsonDepth with a typed error, not a stack overflow', () => {
    expect(parseJsonExact(`${'['.repeat(maxJsonDepth)}${']'.repeat(maxJsonDepth)}`)).toBeInstanceOf(Array);
    const tooDeep = '[{"a":'.repeat(50_000);
    expect(parseError(tooDeep).message).toContain('nesting deeper');
  });
});
