import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { type DouyinParamValue, serializeDouyinParamJson } from './douyin-param-json';
import { type DouyinSignMethod, douyinStringToSign, signDouyinRequest } from './douyin-sign';

interface Vector {
  readonly name: string;
  readonly params: { readonly [key: string]: DouyinParamValue };
  /** The same parameters as JSON text, for the independent Python implementation. */
  readonly paramsText: string;
  readonly method: string;
  readonly timestamp: string;
  readonly signMethod: DouyinSignMethod;
  readonly expectedParamJson: string;
  readonly expectedSign: string;
}

const appKey = '7000000000000000001';
const appSecret = 'omskit-test-secret-2f1c';

// Our own vectors (Douyin publishes none). The expected strings were computed once with the Python
// implementation below and are also re-checked against it live when python3 is present.
const vectors: readonly Vector[] = [
  {
    name: 'order.searchList, hmac-sha256, unix seconds',
    params: {
      update_time_start: 1762833600,
      update_time_end: 1762835399,
      order_by: 'update_time',
      order_asc: true,
      page: 0,
      size: 100,
    },
    paramsText:
      '{"update_time_start":1762833600,"update_time_end":1762835399,"order_by":"update_time","order_asc":true,"page":0,"size":100}',
    method: 'order.searchList',
    timestamp: '1762837200',
    signMethod: 'hmac-sha256',
    expectedParamJson:
      '{"order_asc":true,"order_by":"update_time","page":0,"size":100,"update_time_end":1762835399,"update_time_start":1762833600}',
    expectedSign: '3adc861a2cd501b7d66dcecdb3426efee727f4887a20ea138e39928e22add0c5',
  },
  {
    name: 'same call signed with md5',
    params: {
      update_time_start: 1762833600,
      update_time_end: 1762835399,
      order_by: 'update_time',
      order_asc: true,
      page: 0,
      size: 100,
    },
    paramsText:
      '{"update_time_start":1762833600,"update_time_end":1762835399,"order_by":"update_time","order_asc":true,"page":0,"size":100}',
    method: 'order.searchList',
    timestamp: '1762837200',
    signMethod: 'md5',
    expectedParamJson:
      '{"order_asc":true,"order_by":"update_time","page":0,"size":100,"update_time_end":1762835399,"update_time_start":1762833600}',
    expectedSign: 'cc41380b7d9f9386627d8c700b52b578',
  },
  {
    name: 'nested keys sorted recursively, Chinese and HTML characters written as they are',
    params: {
      order_id: '6920000000000012345',
      pack_list: [
        {
          logistics_code: 'SF1234567890123',
          company_code: 'shunfeng',
          shipped_order_info: [{ shipped_num: 2, shipped_order_id: '7920000000000012341' }],
        },
      ],
      remark: '<顺丰>&"加急"',
    },
    paramsText:
      '{"order_id":"6920000000000012345","pack_list":[{"logistics_code":"SF1234567890123","company_code":"shunfeng","shipped_order_info":[{"shipped_num":2,"shipped_order_id":"7920000000000012341"}]}],"remark":"<顺丰>&\\"加急\\""}',
    method: 'order.logisticsAddMultiPack',
    timestamp: '1762837200',
    signMethod: 'hmac-sha256',
    expectedParamJson:
      '{"order_id":"6920000000000012345","pack_list":[{"company_code":"shunfeng","logistics_code":"SF1234567890123","shipped_order_info":[{"shipped_num":2,"shipped_order_id":"7920000000000012341"}]}],"remark":"<顺丰>&\\"加急\\""}',
    expectedSign: 'a99700e75b8ba5b490ee44f076885d4cb63d01bd4dddf5721eb00e5e92424354',
  },
  {
    name: 'empty parameters and a wall-clock timestamp',
    params: {},
    paramsText: '{}',
    method: 'order.logisticsCompanyList',
    timestamp: '2026-11-11 12:00:00',
    signMethod: 'hmac-sha256',
    expectedParamJson: '{}',
    expectedSign: '373d99528333c9fed255c8ce366eeb64ae565619e1ab851d07a68582da4f6dd1',
  },
  {
    name: 'int64 beyond 2^53 as bigint, a float, null, U+2028 escaped as Go does',
    params: { product_id: 3473196049974326300n, ratio: 1.5, note: 'a\u2028b', extra: null },
    paramsText: '{"product_id":3473196049974326300,"ratio":1.5,"note":"a\\u2028b","extra":null}',
    method: 'product.detail',
    timestamp: '1762837200',
    signMethod: 'hmac-sha256',
    expectedParamJson: '{"extra":null,"note":"a\\u2028b","product_id":3473196049974326300,"ratio":1.5}',
    expectedSign: 'de28b88c3f35b9500d712080bb4ce4d23198a5cbe4e6c9d4daa2f009e12244f2',
  },
];

// An independent implementation: Python's json, hmac and hashlib, written from the documented rule.
const python = `
import sys, json, hmac, hashlib
out = []
for v in json.load(sys.stdin):
    obj = json.loads(v["paramsText"])
    pj = json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    pj = pj.replace("\\u2028", "\\\\u2028").replace("\\u2029", "\\\\u2029")
    s = v["secret"] + "app_key" + v["appKey"] + "method" + v["method"] + "param_json" + pj + "timestamp" + v["timestamp"] + "v2" + v["secret"]
    if v["signMethod"] == "md5":
        sign = hashlib.md5(s.encode("utf-8")).hexdigest()
    else:
        sign = hmac.new(v["secret"].encode("utf-8"), s.encode("utf-8"), hashlib.sha256).hexdigest()
    out.append({"paramJson": pj, "sign": sign})
print(json.dumps(out))
`;

function runPython(): { paramJson: string; sign: string }[] | undefined {
  const input = JSON.stringify(
    vectors.map((vector) => ({ ...vector, params: undefined, appKey, secret: appSecret })),
  );
  const result = spawnSync('python3', ['-c', python], { input, encoding: 'utf8' });
  // Only a missing interpreter skips; a Python failure must fail the test.
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') return undefined;
  if (result.status !== 0) throw new Error(`python3 failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as { paramJson: string; sign: string }[];
}

const pythonResults = runPython();

describe('serializeDouyinParamJson', () => {
  it.each(vectors)('$name', (vector) => {
    expect(serializeDouyinParamJson(vector.params)).toBe(vector.expectedParamJson);
  });

  it('writes 1.0 as 1 and leaves out undefined members, as the Go SDK round trip does', () => {
    expect(serializeDouyinParamJson({ b: 1.0, a: undefined, c: [undefined] })).toBe('{"b":1,"c":[null]}');
  });

  it('can leave U+2028 unescaped when configured', () => {
    expect(serializeDouyinParamJson({ note: 'a\u2028b' }, { escapeLineSeparators: false })).toBe(
      '{"note":"a\u2028b"}',
    );
  });

  it('sorts keys by code point like Go, not by UTF-16 unit', () => {
    expect(serializeDouyinParamJson({ '\u{1F600}': 1, '\uFF01': 2 })).toBe('{"\uFF01":2,"\u{1F600}":1}');
  });

  it('refuses NaN and Infinity naming the field', () => {
    expect(() => serializeDouyinParamJson({ a: { b: Number.NaN } })).toThrow(/a\.b/);
  });
});

describe('signDouyinRequest', () => {
  it('builds the documented string to sign, without the access token', () => {
    expect(
      douyinStringToSign({ appKey: 'k', method: 'm.n', paramJson: '{}', timestamp: '1', v: '2' }, 's'),
    ).toBe('sapp_keykmethodm.nparam_json{}timestamp1v2s');
  });

  it.each(vectors)('$name: exact signature', (vector) => {
    const sign = signDouyinRequest(
      {
        appKey,
        method: vector.method,
        paramJson: serializeDouyinParamJson(vector.params),
        timestamp: vector.timestamp,
      },
      appSecret,
      vector.signMethod,
    );
    expect(sign).toMatch(/^[0-9a-f]+$/);
    expect(sign).toBe(vector.expectedSign);
  });

  it.skipIf(pythonResults === undefined)(
    'agrees with an independent Python implementation (skipped only when python3 is missing)',
    () => {
      for (const [index, vector] of vectors.entries()) {
        const paramJson = serializeDouyinParamJson(vector.params);
        const ours = signDouyinRequest(
          { appKey, method: vector.method, paramJson, timestamp: vector.timestamp },
          appSecret,
          vector.signMethod,
        );
        expect(pythonResults?.[index]).toEqual({ paramJson, sign: ours });
      }
    },
  );
});
