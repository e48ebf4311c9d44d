import { OmsError, type PushRequest } from '@omskit/core';
import { md5 } from '@omskit/core/gateway';
import { describe, expect, it } from 'vitest';
import { douyinPushReplies, parseDouyinPush, signDouyinPush } from './douyin-push';

const appKey = '7000000000000000001';
const appSecret = 'omskit-test-secret-2f1c';

// A push body as Douyin sends it: data is JSON text whose p_id and s_ids exceed 2^53.
const body =
  '[{"tag":"101","msg_id":"7140000000000000999:0:101:1762826430:1","data":"{\\"biz\\":2,\\"order_status\\":105,\\"order_type\\":0,\\"p_id\\":6921841377339523401,\\"pay_time\\":1762826430,\\"pay_type\\":1,\\"s_ids\\":[6921841377339523402],\\"shop_id\\":4463798,\\"update_time\\":1762826431}"},' +
  '{"tag":"200","msg_id":"m-2","data":"{\\"aftersale_id\\":7140000000000000001,\\"aftersale_status\\":6,\\"aftersale_type\\":0,\\"apply_time\\":1762960000,\\"p_id\\":6921900000000000101,\\"s_id\\":6921900000000000102,\\"refund_amount\\":4990,\\"shop_id\\":4463798,\\"update_time\\":1762960000}"},' +
  '{"tag":"417","msg_id":"m-3","data":"{\\"product_id\\":1}"}]';

function signed(text: string, headers: Record<string, string> = {}): PushRequest {
  return {
    method: 'POST',
    body: text,
    headers: { 'app-id': appKey, 'event-sign': signDouyinPush(text, appKey, appSecret), ...headers },
  };
}

describe('parseDouyinPush', () => {
  it('signs as MD5(app_key + body + app_secret), lower hex', () => {
    expect(signDouyinPush(body, appKey, appSecret)).toBe(md5(appKey + body + appSecret, 'hex-lower'));
    // Computed with Python's hashlib.md5 over the same concatenation.
    expect(signDouyinPush('[]', appKey, appSecret)).toBe('c81f5f96470715ce6cb3c23ccf0aa4e8');
  });

  it('accepts a correctly signed push and types its messages', () => {
    const result = parseDouyinPush(signed(body), { appKey, appSecret });
    expect(result.reply).toEqual(douyinPushReplies.success);
    expect(result.messages.map(({ raw: _raw, ...message }) => message)).toEqual([
      {
        messageId: '7140000000000000999:0:101:1762826430:1',
        topic: '101',
        kind: 'order-changed',
        shopId: '4463798',
        platformOrderId: '6921841377339523401',
        modifiedAt: '2025-11-11T02:00:31.000Z',
      },
      {
        messageId: 'm-2',
        topic: '200',
        kind: 'after-sale-changed',
        shopId: '4463798',
        platformOrderId: '6921900000000000101',
        platformAfterSaleId: '7140000000000000001',
        modifiedAt: '2025-11-12T15:06:40.000Z',
      },
      { messageId: 'm-3', topic: '417', kind: 'unknown' },
    ]);
  });

  it('refuses a tampered body in constant time and keeps the raw body', () => {
    const push = signed(body);
    const tampered = { ...push, body: push.body.replace('6921841377339523401', '6921841377339523409') };
    try {
      parseDouyinPush(tampered, { appKey, appSecret });
      throw new Error('expected a refusal');
    } catch (error) {
      expect(OmsError.isCode(error, 'invalid_signature')).toBe(true);
      expect((error as OmsError).rawPayload).toBe(tampered.body);
    }
  });

  it('refuses a missing signature, a wrong secret and another app id', () => {
    const push = signed(body);
    const noSign = { ...push, headers: { 'app-id': appKey } };
    expect(() => parseDouyinPush(noSign, { appKey, appSecret })).toThrow(
      expect.objectContaining({ code: 'invalid_signature' }),
    );
    expect(() => parseDouyinPush(push, { appKey, appSecret: 'other' })).toThrow(
      expect.objectContaining({ code: 'invalid_signature' }),
    );
    expect(() => parseDouyinPush(signed(body, { 'app-id': '123' }), { appKey, appSecret })).toThrow(
      expect.objectContaining({ code: 'invalid_signature' }),
    );
  });

  it('verifies HMAC-SHA256 pushes when configured (UNVERIFIED variant)', () => {
    const push: PushRequest = {
      method: 'POST',
      body,
      headers: { 'event-sign': signDouyinPush(body, appKey, appSecret, 'hmac-sha256') },
    };
    expect(parseDouyinPush(push, { appKey, appSecret, signMethod: 'hmac-sha256' }).messages).toHaveLength(3);
    expect(() => parseDouyinPush(push, { appKey, appSecret })).toThrow(
      expect.objectContaining({ code: 'invalid_signature' }),
    );
  });

  it('names the bad field of a verified but malformed body', () => {
    const bad = '[{"tag":"101","msg_id":"x","data":"{not json"}]';
    expect(() => parseDouyinPush(signed(bad), { appKey, appSecret })).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: [0, 'data'] }),
    );
    expect(() => parseDouyinPush(signed('{"tag":"1"}'), { appKey, appSecret })).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: [] }),
    );
    expect(() => parseDouyinPush(signed('[{"msg_id":"x"}]'), { appKey, appSecret })).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: [0, 'tag'] }),
    );
  });
});
