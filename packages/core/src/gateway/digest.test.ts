import { describe, expect, it } from 'vitest';
import { hmacMd5, hmacSha256, md5, sha256, timingSafeEqualString } from './digest';

const bytes = (byte: number, length: number) => new Uint8Array(length).fill(byte);
const counting = (length: number) => Uint8Array.from({ length }, (_, index) => index + 1);
const text = (value: string) => new TextEncoder().encode(value);

describe('md5 and sha256', () => {
  it('match the published digests of "" and "abc"', () => {
    expect(md5('')).toBe('d41d8cd98f00b204e9800998ecf8427e');
    expect(md5('abc')).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(sha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('writes the digest in each encoding', () => {
    expect(md5('abc', 'hex-upper')).toBe('900150983CD24FB0D6963F7D28E17F72');
    expect(md5('abc', 'hex-lower')).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(md5('abc', 'base64')).toBe(
      Buffer.from('900150983cd24fb0d6963f7d28e17f72', 'hex').toString('base64'),
    );
    expect(md5('abc', 'base64')).toBe('kAFQmDzST7DWlj99KOF/cg==');
  });

  it('hashes strings as UTF-8 and accepts bytes', () => {
    expect(md5('订单')).toBe(md5(text('订单')));
    expect(sha256(text('abc'))).toBe(sha256('abc'));
  });
});

// RFC 2202, section 2 (HMAC-MD5); case 5 is compared on its first 96 bits as the RFC does.
const rfc2202: [string, Uint8Array, Uint8Array, string][] = [
  ['1', bytes(0x0b, 16), text('Hi There'), '9294727a3638bb1c13f48ef8158bfc9d'],
  ['2', text('Jefe'), text('what do ya want for nothing?'), '750c783e6ab0b503eaa86e310a5db738'],
  ['3', bytes(0xaa, 16), bytes(0xdd, 50), '56be34521d144c88dbb8c733f0e8b3f6'],
  ['4', counting(25), bytes(0xcd, 50), '697eaf0aca3a3aea3a75164746ffaa79'],
  ['5', bytes(0x0c, 16), text('Test With Truncation'), '56461ef2342edc00f9bab995'],
  [
    '6',
    bytes(0xaa, 80),
    text('Test Using Larger Than Block-Size Key - Hash Key First'),
    '6b1ab7fe4bd7bf8f0b62e6ce61b9d0cd',
  ],
  [
    '7',
    bytes(0xaa, 80),
    text('Test Using Larger Than Block-Size Key and Larger Than One Block-Size Data'),
    '6f630fad67cda0ee1fb1f562db3aa53e',
  ],
];

// RFC 4231, section 4 (HMAC-SHA-256); case 5 is compared on its first 128 bits as the RFC does.
const rfc4231: [string, Uint8Array, Uint8Array, string][] = [
  [
    '1',
    bytes(0x0b, 20),
    text('Hi There'),
    'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7',
  ],
  [
    '2',
    text('Jefe'),
    text('what do ya want for nothing?'),
    '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
  ],
  ['3', bytes(0xaa, 20), bytes(0xdd, 50), '773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe'],
  ['4', counting(25), bytes(0xcd, 50), '82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b'],
  ['5', bytes(0x0c, 20), text('Test With Truncation'), 'a3b6167473100ee06e0c796c2955552b'],
  [
    '6',
    bytes(0xaa, 131),
    text('Test Using Larger Than Block-Size Key - Hash Key First'),
    '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
  ],
  [
    '7',
    bytes(0xaa, 131),
    text(
      'This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.',
    ),
    '9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2',
  ],
];

describe('hmacMd5', () => {
  it.each(rfc2202)('matches RFC 2202 test case %s', (_, key, data, expected) => {
    expect(hmacMd5(data, key).slice(0, expected.length)).toBe(expected);
    expect(hmacMd5(data, key, 'hex-upper').slice(0, expected.length)).toBe(expected.toUpperCase());
  });

  it('takes string data and keys as UTF-8', () => {
    expect(hmacMd5('what do ya want for nothing?', 'Jefe')).toBe('750c783e6ab0b503eaa86e310a5db738');
  });
});

describe('hmacSha256', () => {
  it.each(rfc4231)('matches RFC 4231 test case %s', (_, key, data, expected) => {
    expect(hmacSha256(data, key).slice(0, expected.length)).toBe(expected);
  });

  it('writes Base64 of the raw digest', () => {
    const hex = '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843';
    expect(hmacSha256('what do ya want for nothing?', 'Jefe', 'base64')).toBe(
      Buffer.from(hex, 'hex').toString('base64'),
    );
  });
});

describe('timingSafeEqualString', () => {
  it('is true only for identical strings', () => {
    expect(timingSafeEqualString('ABCDEF0123', 'ABCDEF0123')).toBe(true);
    expect(timingSafeEqualString('ABCDEF0123', 'ABCDEF0124')).toBe(false);
    expect(timingSafeEqualString('', '')).toBe(true);
    expect(timingSafeEqualString('签名', '签名')).toBe(true);
  });

  it('returns false without throwing when the lengths differ', () => {
    expect(timingSafeEqualString('abc', 'abcd')).toBe(false);
    expect(timingSafeEqualString('', 'a')).toBe(false);
    // Same number of UTF-16 units, different number of UTF-8 bytes.
    expect(timingSafeEqualString('é', 'e')).toBe(false);
  });
});
