import { md5 } from '@omskit/core/gateway';
import { javaUrlEncode } from '../shared/java-url-encode';

/**
 * SF Express (丰桥) request signature `msgDigest`:
 * `Base64(MD5_raw(URLEncoder.encode(msgData + timestamp + checkWord, "UTF-8")))`. The order is the
 * message, then the timestamp, then the check word; the URL-encoding (Java's flavour, see
 * {@link javaUrlEncode}) happens before the MD5, and the Base64 is of the 16 raw digest bytes.
 *
 * @param msgData - The `msgData` form field exactly as sent (a JSON string).
 * @param timestamp - The `timestamp` form field exactly as sent (milliseconds as a digit string).
 * @param checkWord - The partner's check word (校验码); a secret.
 * @example sfMsgDigest('{"language":"zh-CN","orderId":"QIAO-20200618-004"}', '12312334453453', checkWord)
 */
export function sfMsgDigest(msgData: string, timestamp: string | number, checkWord: string): string {
  return md5(javaUrlEncode(`${msgData}${timestamp}${checkWord}`), 'base64');
}
