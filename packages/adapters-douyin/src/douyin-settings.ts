import { type ChannelAdapterBaseSettings, invalidInput } from '@omskit/core';
import type { GatewayEvent, RetryOptions } from '@omskit/core/gateway';
import type { DouyinSignMethod } from './douyin-sign';

/** How the `timestamp` query parameter is written. Which one the gateway treats as canonical is UNVERIFIED. */
export type DouyinTimestampFormat = 'unix-seconds' | 'shanghai-wall-time';

/** Settings of {@link createDouyinAdapter}: the shared channel settings plus Douyin's own. */
export interface DouyinAdapterSettings extends ChannelAdapterBaseSettings {
  /** The app's `app_key`. */
  appKey: string;
  /** The app's secret; signs requests and verifies pushes. Never logged. */
  appSecret: string;
  /** Request signing: `hmac-sha256` (default) or `md5`. */
  signMethod?: DouyinSignMethod;
  /** `unix-seconds` (default, as the official Go SDK sends) or `shanghai-wall-time`. UNVERIFIED. */
  timestampFormat?: DouyinTimestampFormat;
  /** Escape U+2028/U+2029 in `param_json` as the Go SDK does (default `true`). UNVERIFIED. */
  escapeLineSeparators?: boolean;
  /** Orders per `order.searchList` page, 1..100 (default 100). */
  pageSize?: number;
  /** Deepest page the platform serves for one query (default 100). UNVERIFIED. */
  maxPages?: number;
  /** Widest modified-time window `listOrders` accepts (default one day). The platform's limit is UNVERIFIED. */
  maxOrderWindowMs?: number;
  /** Push signature: `md5` (default, documented) or `hmac-sha256` (newer docs may allow it). UNVERIFIED. */
  pushSignMethod?: DouyinSignMethod;
  /** Unified carrier code to Douyin `company_code`, merged over the built-in table. */
  carrierCodes?: Readonly<Record<string, string>>;
  /**
   * `sub_code` prefixes with which `order.orderDetail` says the order does not exist (an empty
   * `shop_order_detail` counts too). The platform's value is UNVERIFIED; default
   * `['isv.business-failed:order-not-exist']`.
   */
  orderNotFoundSubCodes?: readonly string[];
  /** Retry behaviour of the gateway client. */
  retry?: RetryOptions;
  /** Per-attempt timeout in ms (default 30 000). */
  timeoutMs?: number;
  /** Progress events of the gateway client. */
  onEvent?: (event: GatewayEvent) => void;
}

/** The production gateway. */
export const douyinProductionBaseUrl = 'https://openapi-fxg.jinritemai.com';

const knownKeys: ReadonlySet<string> = new Set([
  'accessToken',
  'refreshAccessToken',
  'baseUrl',
  'rateLimit',
  'fetch',
  'clock',
  'logger',
  'appKey',
  'appSecret',
  'signMethod',
  'timestampFormat',
  'escapeLineSeparators',
  'pageSize',
  'maxPages',
  'maxOrderWindowMs',
  'pushSignMethod',
  'carrierCodes',
  'orderNotFoundSubCodes',
  'retry',
  'timeoutMs',
  'onEvent',
]);

function positiveInteger(value: number | undefined, fallback: number, name: string, max: number): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < 1 || value > max) {
    throw invalidInput([name], `must be an integer from 1 to ${max}`);
  }
  return value;
}

/** Settings with defaults filled in. */
export interface ResolvedDouyinSettings extends DouyinAdapterSettings {
  signMethod: DouyinSignMethod;
  timestampFormat: DouyinTimestampFormat;
  escapeLineSeparators: boolean;
  pageSize: number;
  maxPages: number;
  maxOrderWindowMs: number;
  pushSignMethod: DouyinSignMethod;
  orderNotFoundSubCodes: readonly string[];
  baseUrl: string;
}

/**
 * Checks the settings strictly (unknown keys, bad values) and fills in the defaults.
 *
 * @throws OmsError `invalid_input` naming the bad setting.
 */
export function resolveDouyinSettings(settings: DouyinAdapterSettings): ResolvedDouyinSettings {
  for (const key of Object.keys(settings)) {
    if (!knownKeys.has(key)) throw invalidInput([key], 'unknown setting');
  }
  if (typeof settings.appKey !== 'string' || settings.appKey === '')
    throw invalidInput(['appKey'], 'required');
  if (typeof settings.appSecret !== 'string' || settings.appSecret === '')
    throw invalidInput(['appSecret'], 'required');
  if (typeof settings.accessToken !== 'function') throw invalidInput(['accessToken'], 'must be a function');
  const methods = ['hmac-sha256', 'md5'];
  if (settings.signMethod !== undefined && !methods.includes(settings.signMethod)) {
    throw invalidInput(['signMethod'], 'must be hmac-sha256 or md5');
  }
  if (settings.pushSignMethod !== undefined && !methods.includes(settings.pushSignMethod)) {
    throw invalidInput(['pushSignMethod'], 'must be hmac-sha256 or md5');
  }
  const formats = ['unix-seconds', 'shanghai-wall-time'];
  if (settings.timestampFormat !== undefined && !formats.includes(settings.timestampFormat)) {
    throw invalidInput(['timestampFormat'], 'must be unix-seconds or shanghai-wall-time');
  }
  const baseUrl = settings.baseUrl ?? douyinProductionBaseUrl;
  if (!URL.canParse(baseUrl)) throw invalidInput(['baseUrl'], 'must be an absolute URL');
  return {
    ...settings,
    signMethod: settings.signMethod ?? 'hmac-sha256',
    timestampFormat: settings.timestampFormat ?? 'unix-seconds',
    escapeLineSeparators: settings.escapeLineSeparators ?? true,
    pageSize: positiveInteger(settings.pageSize, 100, 'pageSize', 100),
    maxPages: positiveInteger(settings.maxPages, 100, 'maxPages', 100_000),
    maxOrderWindowMs: positiveInteger(
      settings.maxOrderWindowMs,
      24 * 60 * 60 * 1000,
      'maxOrderWindowMs',
      366 * 86_400_000,
    ),
    pushSignMethod: settings.pushSignMethod ?? 'md5',
    orderNotFoundSubCodes: settings.orderNotFoundSubCodes ?? ['isv.business-failed:order-not-exist'],
    baseUrl: baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`,
  };
}
