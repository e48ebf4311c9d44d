import { md5 } from '@omskit/core/gateway';

/**
 * A value of a PDD request parameter before it is put on the wire. Strings and numbers go as
 * written, booleans as `"true"`/`"false"`, objects and arrays as compact JSON; `undefined`,
 * `null` and the empty string are left out of both the request and the signature.
 */
export type PddParamValue = string | number | bigint | boolean | null | undefined | object;

/** The parameters of one PDD request: common ones (`type`, `client_id`, ...) and business ones, flat. */
export type PddParams = Readonly<{ [name: string]: PddParamValue }>;

/**
 * The wire text of a parameter value, or `undefined` when the value is omitted. How arrays and
 * objects are serialised is not stated by PDD's guide; compact JSON is what the peer SDKs do.
 */
export function pddParamText(value: PddParamValue): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return JSON.stringify(value);
}

/**
 * The parameters as they are sent and signed: empty values dropped, every value as text, `sign`
 * left out. Keys are sorted in ASCII order.
 */
export function pddWireParams(params: PddParams): [string, string][] {
  const entries: [string, string][] = [];
  for (const [name, value] of Object.entries(params)) {
    if (name === 'sign') continue;
    const text = pddParamText(value);
    if (text !== undefined) entries.push([name, text]);
  }
  // Code-unit order equals ASCII order for the ASCII parameter names PDD uses.
  return entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Signs a PDD open-platform request: `UPPER(HEX(MD5(secret + k1v1k2v2... + secret)))` over every
 * parameter except `sign`, keys in ASCII order, empty values skipped, no separators.
 *
 * @example
 * ```ts
 * signPddRequest({ type: 'pdd.order.number.list.get', client_id: '1', timestamp: 1480411125, ... }, 'testSecret');
 * ```
 * @param params - Common and business parameters, flat.
 * @param clientSecret - The app's `client_secret`.
 * @returns The 32-character upper-case hex signature.
 */
export function signPddRequest(params: PddParams, clientSecret: string): string {
  let text = clientSecret;
  for (const [name, value] of pddWireParams(params)) text += name + value;
  return md5(text + clientSecret, 'hex-upper');
}
