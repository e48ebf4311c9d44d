import { type Clock, type Logger, OmsError, silentLogger, systemClock } from '@omskit/core';
import { createGatewayClient, type GatewayClient } from '@omskit/core/gateway';
import { classifyJdError, type JdErrorRule, jdErrorTable } from './jd-error';
import { type JdJsonObject, serializeJdParamJson } from './jd-param-json';
import { asJdObject, type JdObject } from './jd-read';
import { type JdAdapterSettings, jdProductionBaseUrl } from './jd-settings';
import { signJdRequest } from './jd-sign';
import { formatJdTimestamp } from './jd-timestamp';

/** Calls one JOS method for a shop and returns the content of its `<method>_responce` root. */
export type JdCall = (
  shopId: string,
  method: string,
  params: JdJsonObject,
  signal?: AbortSignal,
) => Promise<JdObject>;

/** The root key of a JOS response: dots to underscores plus `_responce` (sic). */
export function jdResponseRootKey(method: string): string {
  return `${method.replaceAll('.', '_')}_responce`;
}

/**
 * Builds the signed caller the adapter uses: system parameters, `360buy_param_json`, MD5 sign,
 * POSTed as a form through the shared gateway client (retries, rate limit, typed errors). On
 * `auth_expired` it asks the host's `refreshAccessToken` hook once and retries the call once.
 */
export function createJdCall(settings: JdAdapterSettings): {
  call: JdCall;
  errorTable: Readonly<Record<string, JdErrorRule>>;
} {
  const clock: Clock = settings.clock ?? systemClock;
  const logger: Logger = settings.logger ?? silentLogger;
  const errorTable = { ...jdErrorTable, ...settings.errorCodes };
  const gateway: GatewayClient = createGatewayClient({
    platform: 'jd',
    baseUrl: settings.baseUrl ?? jdProductionBaseUrl,
    ...(settings.fetch === undefined ? {} : { fetch: settings.fetch }),
    clock,
    logger,
    ...(settings.rateLimit === undefined ? {} : { rateLimit: settings.rateLimit }),
    ...(settings.retry === undefined ? {} : { retry: settings.retry }),
    ...(settings.timeoutMs === undefined ? {} : { timeoutMs: settings.timeoutMs }),
    classifyError: (response) => classifyJdError(response.json, response.status, errorTable),
  });
  const refreshing = new Map<string, Promise<string>>();

  async function send(
    token: string,
    method: string,
    params: JdJsonObject,
    signal?: AbortSignal,
  ): Promise<JdObject> {
    const form: Record<string, string> = {
      method,
      access_token: token,
      app_key: settings.appKey,
      timestamp: formatJdTimestamp(clock.now(), settings.timestampFormat),
      v: settings.apiVersion ?? '2.0',
      '360buy_param_json': serializeJdParamJson(params),
    };
    form['sign'] = signJdRequest(form, settings.appSecret);
    const response = await gateway.request({
      method: 'POST',
      body: new URLSearchParams(form),
      operation: method,
      ...(signal === undefined ? {} : { signal }),
    });
    const root = asJdObject(asJdObject(response.json)?.[jdResponseRootKey(method)]);
    if (root === undefined) {
      throw new OmsError('network', `JD answered ${method} without its ${jdResponseRootKey(method)} root`, {
        platform: 'jd',
        retryable: false,
        rawPayload: response.text,
      });
    }
    return root;
  }

  function refresh(shopId: string, hook: (shopId: string) => string | Promise<string>): Promise<string> {
    let pending = refreshing.get(shopId);
    if (pending === undefined) {
      pending = Promise.resolve(hook(shopId)).finally(() => refreshing.delete(shopId));
      refreshing.set(shopId, pending);
      logger.info('jd access token expired; asking the host hook for a new one', { shopId });
    }
    return pending;
  }

  const call: JdCall = async (shopId, method, params, signal) => {
    const token = await settings.accessToken(shopId);
    try {
      return await send(token, method, params, signal);
    } catch (error) {
      const hook = settings.refreshAccessToken;
      if (!OmsError.isCode(error, 'auth_expired') || hook === undefined) throw error;
      return send(await refresh(shopId, hook), method, params, signal);
    }
  };
  return { call, errorTable };
}
