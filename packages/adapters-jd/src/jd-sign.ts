import { md5 } from '@omskit/core/gateway';

/**
 * The parameters of one JOS call as they are signed: the system parameters (`method`,
 * `access_token`, `app_key`, `timestamp`, `v`, ...) plus `360buy_param_json`. A `sign` key and
 * `undefined` values are left out of the signature.
 */
export type JdSignedParams = Readonly<Record<string, string | undefined>>;

/**
 * The string JOS signs: the secret, then every parameter as `key + value` in ASCII key order
 * (which puts `360buy_param_json` first), then the secret again.
 */
export function jdStringToSign(params: JdSignedParams, secret: string): string {
  const keys = Object.keys(params)
    .filter((key) => key !== 'sign' && params[key] !== undefined)
    .sort();
  let text = secret;
  for (const key of keys) text += key + params[key];
  return text + secret;
}

/**
 * Signs a JOS request: `UPPER(HEX(MD5(secret + concat(sorted key + value) + secret)))` over the
 * UTF-8 bytes. The timestamp is signed exactly as it is sent.
 *
 * @example
 * ```ts
 * signJdRequest({ method: 'jingdong.pop.order.search', app_key: 'k', access_token: 't',
 *   timestamp: '2026-11-11 10:00:00', v: '2.0', '360buy_param_json': '{}' }, 'secret');
 * ```
 */
export function signJdRequest(params: JdSignedParams, secret: string): string {
  return md5(jdStringToSign(params, secret), 'hex-upper');
}
