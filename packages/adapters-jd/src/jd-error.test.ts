import { OmsError, type OmsErrorCode } from '@omskit/core';
import { describe, expect, it } from 'vitest';
import { classifyJdError } from './jd-error';

const gatewayError = (code: string) => ({ error_response: { code, zh_desc: '描述', en_desc: 'desc' } });

const table: {
  name: string;
  body: unknown;
  status?: number;
  code: OmsErrorCode | undefined;
  retryable?: boolean;
  platformCode?: string;
}[] = [
  {
    name: 'token expired (19)',
    body: gatewayError('19'),
    code: 'auth_expired',
    retryable: false,
    platformCode: '19',
  },
  {
    name: 'app call limited (2)',
    body: gatewayError('2'),
    code: 'rate_limited',
    retryable: true,
    platformCode: '2',
  },
  { name: 'invalid signature (12)', body: gatewayError('12'), code: 'invalid_signature', retryable: false },
  { name: 'invalid timestamp (8)', body: gatewayError('8'), code: 'platform_rejected', retryable: false },
  { name: 'invalid method (15)', body: gatewayError('15'), code: 'platform_rejected' },
  { name: 'unknown gateway code', body: gatewayError('999'), code: 'platform_rejected', platformCode: '999' },
  { name: 'numeric code', body: { error_response: { code: 19 } }, code: 'auth_expired', platformCode: '19' },
  {
    name: 'responce root with a non-zero code',
    body: { jingdong_pop_order_search_responce: { code: '19', zh_desc: 'x' } },
    code: 'auth_expired',
  },
  {
    name: 'apiResult.success false',
    body: {
      jingdong_pop_order_search_responce: {
        code: '0',
        searchorderinfo_result: {
          apiResult: { success: false, code: '10100039', chineseErrCode: '参数错误' },
        },
      },
    },
    code: 'platform_rejected',
    platformCode: '10100039',
  },
  {
    name: 'shipment result success false',
    body: {
      jingdong_pop_order_shipment_responce: {
        code: '0',
        sopjosshipment_result: { success: false, code: '1' },
      },
    },
    code: 'platform_rejected',
  },
  {
    name: 'a good search',
    body: {
      jingdong_pop_order_search_responce: {
        code: '0',
        searchorderinfo_result: { apiResult: { success: true }, orderInfoList: [], orderTotal: 0 },
      },
    },
    code: undefined,
  },
  { name: 'empty object', body: {}, code: undefined },
  { name: 'not an object', body: 'oops', code: undefined },
  {
    name: 'HTTP 500 with no JSON',
    body: undefined,
    status: 500,
    code: 'platform_unavailable',
    retryable: true,
  },
  { name: 'HTTP 429', body: undefined, status: 429, code: 'rate_limited', retryable: true },
  { name: 'HTTP 404', body: undefined, status: 404, code: 'platform_rejected' },
  { name: 'HTTP 200 without a body', body: undefined, status: 200, code: undefined },
];

describe('classifyJdError', () => {
  it.each(table)('$name', ({ body, status, code, retryable, platformCode }) => {
    const error = classifyJdError(body, status);
    if (code === undefined) {
      expect(error).toBeUndefined();
      return;
    }
    expect(OmsError.isCode(error, code)).toBe(true);
    expect(error?.platform).toBe('jd');
    if (retryable !== undefined) expect(error?.retryable).toBe(retryable);
    if (platformCode !== undefined) expect(error?.platformCode).toBe(platformCode);
  });

  it('takes extra codes from the host', () => {
    const error = classifyJdError(gatewayError('67'), 200, {
      '67': { code: 'permission_denied', source: 'host' },
    });
    expect(OmsError.isCode(error, 'permission_denied')).toBe(true);
  });
});
