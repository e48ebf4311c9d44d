import { md5 } from '@omskit/core/gateway';

/**
 * ZTO open platform digest: `Base64(MD5_raw(UTF8(body + appSecret)))`. It signs requests (the
 * `x-dataDigest` header over the JSON body) and trace pushes (the `data_digest` form field over
 * the `data` field).
 *
 * @param body - The exact bytes signed: the request body, or a push's `data` field.
 * @param appSecret - The app secret; a secret.
 */
export function ztoDataDigest(body: string, appSecret: string): string {
  return md5(`${body}${appSecret}`, 'base64');
}
