import { OmsError, type PushRequest } from '@omskit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseKuaidi100Push } from './kuaidi100/kuaidi100-push';
import { kuaidi100PushSign } from './kuaidi100/kuaidi100-sign';
import { parseSfRoutePush } from './sf/sf-push';
import { parseYtoPush } from './yto/yto-push';
import { ytoPushDigest } from './yto/yto-sign';
import { ztoDataDigest } from './zto/zto-data-digest';
import { parseZtoPush } from './zto/zto-push';

function onlyTypedErrors(parse: (request: PushRequest) => unknown) {
  return (request: PushRequest) => {
    try {
      parse(request);
    } catch (error) {
      if (!OmsError.is(error)) throw error;
      expect(['invalid_signature', 'invalid_input']).toContain(error.code);
    }
  };
}

const form = (fields: Record<string, string>): PushRequest => ({
  method: 'POST',
  headers: {},
  body: new URLSearchParams(fields).toString(),
});

describe('push parsers never throw anything but a typed OmsError (fast-check)', () => {
  const anyBody = fc.record({
    method: fc.constant('POST'),
    url: fc.option(fc.webUrl({ withQueryParameters: true }), { nil: undefined }),
    headers: fc.constant({}),
    body: fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'binary' })),
  });
  const jsonText = fc.oneof(
    fc.json(),
    fc.jsonValue().map((value) => JSON.stringify(value)),
    fc.string(),
  );

  it('on arbitrary bodies', () => {
    fc.assert(
      fc.property(anyBody, (request) => {
        onlyTypedErrors((r) => parseSfRoutePush(r, { pushToken: 't' }))(request);
        onlyTypedErrors((r) => parseZtoPush(r, { appSecret: 's' }))(request);
        onlyTypedErrors((r) => parseYtoPush(r, { secret: 's' }))(request);
        onlyTypedErrors((r) => parseKuaidi100Push(r, { carrierCode: 'SF', salt: 's' }))(request);
      }),
      { numRuns: 300 },
    );
  });

  it('on correctly signed pushes with arbitrary content', () => {
    fc.assert(
      fc.property(jsonText, fc.string(), (data, xmlish) => {
        onlyTypedErrors((r) => parseSfRoutePush(r, { pushToken: 't' }))({
          method: 'POST',
          url: 'https://h.example/p?token=t',
          headers: {},
          body: data,
        });
        onlyTypedErrors((r) => parseZtoPush(r, { appSecret: 's' }))(
          form({ data, data_digest: ztoDataDigest(data, 's') }),
        );
        const xml = `<UpdateInfo><mailNo>${xmlish}</mailNo><acceptTime>${xmlish}</acceptTime></UpdateInfo>`;
        onlyTypedErrors((r) => parseYtoPush(r, { secret: 's' }))(
          form({ logistics_interface: xml, data_digest: ytoPushDigest(xml, 's') }),
        );
        onlyTypedErrors((r) => parseKuaidi100Push(r, { carrierCode: 'SF', salt: 's' }))(
          form({ param: data, sign: kuaidi100PushSign(data, 's') }),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('on signed pushes shaped like the real thing with arbitrary field values', () => {
    const value = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.jsonValue());
    fc.assert(
      fc.property(value, value, value, (billCode, actionTime, action) => {
        const data = JSON.stringify({ billCode, actionTime, action, desc: action });
        onlyTypedErrors((r) => parseZtoPush(r, { appSecret: 's' }))(
          form({ data, data_digest: ztoDataDigest(data, 's') }),
        );
        const sf = JSON.stringify({
          Body: { WaybillRoute: [{ mailno: billCode, acceptTime: actionTime, opCode: action }] },
        });
        onlyTypedErrors((r) => parseSfRoutePush(r, { pushToken: 't' }))({
          method: 'POST',
          url: '/p?token=t',
          headers: {},
          body: sf,
        });
        const param = JSON.stringify({
          status: action,
          lastResult: { nu: billCode, data: [{ ftime: actionTime, status: action }] },
        });
        onlyTypedErrors((r) => parseKuaidi100Push(r, { carrierCode: 'SF', salt: 's' }))(
          form({ param, sign: kuaidi100PushSign(param, 's') }),
        );
      }),
      { numRuns: 300 },
    );
  });
});
