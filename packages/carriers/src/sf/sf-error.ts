import { OmsError, type OmsErrorCode } from '@omskit/core';
import { lookupOwn } from '@omskit/core/gateway';

/**
 * SF gateway `apiResultCode`s (PEER, transcribed from SF docs by yayiyo/sf-express-sdk) and the
 * omskit code each stands for. `A1000` is success at the gateway level.
 */
export const sfGatewayErrorCodes: Readonly<Record<string, OmsErrorCode>> = {
  A1001: 'invalid_input',
  A1002: 'platform_rejected',
  A1003: 'permission_denied',
  A1004: 'permission_denied',
  A1005: 'rate_limited',
  A1006: 'invalid_signature',
  A1007: 'conflict',
  A1008: 'invalid_signature',
  A1009: 'platform_unavailable',
  A1099: 'platform_unavailable',
};

/** SF business `errorCode`s inside `apiResultData` (PEER) and their omskit codes. */
export const sfBusinessErrorCodes: Readonly<Record<string, OmsErrorCode>> = {
  S0001: 'invalid_input',
  S0002: 'invalid_input',
  S0003: 'invalid_input',
  S0004: 'invalid_input',
  S0005: 'invalid_input',
  S0006: 'invalid_input',
  S0007: 'invalid_input',
  '8016': 'conflict',
  '8037': 'conflict',
  '8018': 'not_found',
  '8017': 'invalid_input',
  '8119': 'permission_denied',
  '6126': 'invalid_input',
  '8191': 'invalid_input',
  '8247': 'invalid_input',
  '8252': 'conflict',
  '20035': 'platform_rejected',
  '1010': 'invalid_input',
  '1012': 'invalid_input',
  '1014': 'invalid_input',
  '1015': 'invalid_input',
  '1016': 'invalid_input',
};

const explanations: Readonly<Record<string, string>> = {
  A1006: 'the msgDigest was refused (wrong check word?)',
  '8016': 'duplicate order: this orderId was already submitted',
  '8037': 'the order cannot be cancelled (already cancelled or collected)',
  '8018': 'no such order',
  '8252': 'the order is already confirmed',
};

/**
 * The `OmsError` of an SF error code, gateway (`A1xxx`) or business. Unknown codes become
 * `platform_rejected`; the SF message is kept as `platformMessage` (SF messages carry no PII).
 */
export function sfError(code: string, message: string | undefined, operation: string): OmsError {
  const omsCode =
    lookupOwn(sfGatewayErrorCodes, code) ?? lookupOwn(sfBusinessErrorCodes, code) ?? 'platform_rejected';
  const why = lookupOwn(explanations, code) ?? 'SF refused the call';
  return new OmsError(omsCode, `sf ${operation}: ${why} (${code})`, {
    platform: 'sf',
    platformCode: code,
    ...(message === undefined ? {} : { platformMessage: message }),
  });
}
