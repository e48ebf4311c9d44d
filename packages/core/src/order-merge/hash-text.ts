const fnvOffset = 0xcbf29ce484222325n;
const fnvPrime = 0x100000001b3n;
const mask64 = 0xffffffffffffffffn;
const encoder = new TextEncoder();

/**
 * A stable 64-bit FNV-1a hash of `text` (UTF-8), as 16 lowercase hex digits.
 *
 * Not cryptographic: it keys equality checks (same address, same fingerprint) where a collision
 * among a shop's open orders is astronomically unlikely. Written in plain JS so the pure core
 * needs no `node:crypto` and runs anywhere.
 *
 * @internal
 */
export function hashText(text: string): string {
  let hash = fnvOffset;
  for (const byte of encoder.encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * fnvPrime) & mask64;
  }
  return hash.toString(16).padStart(16, '0');
}
