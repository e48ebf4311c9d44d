import {
  type ChannelMessage,
  invalidInput,
  OmsError,
  type PushParseResult,
  type PushRequest,
} from '@omskit/core';
import { hmacSha256, md5, parseJsonExact, timingSafeEqualString } from '@omskit/core/gateway';
import { badField, douyinReader, type JsonObject, secondsToIso } from './douyin-read';
import type { DouyinSignMethod } from './douyin-sign';

/** The replies Douyin expects from a push endpoint. */
export const douyinPushReplies = {
  success: {
    status: 200,
    headers: { 'content-type': 'application/json' },
    body: '{"code":0,"msg":"success"}',
  },
  failure: { status: 200, headers: { 'content-type': 'application/json' }, body: '{"code":1,"msg":"fail"}' },
} as const;

/** Options of {@link parseDouyinPush}. */
export interface ParseDouyinPushOptions {
  readonly appKey: string;
  readonly appSecret: string;
  /** `md5` (default, documented) or `hmac-sha256` (UNVERIFIED). */
  readonly signMethod?: DouyinSignMethod;
}

/** The `event-sign` a push carries: MD5 (or HMAC-SHA256) of app key + raw body + app secret, lower hex. */
export function signDouyinPush(
  body: string,
  appKey: string,
  appSecret: string,
  signMethod: DouyinSignMethod = 'md5',
): string {
  const text = appKey + body + appSecret;
  return signMethod === 'md5' ? md5(text, 'hex-lower') : hmacSha256(text, appSecret, 'hex-lower');
}

/** Douyin push tags about orders (100-126) and after-sales (200-227). */
export function douyinPushKind(tag: string): ChannelMessage['kind'] {
  const number = /^\d{3}$/.test(tag) ? Number(tag) : Number.NaN;
  if (number >= 100 && number < 200) return 'order-changed';
  if (number >= 200 && number < 300) return 'after-sale-changed';
  return 'unknown';
}

function parseMessage(entry: unknown, index: number, raw: string): ChannelMessage {
  const reader = douyinReader(raw);
  const message = reader.object(entry, [index]);
  const tag = reader.optionalString(message['tag'], [index, 'tag']);
  if (tag === undefined) throw badField([index, 'tag'], 'missing tag', raw);
  const messageId = reader.optionalString(message['msg_id'], [index, 'msg_id']);
  if (messageId === undefined) throw badField([index, 'msg_id'], 'missing msg_id', raw);
  const dataText = message['data'];
  let data: JsonObject = {};
  if (typeof dataText === 'string') {
    let parsed: unknown;
    try {
      parsed = parseJsonExact(dataText);
    } catch (error) {
      throw invalidInput([index, 'data'], 'data is not JSON', {
        platform: 'douyin',
        rawPayload: raw,
        cause: error,
      });
    }
    data = reader.object(parsed, [index, 'data']);
  } else if (dataText !== undefined && dataText !== null) {
    data = reader.object(dataText, [index, 'data']);
  }
  const kind = douyinPushKind(tag);
  const at = (key: string) => [index, 'data', key];
  const shopId = reader.optionalId(data['shop_id'], at('shop_id'));
  const orderId = reader.optionalId(data['p_id'], at('p_id'));
  const afterSaleId = reader.optionalId(data['aftersale_id'], at('aftersale_id'));
  const modified = reader.optionalUnixSeconds(data['update_time'], at('update_time'));
  return {
    messageId,
    topic: tag,
    kind,
    ...(shopId === undefined ? {} : { shopId }),
    ...(orderId === undefined ? {} : { platformOrderId: orderId }),
    ...(afterSaleId === undefined ? {} : { platformAfterSaleId: afterSaleId }),
    ...(modified === undefined ? {} : { modifiedAt: secondsToIso(modified) }),
    raw: { tag, msg_id: messageId, data },
  };
}

/**
 * Verifies and parses a Douyin HTTP push: a JSON array of `{tag, msg_id, data}` signed in the
 * `event-sign` header, compared in constant time. Order tags become `order-changed`, after-sale tags
 * `after-sale-changed`, anything else `unknown` (reported, never dropped).
 *
 * @returns The messages and the success reply Douyin expects.
 * @throws OmsError `invalid_signature` (the raw body kept as `rawPayload`) when the signature or
 *   `app-id` does not match; `invalid_input` naming the field when the verified body is malformed.
 */
export function parseDouyinPush(request: PushRequest, options: ParseDouyinPushOptions): PushParseResult {
  const signature = request.headers['event-sign'] ?? '';
  const expected = signDouyinPush(request.body, options.appKey, options.appSecret, options.signMethod);
  const appId = request.headers['app-id'];
  if (
    !timingSafeEqualString(signature.toLowerCase(), expected) ||
    (appId !== undefined && appId !== options.appKey)
  ) {
    throw new OmsError('invalid_signature', 'douyin push: event-sign does not verify', {
      platform: 'douyin',
      rawPayload: request.body,
    });
  }
  let body: unknown;
  try {
    body = parseJsonExact(request.body);
  } catch (error) {
    throw invalidInput([], 'the push body is not JSON', {
      platform: 'douyin',
      rawPayload: request.body,
      cause: error,
    });
  }
  if (!Array.isArray(body)) throw badField([], 'a push body is a JSON array', request.body);
  const messages = body.map((entry, index) => parseMessage(entry, index, request.body));
  return {
    messages,
    reply: { ...douyinPushReplies.success, headers: { ...douyinPushReplies.success.headers } },
  };
}
