import type { Clock } from '@omskit/core';
import { OmsError } from '@omskit/core';
import type { GatewayClient } from '@omskit/core/gateway';
import type { JsonObject } from './pdd-read';
import { isJsonObject } from './pdd-read';
import type { PddParams } from './pdd-sign';
import { pddWireParams, signPddRequest } from './pdd-sign';

/** What a PDD call needs besides its parameters. */
export interface PddCallContext {
  readonly client: GatewayClient;
  readonly clock: Clock;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly accessToken: (shopId: string) => string | Promise<string>;
  readonly refreshAccessToken: ((shopId: string) => string | Promise<string>) | undefined;
}

/** One call: the API name, its business parameters, the shop (for the token) and the response key. */
export interface PddCall {
  readonly type: string;
  readonly params: PddParams;
  /** The authorising shop; omitted for APIs that take no `access_token`. */
  readonly shopId?: string;
  /** The key of the response object (`order_sn_increment_get_response`). */
  readonly responseKey: string;
  readonly signal?: AbortSignal;
}

/** The signed JSON body of a call: every parameter as text, plus `sign`. */
export function buildPddRequestBody(params: PddParams, clientSecret: string): string {
  const wire = pddWireParams(params);
  return JSON.stringify(Object.fromEntries([...wire, ['sign', signPddRequest(params, clientSecret)]]));
}

async function send(context: PddCallContext, call: PddCall, token: string | undefined): Promise<JsonObject> {
  const params: PddParams = {
    ...call.params,
    type: call.type,
    client_id: context.clientId,
    timestamp: Math.floor(context.clock.now() / 1000),
    data_type: 'JSON',
    version: 'V1',
    access_token: token,
  };
  const response = await context.client.request({
    method: 'POST',
    body: buildPddRequestBody(params, context.clientSecret),
    headers: { 'content-type': 'application/json' },
    operation: call.type,
    ...(call.signal === undefined ? {} : { signal: call.signal }),
  });
  const root = isJsonObject(response.json) ? response.json[call.responseKey] : undefined;
  if (!isJsonObject(root)) {
    throw new OmsError('network', `pdd ${call.type}: response has no ${call.responseKey}`, {
      platform: 'pdd',
      retryable: false,
      rawPayload: response.text,
    });
  }
  return root;
}

/**
 * Makes one signed call through the gateway client (which retries throttling and faults). On the
 * platform's token-expired error it asks the host for a fresh token once and retries once.
 */
export async function callPdd(context: PddCallContext, call: PddCall): Promise<JsonObject> {
  const token = call.shopId === undefined ? undefined : await context.accessToken(call.shopId);
  try {
    return await send(context, call, token);
  } catch (error) {
    if (
      !OmsError.isCode(error, 'auth_expired') ||
      call.shopId === undefined ||
      context.refreshAccessToken === undefined
    ) {
      throw error;
    }
    const fresh = await context.refreshAccessToken(call.shopId);
    return send(context, call, fresh);
  }
}
