import { OmsError, type OmsErrorCode } from '@omskit/core';
import type { GatewayResponse } from '@omskit/core/gateway';
import { isJsonObject, textOf } from '../shared/carrier-read';

/**
 * Kuaidi100 `returnCode`s and their omskit codes. The codes come from Kuaidi100's FAQ as
 * integrators quote it (UNVERIFIED beyond the FAQ); `500` (查询无结果) is not an error but an
 * empty history, handled by the tracker.
 */
export const kuaidi100ReturnCodes: Readonly<Record<string, OmsErrorCode>> = {
  '400': 'invalid_input',
  '408': 'invalid_input',
  '501': 'platform_unavailable',
  '502': 'rate_limited',
  '503': 'invalid_signature',
  '601': 'permission_denied',
};

/** Classifies Kuaidi100 responses: `result: false` with a code from the table becomes its error. */
export function classifyKuaidi100Response(response: GatewayResponse): OmsError | undefined {
  const json = response.json;
  if (response.status >= 400 || !isJsonObject(json) || json['result'] !== false) return undefined;
  const code = textOf(json['returnCode']) ?? '';
  if (code === '500' || code === '200') return undefined;
  return new OmsError(
    kuaidi100ReturnCodes[code] ?? 'platform_rejected',
    `kuaidi100: refused (${code || 'no code'})`,
    {
      platform: 'kuaidi100',
      platformCode: code,
      ...(textOf(json['message']) === undefined ? {} : { platformMessage: textOf(json['message']) }),
    },
  );
}
