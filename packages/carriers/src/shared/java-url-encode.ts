const unreserved = /[A-Za-z0-9.\-*_]/;

/**
 * Encodes text the way Java's `URLEncoder.encode(text, "UTF-8")` does, which is what SF's servers
 * (Java) compute their digest over: letters, digits and `.-*_` stay, a space becomes `+`, every
 * other character becomes `%XX` per UTF-8 byte with upper-case hex. It differs from
 * `encodeURIComponent` (which keeps `!'()~` and writes a space as `%20`) and from Python's
 * `quote_plus` (which keeps `~` and encodes `*`). A lone surrogate becomes `%3F`, the `?` Java
 * substitutes for a character it cannot encode.
 */
export function javaUrlEncode(text: string): string {
  let out = '';
  for (const char of text) {
    if (char === ' ') out += '+';
    else if (unreserved.test(char)) out += char;
    else out += percentEncode(char);
  }
  return out;
}

const encoder = new TextEncoder();

function percentEncode(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0xd800 && code <= 0xdfff) return '%3F';
  let out = '';
  for (const byte of encoder.encode(char)) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  return out;
}
