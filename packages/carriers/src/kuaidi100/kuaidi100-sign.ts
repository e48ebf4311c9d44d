import { md5 } from '@omskit/core/gateway';

/**
 * Kuaidi100 (快递100) query signature: `UPPER(HEX(MD5(param + key + customer)))`. COMPUTED from the
 * official SDK's rule (no published vector).
 *
 * @param param - The `param` JSON exactly as sent.
 * @param key - The authorisation key; a secret.
 * @param customer - The customer id.
 */
export function kuaidi100Sign(param: string, key: string, customer: string): string {
  return md5(`${param}${key}${customer}`, 'hex-upper');
}

/**
 * Kuaidi100 label and price API signature: `UPPER(HEX(MD5(param + t + key + secret)))`.
 *
 * @param param - The `param` JSON exactly as sent.
 * @param t - The `t` field (milliseconds) exactly as sent.
 * @param key - The authorisation key.
 * @param secret - The secret; a secret.
 */
export function kuaidi100OrderSign(param: string, t: string, key: string, secret: string): string {
  return md5(`${param}${t}${key}${secret}`, 'hex-upper');
}

/**
 * Kuaidi100 subscription push signature: `UPPER(HEX(MD5(param + salt)))`, as the official Java SDK
 * compares it (the docs only say MD5; the verifier accepts either hex case).
 *
 * @param param - The pushed `param` field exactly as received.
 * @param salt - The salt given when subscribing (may be empty).
 */
export function kuaidi100PushSign(param: string, salt: string): string {
  return md5(`${param}${salt}`, 'hex-upper');
}
