import { OmsError } from '../errors/oms-error';

/**
 * The deepest nesting of arrays and objects {@link parseJsonExact} accepts. Platform payloads nest a
 * few dozen levels at most; the limit turns a hostile `[[[[...` into a typed error instead of a
 * stack overflow.
 */
export const maxJsonDepth = 512;

// Character codes, named so the scanner reads as the grammar in RFC 8259.
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const SLASH = 0x2f;
const COMMA = 0x2c;
const COLON = 0x3a;
const MINUS = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
const LOWER_E = 0x65;
const UPPER_E = 0x45;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const SPACE = 0x20;
const TAB = 0x09;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

const keyCacheMask = 0xff;
// Shared across calls: strings are immutable and the same payload shapes arrive again and again.
const keyCache: (string | undefined)[] = new Array(keyCacheMask + 1);

// An integer literal of up to 15 digits is always below 2^53, so only longer ones need a check.
const maxAlwaysSafeDigits = 15;

const simpleEscapes: Readonly<Record<number, string>> = {
  [QUOTE]: '"',
  [BACKSLASH]: '\\',
  [SLASH]: '/',
  98: '\b',
  102: '\f',
  110: '\n',
  114: '\r',
  116: '\t',
};

/**
 * Parses JSON text like `JSON.parse`, except that integers whose magnitude exceeds
 * `Number.MAX_SAFE_INTEGER` come back as their exact decimal string instead of a rounded number.
 *
 * Platform ids (Taobao `tid`, JD `orderId`, Douyin `order_id`, ...) exceed 2^53 and `JSON.parse`
 * silently corrupts them. Only integer literals (no fraction, no exponent) are affected; safe
 * integers and every non-integer literal stay numbers.
 *
 * @example
 * ```ts
 * parseJsonExact('{"tid":289749893210214687,"fee":12.5}');
 * //=> { tid: '289749893210214687', fee: 12.5 }
 * ```
 *
 * @param text - JSON text per RFC 8259 (any value at the top level, no BOM).
 * @returns The parsed value.
 * @throws OmsError `invalid_input` when the text is not valid JSON (the message names the character
 *   offset, `rawPayload` holds the text) or nests deeper than {@link maxJsonDepth}.
 */
export function parseJsonExact(text: string): unknown {
  const parser = new JsonExactParser(text);
  parser.skipWhitespace();
  const value = parser.parseValue(0);
  parser.skipWhitespace();
  if (parser.position < text.length) parser.fail('expected end of input');
  return value;
}

// One class on purpose, though it runs past 300 lines: the scanners share the cursor, and keeping
// the grammar in one place is what makes it checkable against RFC 8259.
class JsonExactParser {
  position = 0;
  private readonly text: string;

  constructor(text: string) {
    this.text = text;
  }

  skipWhitespace(): void {
    const text = this.text;
    let position = this.position;
    for (;;) {
      const code = text.charCodeAt(position);
      if (code !== SPACE && code !== LINE_FEED && code !== CARRIAGE_RETURN && code !== TAB) break;
      position++;
    }
    this.position = position;
  }

  parseValue(depth: number): unknown {
    const code = this.text.charCodeAt(this.position);
    switch (code) {
      case QUOTE:
        return this.parseString();
      case OPEN_BRACE:
        return this.parseObject(depth + 1);
      case OPEN_BRACKET:
        return this.parseArray(depth + 1);
      case 0x74: // t
        return this.parseLiteral('true', true);
      case 0x66: // f
        return this.parseLiteral('false', false);
      case 0x6e: // n
        return this.parseLiteral('null', null);
      default:
        if (code === MINUS || (code >= DIGIT_0 && code <= DIGIT_9)) return this.parseNumber();
        return this.fail('expected a JSON value');
    }
  }

  private parseObject(depth: number): Record<string, unknown> {
    if (depth > maxJsonDepth) this.fail(`nesting deeper than ${maxJsonDepth} levels`);
    const text = this.text;
    const result: Record<string, unknown> = {};
    this.position++;
    this.skipWhitespace();
    if (text.charCodeAt(this.position) === CLOSE_BRACE) {
      this.position++;
      return result;
    }
    for (;;) {
      if (text.charCodeAt(this.position) !== QUOTE) this.fail('expected a string key');
      const key = this.parseKey();
      this.skipWhitespace();
      if (text.charCodeAt(this.position) !== COLON) this.fail("expected ':'");
      this.position++;
      this.skipWhitespace();
      const value = this.parseValue(depth);
      // Assigning `__proto__` would replace the prototype; JSON.parse makes it an own property.
      if (key === '__proto__') {
        Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
      } else {
        result[key] = value;
      }
      this.skipWhitespace();
      const code = text.charCodeAt(this.position);
      this.position++;
      if (code === COMMA) {
        this.skipWhitespace();
        continue;
      }
      if (code === CLOSE_BRACE) return result;
      this.position--;
      this.fail("expected ',' or '}'");
    }
  }

  private parseArray(depth: number): unknown[] {
    if (depth > maxJsonDepth) this.fail(`nesting deeper than ${maxJsonDepth} levels`);
    const text = this.text;
    const result: unknown[] = [];
    this.position++;
    this.skipWhitespace();
    if (text.charCodeAt(this.position) === CLOSE_BRACKET) {
      this.position++;
      return result;
    }
    for (;;) {
      result.push(this.parseValue(depth));
      this.skipWhitespace();
      const code = text.charCodeAt(this.position);
      this.position++;
      if (code === COMMA) {
        this.skipWhitespace();
        continue;
      }
      if (code === CLOSE_BRACKET) return result;
      this.position--;
      this.fail("expected ',' or ']'");
    }
  }

  /**
   * Object keys repeat across the elements of an array; reusing the string seen last time lets the
   * engine skip re-internalising it as a property name, which dominates the cost of building objects.
   */
  private parseKey(): string {
    const text = this.text;
    const start = this.position + 1;
    const end = text.length;
    let position = start;
    for (; position < end; position++) {
      const code = text.charCodeAt(position);
      if (code === QUOTE) break;
      if (code === BACKSLASH || code < SPACE) return this.parseString();
    }
    if (position >= end) return this.parseString();
    const length = position - start;
    const slot = (length * 31 + text.charCodeAt(start) * 7 + text.charCodeAt(position - 1)) & keyCacheMask;
    const cached = keyCache[slot];
    this.position = position + 1;
    if (cached !== undefined && cached.length === length && text.startsWith(cached, start)) return cached;
    const key = text.slice(start, position);
    keyCache[slot] = key;
    return key;
  }

  private parseString(): string {
    const text = this.text;
    const start = this.position + 1;
    const end = text.length;
    let position = start;
    // Fast path: most strings have no escapes and can be sliced out whole.
    for (; position < end; position++) {
      const code = text.charCodeAt(position);
      if (code === QUOTE) {
        this.position = position + 1;
        return text.slice(start, position);
      }
      if (code === BACKSLASH) break;
      if (code < SPACE) {
        this.position = position;
        this.fail('control character in string');
      }
    }
    let result = text.slice(start, position);
    let chunkStart = position;
    while (position < end) {
      const code = text.charCodeAt(position);
      if (code === QUOTE) {
        this.position = position + 1;
        return result + text.slice(chunkStart, position);
      }
      if (code === BACKSLASH) {
        result += text.slice(chunkStart, position);
        const escaped = text.charCodeAt(position + 1);
        const simple = simpleEscapes[escaped];
        if (simple !== undefined) {
          result += simple;
          position += 2;
        } else if (escaped === 0x75) {
          // \uXXXX: each escape is one UTF-16 unit, so a surrogate pair is two escapes in a row.
          result += String.fromCharCode(this.parseHex4(position + 2));
          position += 6;
        } else {
          this.position = position + 1;
          this.fail('invalid escape sequence');
        }
        chunkStart = position;
        continue;
      }
      if (code < SPACE) {
        this.position = position;
        this.fail('control character in string');
      }
      position++;
    }
    this.position = end;
    return this.fail('unterminated string');
  }

  private parseHex4(start: number): number {
    let value = 0;
    for (let position = start; position < start + 4; position++) {
      const code = this.text.charCodeAt(position);
      let digit: number;
      if (code >= DIGIT_0 && code <= DIGIT_9) digit = code - DIGIT_0;
      else if (code >= 0x61 && code <= 0x66) digit = code - 0x57;
      else if (code >= 0x41 && code <= 0x46) digit = code - 0x37;
      else {
        this.position = position;
        return this.fail('expected 4 hex digits after \\u');
      }
      value = value * 16 + digit;
    }
    return value;
  }

  private parseNumber(): number | string {
    const text = this.text;
    const start = this.position;
    let position = start;
    if (text.charCodeAt(position) === MINUS) position++;
    const digitsStart = position;
    const firstDigit = text.charCodeAt(position);
    let integerPart = firstDigit - DIGIT_0;
    if (firstDigit === DIGIT_0) {
      position++;
    } else if (firstDigit > DIGIT_0 && firstDigit <= DIGIT_9) {
      position++;
      for (;;) {
        const code = text.charCodeAt(position);
        if (!(code >= DIGIT_0 && code <= DIGIT_9)) break;
        integerPart = integerPart * 10 + (code - DIGIT_0);
        position++;
      }
    } else {
      this.position = position;
      this.fail('expected a digit');
    }
    const afterInteger = text.charCodeAt(position);
    if (afterInteger !== DOT && afterInteger !== LOWER_E && afterInteger !== UPPER_E) {
      this.position = position;
      // Short integers are exact when accumulated digit by digit; longer ones may not be safe.
      if (position - digitsStart <= maxAlwaysSafeDigits)
        return start === digitsStart ? integerPart : -integerPart;
      const literal = text.slice(start, position);
      const value = Number(literal);
      return Number.isSafeInteger(value) ? value : literal;
    }
    if (afterInteger === DOT) position = this.requireDigits(position + 1);
    const exponentMark = text.charCodeAt(position);
    if (exponentMark === LOWER_E || exponentMark === UPPER_E) {
      position++;
      const sign = text.charCodeAt(position);
      if (sign === PLUS || sign === MINUS) position++;
      position = this.requireDigits(position);
    }
    this.position = position;
    return Number(text.slice(start, position));
  }

  private skipDigits(from: number): number {
    const text = this.text;
    let position = from;
    for (;;) {
      const code = text.charCodeAt(position);
      if (!(code >= DIGIT_0 && code <= DIGIT_9)) return position;
      position++;
    }
  }

  private requireDigits(from: number): number {
    const position = this.skipDigits(from);
    if (position === from) {
      this.position = from;
      this.fail('expected a digit');
    }
    return position;
  }

  private parseLiteral<T>(word: string, value: T): T {
    if (!this.text.startsWith(word, this.position)) this.fail(`expected '${word}'`);
    this.position += word.length;
    return value;
  }

  fail(problem: string): never {
    const found =
      this.position >= this.text.length ? 'end of input' : JSON.stringify(this.text.charAt(this.position));
    throw new OmsError(
      'invalid_input',
      `Malformed JSON at offset ${this.position}: ${problem}, found ${found}`,
      { rawPayload: this.text },
    );
  }
}
