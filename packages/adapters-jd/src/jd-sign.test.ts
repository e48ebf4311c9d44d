import { describe, expect, it } from 'vitest';
import example from './__fixtures__/jd-sign-worked-example.json' with { type: 'json' };
import { serializeJdParamJson } from './jd-param-json';
import { jdStringToSign, signJdRequest } from './jd-sign';
import { formatJdTimestamp } from './jd-timestamp';

describe('signJdRequest', () => {
  it("reproduces JD's worked example exactly", () => {
    expect(jdStringToSign(example.params, example.secret)).toBe(example.stringToSign);
    expect(signJdRequest(example.params, example.secret)).toBe(example.sign);
  });

  it('builds the worked example from business params in any key order', () => {
    const paramJson = serializeJdParamJson(example.businessParams);
    expect(paramJson).toBe(example.params['360buy_param_json']);
    expect(signJdRequest({ ...example.params, '360buy_param_json': paramJson }, example.secret)).toBe(
      example.sign,
    );
  });

  it('leaves out `sign` and undefined values, and depends on every other parameter', () => {
    const withSign = { ...example.params, sign: 'WHATEVER', format: undefined };
    expect(signJdRequest(withSign, example.secret)).toBe(example.sign);
    expect(signJdRequest({ ...example.params, v: '2.1' }, example.secret)).not.toBe(example.sign);
    expect(signJdRequest(example.params, 'otherSecret')).not.toBe(example.sign);
  });

  it('signs UTF-8 and upper-case hex', () => {
    const sign = signJdRequest({ '360buy_param_json': '{"remark":"顺丰"}', method: 'm' }, 's');
    expect(sign).toMatch(/^[0-9A-F]{32}$/);
  });
});

describe('serializeJdParamJson', () => {
  it('sorts keys at every level, keeps null, drops undefined, leaves Chinese unescaped', () => {
    expect(
      serializeJdParamJson({ b: { z: 1, a: [{ y: true, x: null }] }, a: '京东', c: undefined, '1': 'one' }),
    ).toBe('{"1":"one","a":"京东","b":{"a":[{"x":null,"y":true}],"z":1}}');
  });
});

describe('formatJdTimestamp', () => {
  it('writes Shanghai wall time, optionally with milliseconds and zone', () => {
    const ms = Date.parse('2021-05-07T01:20:39.683Z');
    expect(formatJdTimestamp(ms)).toBe('2021-05-07 09:20:39');
    expect(formatJdTimestamp(ms, 'millis-zone')).toBe('2021-05-07 09:20:39.683+0800');
  });
});
