import { md5 } from '@omskit/core/gateway';

// J&T's demo salts the customer password with this constant before hashing it.
const passwordSalt = 'jadada236t2';

/**
 * J&T Express (极兔) header `digest`: `Base64(MD5_raw(bizContent + privateKey))` over the exact
 * `bizContent` form field. COMPUTED from the rule (no published vector).
 *
 * @param bizContent - The `bizContent` JSON exactly as sent.
 * @param privateKey - The API account's private key; a secret.
 */
export function jtHeaderDigest(bizContent: string, privateKey: string): string {
  return md5(`${bizContent}${privateKey}`, 'base64');
}

/**
 * J&T Express business `digest` carried inside `bizContent` of order APIs:
 * `Base64(MD5_raw(customerCode + UPPER(HEX(MD5(password + "jadada236t2"))) + privateKey))`.
 *
 * @param customerCode - The customer code (客户编码).
 * @param password - The customer password in clear; a secret.
 * @param privateKey - The API account's private key; a secret.
 */
export function jtBusinessDigest(customerCode: string, password: string, privateKey: string): string {
  const cipher = md5(`${password}${passwordSalt}`, 'hex-upper');
  return md5(`${customerCode}${cipher}${privateKey}`, 'base64');
}
