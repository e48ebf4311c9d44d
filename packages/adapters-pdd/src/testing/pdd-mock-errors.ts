/** A PDD error envelope as the gateway answers it. */
export function pddErrorEnvelope(
  errorCode: number,
  message: string,
  subCode?: string,
): { error_response: object } {
  return {
    error_response: {
      error_code: errorCode,
      error_msg: message,
      ...(subCode === undefined ? {} : { sub_code: subCode, sub_msg: message }),
      request_id: `mock-${errorCode}`,
    },
  };
}

/**
 * Error codes the mock answers with. 10019, 20004, 52101 and 50001 are PDD's (peer notes of the
 * official table); the parameter and client-id codes are the mock's own choice (PDD's are not
 * documented in the reference) and classify as `platform_rejected`.
 */
export const mockErrorCodes = {
  tokenExpired: 10019,
  badSign: 20004,
  throttled: 52101,
  internal: 50001,
  badParameter: 10000,
  badClient: 10016,
  badTimestamp: 10002,
} as const;
