import type { MockFaultKind } from '@omskit/core/testing';
import { renderTaobaoJson, type TaobaoMockJson } from './taobao-mock-json';

/** A TOP error: the fields of `error_response`. */
export interface TaobaoMockError {
  readonly code: number;
  readonly msg: string;
  readonly sub_code?: string;
  readonly sub_msg?: string;
}

/** Thrown inside a method handler to answer with TOP's error envelope. */
export class TaobaoMockFailure extends Error {
  constructor(readonly error: TaobaoMockError) {
    super(error.msg);
  }
}

/** Fails a method handler with TOP's error envelope. */
export function topError(code: number, msg: string, subCode?: string, subMsg?: string): TaobaoMockFailure {
  return new TaobaoMockFailure({
    code,
    msg,
    ...(subCode === undefined ? {} : { sub_code: subCode }),
    ...(subMsg === undefined ? {} : { sub_msg: subMsg }),
  });
}

const json = (body: string, status = 200) =>
  new Response(body, { status, headers: { 'content-type': 'application/json;charset=UTF-8' } });

/** A success response rendered like TOP (big ids as bare numbers). */
export function topResponse(body: TaobaoMockJson): Response {
  return json(renderTaobaoJson(body));
}

/** TOP's error envelope. */
export function topErrorResponse(error: TaobaoMockError, requestId: string): Response {
  return json(renderTaobaoJson({ error_response: { ...error, request_id: requestId } }));
}

/** The error an injected fault answers with. */
export function faultError(kind: MockFaultKind, throttleSeconds: number): TaobaoMockError {
  switch (kind) {
    case 'throttle':
      return {
        code: 7,
        msg: 'App Call Limited',
        sub_code: 'accesscontrol.limited-by-api-access-count',
        sub_msg: `This ban will last for ${throttleSeconds} more seconds`,
      };
    case 'server_error':
      return {
        code: 15,
        msg: 'Remote service error',
        sub_code: 'isp.top-remote-unknown-error',
        sub_msg: 'unknown error',
      };
    case 'timeout':
      return {
        code: 15,
        msg: 'Remote service error',
        sub_code: 'isp.top-remote-connection-timeout',
        sub_msg: 'connection timeout',
      };
    case 'token_expired':
      return { code: 27, msg: 'Invalid session', sub_code: 'invalid-sessionkey', sub_msg: 'session expired' };
  }
}
