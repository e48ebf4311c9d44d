import { formatShanghaiWallTime, OmsError } from '@omskit/core';
import type { GatewayClient } from '@omskit/core/gateway';
import { isJsonObject, textOf } from '../shared/carrier-read';
import { ytoSign } from './yto-sign';

/** What {@link callYto} needs. */
export interface YtoCallContext {
  readonly gateway: GatewayClient;
  readonly secret: string;
  readonly pathSuffix: string;
  readonly now: () => number;
}

/**
 * Calls one YTO open-gateway API: JSON `{timestamp, param, sign, format}` with
 * `sign = ytoSign(param, apiName, "v1", secret)`. A body with `success: false` (or a `code`
 * other than 0/200/1001) becomes `platform_rejected`; YTO's error codes are UNVERIFIED.
 */
export async function callYto(
  context: YtoCallContext,
  apiName: string,
  param: unknown,
  signal: AbortSignal | undefined,
): Promise<unknown> {
  const paramText = JSON.stringify(param);
  const response = await context.gateway.request({
    method: 'POST',
    path: `${apiName}/v1/${context.pathSuffix}`,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify({
      timestamp: formatShanghaiWallTime(context.now()),
      param: paramText,
      sign: ytoSign(paramText, apiName, 'v1', context.secret),
      format: 'JSON',
    }),
    operation: apiName,
    ...(signal === undefined ? {} : { signal }),
  });
  const json = response.json;
  if (isJsonObject(json)) {
    const success = json['success'];
    const code = textOf(json['code']);
    if (
      success === false ||
      success === 'false' ||
      (code !== undefined && !['0', '200', '1001'].includes(code))
    ) {
      const message = textOf(json['message']) ?? textOf(json['msg']);
      throw new OmsError('platform_rejected', `yto ${apiName}: YTO refused the call (${code ?? 'no code'})`, {
        platform: 'yto',
        ...(code === undefined ? {} : { platformCode: code }),
        ...(message === undefined ? {} : { platformMessage: message }),
      });
    }
  }
  return json;
}
