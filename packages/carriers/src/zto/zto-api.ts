import { OmsError } from '@omskit/core';
import type { GatewayClient, GatewayResponse } from '@omskit/core/gateway';
import { lookupOwn } from '@omskit/core/gateway';
import { isJsonObject, type JsonObject, textOf } from '../shared/carrier-read';
import { ztoDataDigest } from './zto-data-digest';
import { ztoError, ztoErrorCodes } from './zto-error';

/** What {@link callZto} needs. */
export interface ZtoCallContext {
  readonly gateway: GatewayClient;
  readonly appKey: string;
  readonly appSecret: string;
}

/**
 * Classifies ZTO responses for the gateway client: a `status: false` with a gateway code
 * (`S2xx`, `E4xx`) becomes its `OmsError`, so throttling (`S206`, `S221`) is retried.
 */
export function classifyZtoResponse(response: GatewayResponse): OmsError | undefined {
  const json = response.json;
  if (response.status >= 400 || !isJsonObject(json) || json['status'] !== false) return undefined;
  const code = textOf(json['statusCode']);
  if (code === undefined || lookupOwn(ztoErrorCodes, code) === undefined) return undefined;
  return ztoError(code, textOf(json['message']), 'gateway');
}

/** Calls one ZTO API (`zto.open.createOrder`, ...) with a signed JSON body; returns `result`. */
export async function callZto(
  context: ZtoCallContext,
  apiName: string,
  body: JsonObject,
  signal: AbortSignal | undefined,
): Promise<unknown> {
  const text = JSON.stringify(body);
  const response = await context.gateway.request({
    method: 'POST',
    path: apiName,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'x-appKey': context.appKey,
      'x-dataDigest': ztoDataDigest(text, context.appSecret),
    },
    body: text,
    operation: apiName,
    ...(signal === undefined ? {} : { signal }),
  });
  const json = response.json;
  if (!isJsonObject(json)) {
    throw new OmsError('network', `zto ${apiName}: the response is not a JSON object`, {
      platform: 'zto',
      rawPayload: response.text,
    });
  }
  if (json['status'] !== true && json['status'] !== 'true') {
    throw ztoError(textOf(json['statusCode']), textOf(json['message']), apiName);
  }
  return json['result'];
}
