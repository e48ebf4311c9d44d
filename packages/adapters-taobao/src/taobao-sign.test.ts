import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signTaobaoRequest, taobaoSignBase } from './taobao-sign';

// The official worked example of TOP's signing doc (API调用方法详解).
const official = {
  method: 'taobao.item.seller.get',
  app_key: '12345678',
  session: 'test',
  timestamp: '2016-01-01 12:00:00',
  format: 'json',
  v: '2.0',
  sign_method: 'md5',
  fields: 'num_iid,title,nick,price,num',
  num_iid: '11223344',
};

describe('signTaobaoRequest', () => {
  it('reproduces the official md5 example exactly', () => {
    expect(signTaobaoRequest(official, 'helloworld', 'md5')).toBe('66987CB115214E59E6EC978214934FB8');
  });

  it('builds the sign base in ASCII key order with no separators', () => {
    expect(taobaoSignBase(official)).toBe(
      'app_key12345678fieldsnum_iid,title,nick,price,numformatjsonmethodtaobao.item.seller.getnum_iid11223344' +
        'sessiontestsign_methodmd5timestamp2016-01-01 12:00:00v2.0',
    );
  });

  it('skips empty values and the sign parameter itself', () => {
    const withNoise = {
      ...official,
      sign: 'WHATEVER',
      partner_id: '',
      target_app_key: undefined,
      simplify: null,
    };
    expect(signTaobaoRequest(withNoise, 'helloworld', 'md5')).toBe('66987CB115214E59E6EC978214934FB8');
  });

  it('writes numbers and booleans as text', () => {
    expect(signTaobaoRequest({ ...official, num_iid: 11223344 }, 'helloworld', 'md5')).toBe(
      '66987CB115214E59E6EC978214934FB8',
    );
  });

  it('hmac is HMAC-MD5 keyed by the secret, without wrapping (RFC 2202 case 1)', () => {
    expect(signTaobaoRequest({ Hi: ' There' }, '\x0b'.repeat(16), 'hmac')).toBe(
      '9294727A3638BB1C13F48EF8158BFC9D',
    );
  });

  it('hmac-sha256 is HMAC-SHA256 keyed by the secret (RFC 4231 case 1)', () => {
    expect(signTaobaoRequest({ Hi: ' There' }, '\x0b'.repeat(20), 'hmac-sha256')).toBe(
      'B0344C61D8DB38535CA8AFCEAF0BF12B881DC200C9833DA726E9376C2E32CFF7',
    );
  });

  it('signs the official parameters with hmac and hmac-sha256 as an independent HMAC does', () => {
    const base = taobaoSignBase(official);
    const expectedMd5 = createHmac('md5', 'helloworld').update(base).digest('hex').toUpperCase();
    const expectedSha = createHmac('sha256', 'helloworld').update(base).digest('hex').toUpperCase();
    expect(signTaobaoRequest(official, 'helloworld', 'hmac')).toBe(expectedMd5);
    expect(signTaobaoRequest(official, 'helloworld', 'hmac-sha256')).toBe(expectedSha);
    expect(expectedSha).toHaveLength(64);
  });

  it('appends a request body to the base before the trailing secret', () => {
    expect(taobaoSignBase({ b: '2', a: '1' }, 'BODY')).toBe('a1b2BODY');
  });

  it('sorts by code unit, so upper-case keys come before lower-case ones', () => {
    expect(taobaoSignBase({ b: '1', B: '2', a_b: '3', ab: '4' })).toBe('B2a_b3ab4b1');
  });
});
