import { describe, expect, it } from 'vitest';
import { hangzhouReceiver, shenzhenReceiver } from './__fixtures__/sample-orders';
import { addressHash, hasReceiverToken, receiverKey } from './address-hash';
import { hashText } from './hash-text';

describe('hashText', () => {
  it('is 64-bit FNV-1a over UTF-8 (published test vectors)', () => {
    expect(hashText('')).toBe('cbf29ce484222325');
    expect(hashText('a')).toBe('af63dc4c8601ec8c');
    expect(hashText('foobar')).toBe('85944171f73967e8');
  });
});

describe('addressHash', () => {
  it('is stable across how the same place is written', () => {
    const base = addressHash(shenzhenReceiver);
    const { provinceCode: _dropped, ...withoutCode } = shenzhenReceiver;
    expect(addressHash({ ...withoutCode, province: '广东' })).toBe(base);
    expect(addressHash({ ...shenzhenReceiver, city: '深圳' })).toBe(base);
    expect(addressHash({ ...shenzhenReceiver, detailMasked: ' 科技园南路 ＊＊号 ' })).toBe(base);
    expect(addressHash({ ...shenzhenReceiver, district: '南山区\u200b' })).toBe(base);
    expect(base).toMatch(/^a1:[0-9a-f]{16}$/);
  });

  it('ignores who receives (name, phone, oaid) but not where', () => {
    const base = addressHash(shenzhenReceiver);
    expect(addressHash({ ...shenzhenReceiver, nameMasked: '王*', tokens: {} })).toBe(base);
    expect(addressHash({ ...shenzhenReceiver, district: '福田区' })).not.toBe(base);
    expect(addressHash({ ...shenzhenReceiver, detailMasked: '深南大道**号' })).not.toBe(base);
    expect(addressHash({ ...shenzhenReceiver, tokens: { encryptedDetail: '#enc#detail#1' } })).not.toBe(base);
  });

  it('carries no masked text in the clear', () => {
    expect(addressHash(hangzhouReceiver)).not.toContain('文三路');
    expect(receiverKey(hangzhouReceiver)).not.toContain('139');
  });
});

describe('receiverKey', () => {
  it('uses the oaid when the platform gives one', () => {
    expect(receiverKey(shenzhenReceiver)).toBe('oaid:1xYzOaidShenzhen01');
    expect(receiverKey({ ...shenzhenReceiver, detailMasked: '别处**号' })).toBe('oaid:1xYzOaidShenzhen01');
  });

  it('falls back to the place plus masked name and phone', () => {
    const key = receiverKey(hangzhouReceiver);
    expect(key).toMatch(/^r1:[0-9a-f]{16}$/);
    expect(receiverKey({ ...hangzhouReceiver, phoneMasked: '139 **** 1234' })).toBe(key);
    expect(receiverKey({ ...hangzhouReceiver, nameMasked: '王**' })).not.toBe(key);
  });

  it('knows whether a token backs it', () => {
    expect(hasReceiverToken(shenzhenReceiver)).toBe(true);
    expect(hasReceiverToken(hangzhouReceiver)).toBe(false);
  });
});
