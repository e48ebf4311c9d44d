import { OmsError } from '@omskit/core';
import type { GatewayClient } from '@omskit/core/gateway';
import { isJsonObject, textOf } from '../shared/carrier-read';
import { jtHeaderDigest } from './jt-digest';

/** What {@link callJt} needs. */
export interface JtCallContext {
  readonly gateway: GatewayClient;
  readonly apiAccount: string;
  readonly privateKey: string;
  readonly now: () => number;
}

/**
 * Calls one J&T API (`order/addOrder`, ...): form `bizContent`, headers `apiAccount`, `digest`
 * ({@link jtHeaderDigest}) and `timestamp`. Returns `data` when `code` is `"1"`; otherwise the
 * failure becomes `platform_rejected` with J&T's code (J&T's error codes are UNVERIFIED).
 */
export async function callJt(
  context: JtCallContext,
  path: string,
  bizContent: Record<string, unknown>,
  signal: AbortSignal | undefined,
): Promise<unknown> {
  const text = JSON.stringify(bizContent);
  const response = await context.gateway.request({
    method: 'POST',
    path,
    headers: {
      apiAccount: context.apiAccount,
      digest: jtHeaderDigest(text, context.privateKey),
      timestamp: String(context.now()),
    },
    body: new URLSearchParams({ bizContent: text }),
    operation: path,
    ...(signal === undefined ? {} : { signal }),
  });
  const json = response.json;
  if (!isJsonObject(json)) {
    throw new OmsError('network', `jt ${path}: the response is not a JSON object`, {
      platform: 'jt',
      rawPayload: response.text,
    });
  }
  const code = textOf(json['code']);
  if (code !== '1') {
    const message = textOf(json['msg']);
    throw new OmsError('platform_rejected', `jt ${path}: J&T refused the call (${code ?? 'no code'})`, {
      platform: 'jt',
      ...(code === undefined ? {} : { platformCode: code }),
      ...(message === undefined ? {} : { platformMessage: message }),
    });
  }
  return json['data'];
}
