import { hmacMd5, hmacSha256, md5 } from '@omskit/core/gateway';

/** The signature algorithms TOP accepts in the `sign_method` parameter. */
export type TaobaoSignMethod = 'md5' | 'hmac' | 'hmac-sha256';

/** The sign methods, in a stable order (for option validation and docs). */
export const taobaoSignMethods: readonly TaobaoSignMethod[] = ['md5', 'hmac', 'hmac-sha256'];

/** A request parameter value as TOP sees it: written out as text; empty ones are not signed. */
export type TaobaoParamValue = string | number | boolean | null | undefined;

/** Request parameters by name (common and business ones together). */
export type TaobaoParams = Readonly<Record<string, TaobaoParamValue>>;

/**
 * The parameters that take part in a signature, as text, sorted by key: `sign` itself and
 * parameters whose key or value is empty are left out, as TOP's SDKs do.
 */
export function taobaoSignableEntries(params: TaobaoParams): [string, string][] {
  const entries: [string, string][] = [];
  for (const [key, value] of Object.entries(params)) {
    if (key === '' || key === 'sign' || value === undefined || value === null) continue;
    const text = String(value);
    if (text === '') continue;
    entries.push([key, text]);
  }
  // Keys are ASCII, so code-unit order (JavaScript's default) equals the byte order TOP sorts by.
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return entries;
}

/** The string TOP signs: every signable `key + value` concatenated in key order, then the body if any. */
export function taobaoSignBase(params: TaobaoParams, body?: string): string {
  let base = '';
  for (const [key, value] of taobaoSignableEntries(params)) base += key + value;
  return body === undefined ? base : base + body;
}

/**
 * Signs a TOP request the way the platform checks it.
 *
 * `md5` is `MD5(secret + S + secret)`, `hmac` is `HMAC-MD5(secret, S)` and `hmac-sha256` is
 * `HMAC-SHA256(secret, S)`, where `S` is {@link taobaoSignBase}; the result is upper-case hex.
 *
 * @example
 * ```ts
 * signTaobaoRequest({ method: 'taobao.item.seller.get', app_key: '12345678', session: 'test',
 *   timestamp: '2016-01-01 12:00:00', format: 'json', v: '2.0', sign_method: 'md5',
 *   fields: 'num_iid,title,nick,price,num', num_iid: '11223344' }, 'helloworld', 'md5');
 * //=> '66987CB115214E59E6EC978214934FB8'
 * ```
 *
 * @param params - Every request parameter; `sign` and empty values are ignored.
 * @param secret - The app secret.
 * @param signMethod - The algorithm named in the request's `sign_method`.
 * @param body - A raw request body that the SDKs sign too (batch and Qimen calls only).
 */
export function signTaobaoRequest(
  params: TaobaoParams,
  secret: string,
  signMethod: TaobaoSignMethod,
  body?: string,
): string {
  const base = taobaoSignBase(params, body);
  switch (signMethod) {
    case 'md5':
      return md5(secret + base + secret, 'hex-upper');
    case 'hmac':
      return hmacMd5(base, secret, 'hex-upper');
    case 'hmac-sha256':
      return hmacSha256(base, secret, 'hex-upper');
  }
}
