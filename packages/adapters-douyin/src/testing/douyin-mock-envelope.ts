import { mockJson } from './douyin-mock-orders';

/** An error the mock answers with, in Douyin's own envelope. */
export interface MockDouyinError {
  readonly code: number;
  readonly msg: string;
  readonly subCode: string;
  readonly subMsg: string;
}

/** Douyin's errors as the mock raises them. */
export const mockErrors = {
  throttled: {
    code: 60000,
    msg: '访问频率超限',
    subCode: 'isv.access-frequency-limit',
    subMsg: '请求频率超过限制',
  },
  serviceError: {
    code: 20000,
    msg: '服务不可用',
    subCode: 'isp.service-error',
    subMsg: '服务暂不可用，请稍后重试',
  },
  timeout: { code: 20001, msg: '服务超时', subCode: 'isp.service-timeout', subMsg: '服务处理超时' },
  tokenExpired: {
    code: 40003,
    msg: '非法参数',
    subCode: 'isv.access-token-expired',
    subMsg: 'access_token已过期',
  },
  tokenMissing: {
    code: 40003,
    msg: '非法参数',
    subCode: 'isv.access-token-no-existed',
    subMsg: 'access_token不存在',
  },
  badSignature: { code: 40003, msg: '非法参数', subCode: 'isv.signature-invalid', subMsg: '签名无效' },
  badTimestamp: {
    code: 40003,
    msg: '非法参数',
    subCode: 'isv.timestamp-invalid',
    subMsg: 'timestamp超出有效范围',
  },
  missingParameter: {
    code: 40001,
    msg: '缺少必选参数',
    subCode: 'isv.missing-parameter',
    subMsg: '缺少系统参数',
  },
  badParameter: {
    code: 40004,
    msg: '业务参数不合法',
    subCode: 'isv.parameter-invalid',
    subMsg: '参数不合法',
  },
  appForbidden: { code: 30001, msg: '权限不足', subCode: 'dop.app-forbidden', subMsg: 'app_key无效' },
  notFound: {
    code: 50002,
    msg: '业务处理失败',
    subCode: 'isv.business-failed:order-not-exist',
    subMsg: '订单不存在',
  },
  refreshFailed: {
    code: 50001,
    msg: '生成token失败',
    subCode: 'dop.token-generate-failed:refresh-token-expired',
    subMsg: 'refresh_token已过期',
  },
  codeInvalid: {
    code: 50001,
    msg: '生成token失败',
    subCode: 'dop.token-generate-failed:code-invalid',
    subMsg: 'code无效或已使用',
  },
  unknownMethod: { code: 70000, msg: '接口已下线', subCode: 'dop.api-offline', subMsg: '接口不存在或已下线' },
} as const satisfies Record<string, MockDouyinError>;

let logCounter = 0;

function logId(): string {
  logCounter += 1;
  return `2026111100000000000000${String(logCounter).padStart(6, '0')}`;
}

/** A success response carrying `data`. */
export function mockSuccess(data: unknown): Response {
  const body = mockJson({ code: 10000, msg: 'success', sub_code: '', sub_msg: '', log_id: logId(), data });
  return new Response(body, { status: 200, headers: { 'content-type': 'application/json;charset=utf-8' } });
}

/** An error response (HTTP 200, as the gateway answers business and system errors). */
export function mockFailure(error: MockDouyinError): Response {
  const body = mockJson({
    code: error.code,
    msg: error.msg,
    sub_code: error.subCode,
    sub_msg: error.subMsg,
    log_id: logId(),
    data: null,
  });
  return new Response(body, { status: 200, headers: { 'content-type': 'application/json;charset=utf-8' } });
}
