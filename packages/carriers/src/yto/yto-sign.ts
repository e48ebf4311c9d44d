import { md5 } from '@omskit/core/gateway';

/**
 * YTO (圆通) request signature: `Base64(MD5_raw(param + method + version + secret))`. On the new
 * open gateway `method` is the API name and `version` is `v1`; on the old service gateway they
 * are the `method` and `v` form fields (`yto.Marketing.WaybillTrace`, `1.01`).
 *
 * @param param - The `param` field exactly as sent.
 * @param method - The API name or method.
 * @param version - The API version.
 * @param secret - The partner secret; a secret.
 */
export function ytoSign(param: string, method: string, version: string, secret: string): string {
  return md5(`${param}${method}${version}${secret}`, 'base64');
}

/**
 * YTO push digest: `Base64(MD5_raw(logistics_interface + secret))` over the XML form field.
 *
 * @param logisticsInterface - The `logistics_interface` field exactly as received.
 * @param secret - The partner secret; a secret.
 */
export function ytoPushDigest(logisticsInterface: string, secret: string): string {
  return md5(`${logisticsInterface}${secret}`, 'base64');
}
