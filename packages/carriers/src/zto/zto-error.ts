import { OmsError, type OmsErrorCode } from '@omskit/core';
import { lookupOwn } from '@omskit/core/gateway';

/** ZTO gateway and data-permission status codes (DOC) and their omskit codes. */
export const ztoErrorCodes: Readonly<Record<string, OmsErrorCode>> = {
  S200: 'timeout',
  S202: 'platform_unavailable',
  S203: 'platform_unavailable',
  S206: 'rate_limited',
  S207: 'invalid_input',
  S208: 'invalid_input',
  S210: 'permission_denied',
  S211: 'invalid_signature',
  S212: 'permission_denied',
  S214: 'invalid_input',
  S221: 'rate_limited',
  E404: 'permission_denied',
  E409: 'permission_denied',
  E413: 'permission_denied',
  E416: 'permission_denied',
  E418: 'permission_denied',
};

/** The `OmsError` of a ZTO failure (`status: false`); unknown codes become `platform_rejected`. */
export function ztoError(
  statusCode: string | undefined,
  message: string | undefined,
  operation: string,
): OmsError {
  const code = statusCode === undefined ? undefined : lookupOwn(ztoErrorCodes, statusCode);
  return new OmsError(
    code ?? 'platform_rejected',
    `zto ${operation}: ZTO refused the call (${statusCode ?? 'no code'})`,
    {
      platform: 'zto',
      ...(statusCode === undefined ? {} : { platformCode: statusCode }),
      ...(message === undefined ? {} : { platformMessage: message }),
    },
  );
}
