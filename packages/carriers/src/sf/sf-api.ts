import { OmsError } from '@omskit/core';
import type { GatewayClient, GatewayResponse } from '@omskit/core/gateway';
import { isJsonObject, type JsonObject, parseJsonText, textOf } from '../shared/carrier-read';
import { sfError } from './sf-error';
import { sfMsgDigest } from './sf-msg-digest';

/** What {@link callSf} needs besides the call itself. */
export interface SfCallContext {
  readonly gateway: GatewayClient;
  readonly partnerId: string;
  readonly checkWord: string;
  readonly now: () => number;
  readonly requestId: () => string;
}

/**
 * Classifies SF gateway envelopes for the gateway client: any `apiResultCode` other than `A1000`
 * becomes an `OmsError` (so `A1005` 流量受控 is retried as `rate_limited`).
 */
export function classifySfResponse(response: GatewayResponse): OmsError | undefined {
  if (response.status >= 400 || !isJsonObject(response.json)) return undefined;
  const code = textOf(response.json['apiResultCode']);
  if (code === undefined || code === 'A1000') return undefined;
  return sfError(code, textOf(response.json['apiErrorMsg']), 'gateway');
}

/**
 * Calls one SF service and returns the business `msgData`. SF wraps the business result as a JSON
 * *string* in `apiResultData`, so the body is parsed twice; a business failure (`success: false`)
 * becomes the `OmsError` of its `errorCode`.
 */
export async function callSf(
  context: SfCallContext,
  serviceCode: string,
  msgData: JsonObject,
  signal: AbortSignal | undefined,
): Promise<JsonObject> {
  const msgDataText = JSON.stringify(msgData);
  const timestamp = String(context.now());
  const body = new URLSearchParams({
    partnerID: context.partnerId,
    requestID: context.requestId(),
    serviceCode,
    timestamp,
    msgDigest: sfMsgDigest(msgDataText, timestamp, context.checkWord),
    msgData: msgDataText,
  });
  const response = await context.gateway.request({
    method: 'POST',
    body,
    operation: serviceCode,
    ...(signal === undefined ? {} : { signal }),
  });
  const envelope = response.json;
  if (!isJsonObject(envelope)) {
    throw new OmsError('network', `sf ${serviceCode}: the response is not a JSON envelope`, {
      platform: 'sf',
      rawPayload: response.text,
    });
  }
  const resultText = envelope['apiResultData'];
  const result =
    typeof resultText === 'string' ? parseJsonText('sf', resultText, ['apiResultData']) : resultText;
  if (!isJsonObject(result)) {
    throw new OmsError('network', `sf ${serviceCode}: apiResultData is not an object`, {
      platform: 'sf',
      rawPayload: response.text,
    });
  }
  if (result['success'] !== true && result['success'] !== 'true') {
    throw sfError(textOf(result['errorCode']) ?? 'unknown', textOf(result['errorMsg']), serviceCode);
  }
  const inner = result['msgData'];
  return isJsonObject(inner) ? inner : {};
}
