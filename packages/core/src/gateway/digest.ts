import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * How a digest is written out: hex in upper case (Taobao, JD, Pinduoduo signatures), hex in lower
 * case, or Base64 of the raw digest bytes (SF Express `msgDigest`, most push signatures).
 */
export type DigestEncoding = 'hex-upper' | 'hex-lower' | 'base64';

/** Bytes to digest: a string is encoded as UTF-8 first. */
export type DigestInput = string | Uint8Array;

function encode(digest: Buffer, encoding: DigestEncoding): string {
  switch (encoding) {
    case 'hex-upper':
      return digest.toString('hex').toUpperCase();
    case 'hex-lower':
      return digest.toString('hex');
    case 'base64':
      return digest.toString('base64');
  }
}

/**
 * MD5 of `data`.
 *
 * @param data - The bytes to digest; strings are UTF-8.
 * @param encoding - How to write the digest; defaults to lower-case hex.
 */
export function md5(data: DigestInput, encoding: DigestEncoding = 'hex-lower'): string {
  return encode(createHash('md5').update(data).digest(), encoding);
}

/**
 * SHA-256 of `data`.
 *
 * @param data - The bytes to digest; strings are UTF-8.
 * @param encoding - How to write the digest; defaults to lower-case hex.
 */
export function sha256(data: DigestInput, encoding: DigestEncoding = 'hex-lower'): string {
  return encode(createHash('sha256').update(data).digest(), encoding);
}

/**
 * HMAC-MD5 of `data` under `key` (RFC 2104). Note the order: the message first, then the key.
 *
 * @param data - The message; strings are UTF-8.
 * @param key - The secret; strings are UTF-8.
 * @param encoding - How to write the digest; defaults to lower-case hex.
 */
export function hmacMd5(data: DigestInput, key: DigestInput, encoding: DigestEncoding = 'hex-lower'): string {
  return encode(createHmac('md5', key).update(data).digest(), encoding);
}

/**
 * HMAC-SHA256 of `data` under `key` (RFC 2104). Note the order: the message first, then the key.
 *
 * @param data - The message; strings are UTF-8.
 * @param key - The secret; strings are UTF-8.
 * @param encoding - How to write the digest; defaults to lower-case hex.
 */
export function hmacSha256(
  data: DigestInput,
  key: DigestInput,
  encoding: DigestEncoding = 'hex-lower',
): string {
  return encode(createHmac('sha256', key).update(data).digest(), encoding);
}

/**
 * Compares two strings (signatures, tokens) in time that does not depend on where they differ, so
 * a caller cannot learn a valid signature one character at a time.
 *
 * Strings of different UTF-8 byte lengths return `false` at once: the length of a signature is
 * public (it is fixed by the algorithm), so revealing it leaks nothing.
 *
 * @returns `true` when `a` and `b` are the same string.
 */
export function timingSafeEqualString(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  if (left.byteLength !== right.byteLength) return false;
  return timingSafeEqual(left, right);
}
