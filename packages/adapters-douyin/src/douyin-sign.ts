import { hmacSha256, md5 } from '@omskit/core/gateway';

/** How a request is signed: `hmac-sha256` (current) or `md5` (announced to go away). */
export type DouyinSignMethod = 'hmac-sha256' | 'md5';

/** The signed parameters of one Douyin gateway call. The access token is not among them. */
export interface DouyinSignParams {
  readonly appKey: string;
  /** Dotted method name (`order.searchList`). */
  readonly method: string;
  /** The business parameters exactly as sent, from {@link serializeDouyinParamJson}. */
  readonly paramJson: string;
  /** The `timestamp` query value exactly as sent (Unix seconds or `yyyy-MM-dd HH:mm:ss`). */
  readonly timestamp: string;
  /** API version; Douyin's current version is `2`. */
  readonly v?: string;
}

/**
 * The string Douyin signs: the secret, then `app_key`, `method`, `param_json`, `timestamp` and `v`
 * each followed by its value, then the secret again.
 */
export function douyinStringToSign(params: DouyinSignParams, appSecret: string): string {
  return (
    appSecret +
    `app_key${params.appKey}` +
    `method${params.method}` +
    `param_json${params.paramJson}` +
    `timestamp${params.timestamp}` +
    `v${params.v ?? '2'}` +
    appSecret
  );
}

/**
 * Signs a Douyin (抖店) open-platform request: lower-case hex of HMAC-SHA256 (key = app secret) or
 * of MD5 over {@link douyinStringToSign}. Pure; the access token is deliberately not signed.
 *
 * @example
 * ```ts
 * signDouyinRequest(
 *   { appKey: '7000000000000000001', method: 'order.orderDetail', paramJson: '{"shop_order_id":"1"}', timestamp: '1700000000' },
 *   'app-secret',
 *   'hmac-sha256',
 * );
 * ```
 */
export function signDouyinRequest(
  params: DouyinSignParams,
  appSecret: string,
  signMethod: DouyinSignMethod = 'hmac-sha256',
): string {
  const text = douyinStringToSign(params, appSecret);
  return signMethod === 'md5' ? md5(text, 'hex-lower') : hmacSha256(text, appSecret, 'hex-lower');
}
