import type { ChannelAdapterBaseSettings } from '@omskit/core';
import { invalidInput } from '@omskit/core';
import type { RetryOptions } from '@omskit/core/gateway';
import type { TaobaoDecisionSettings } from './taobao-decide';
import { type TaobaoSignMethod, taobaoSignMethods } from './taobao-sign';

/** The production TOP gateway. `https://eco.taobao.com/router/rest` is the other official host. */
export const taobaoDefaultBaseUrl = 'https://gw.api.taobao.com/router/rest';

/** One day: the widest `start_modified`..`end_modified` span TOP allows. */
export const taobaoMaxWindowMs = 24 * 60 * 60 * 1000;

/** Settings of {@link createTaobaoAdapter}. */
export interface TaobaoAdapterSettings extends ChannelAdapterBaseSettings {
  /** The app key of your TOP app. */
  appKey: string;
  /** The app secret; used only to sign, never logged. */
  appSecret: string;
  /** Signature algorithm. Default `md5`. */
  signMethod?: TaobaoSignMethod;
  /** `page_size` of `taobao.trades.sold.increment.get`, 1-100. Default 100. */
  pageSize?: number;
  /**
   * The deepest `page_no` the adapter asks for; a window holding more orders than
   * `pageSize x maxPagesPerWindow` is split in halves. Default 100. UNVERIFIED: TOP documents no
   * page cap, so set this to what your app sees.
   */
  maxPagesPerWindow?: number;
  /** Widest window `listOrders` accepts, up to one day (TOP's limit). Default one day. */
  maxOrderWindowMs?: number;
  /** How many `taobao.trade.fullinfo.get` calls run at once while listing. Default 8. */
  detailConcurrency?: number;
  /** Overrides of the unified-to-TOP carrier code map (`{ JTSD: 'JTSD' }`). */
  carrierCodes?: Readonly<Record<string, string>>;
  /**
   * Check carrier codes against `taobao.logistics.companies.get` (fetched once, cached) before
   * shipping. Default true; a shop without that permission falls back to the static map.
   */
  verifyCarrierCodes?: boolean;
  /** Sub-codes that mean "no such trade". UNVERIFIED; see `defaultTaobaoNotFoundSubCodes`. */
  notFoundSubCodes?: readonly string[];
  /**
   * Seller decisions on refunds (`decideAfterSale`): return addresses written out for Taobao
   * shops, and the remark sent with an agreed return. See `decideTaobaoAfterSale`.
   */
  decisions?: TaobaoDecisionSettings;
  /** TMC group the HTTP message pull reads (`group_name`). Default `default`. */
  tmcGroupName?: string;
  /** Messages per `taobao.tmc.messages.consume` call, 10-200. Default 100. */
  tmcBatchSize?: number;
  /** Retry policy of the gateway client. */
  retry?: RetryOptions;
  /** Per-attempt timeout in ms. Default 30 000. */
  timeoutMs?: number;
}

const knownKeys = new Set<string>([
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
  'pageSize',
  'maxPagesPerWindow',
  'maxOrderWindowMs',
  'detailConcurrency',
  'carrierCodes',
  'verifyCarrierCodes',
  'notFoundSubCodes',
  'decisions',
  'tmcGroupName',
  'tmcBatchSize',
  'retry',
  'timeoutMs',
]);

/** {@link TaobaoAdapterSettings} with defaults filled in. */
export interface ResolvedTaobaoSettings extends TaobaoAdapterSettings {
  signMethod: TaobaoSignMethod;
  pageSize: number;
  maxPagesPerWindow: number;
  maxOrderWindowMs: number;
  detailConcurrency: number;
  baseUrl: string;
  verifyCarrierCodes: boolean;
  tmcGroupName: string;
  tmcBatchSize: number;
}

function integerIn(
  value: number | undefined,
  key: string,
  min: number,
  max: number,
  fallback: number,
): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw invalidInput([key], `must be an integer from ${min} to ${max}`, { platform: 'taobao' });
  }
  return value;
}

/** `decisions`: known keys; every return address with a name and an address. */
function checkDecisionSettings(decisions: TaobaoDecisionSettings | undefined): void {
  if (decisions === undefined) return;
  if (typeof decisions !== 'object' || decisions === null)
    throw invalidInput(['decisions'], 'must be an object');
  for (const key of Object.keys(decisions))
    if (key !== 'returnAddresses' && key !== 'returnRemark' && key !== 'defaultReturnAddressId')
      throw invalidInput(['decisions', key], 'unknown setting', { platform: 'taobao' });
  if (
    decisions.returnRemark !== undefined &&
    (typeof decisions.returnRemark !== 'string' || decisions.returnRemark === '')
  )
    throw invalidInput(['decisions', 'returnRemark'], 'must be a non-empty string');
  if (decisions.defaultReturnAddressId !== undefined && !/^\d{1,20}$/.test(decisions.defaultReturnAddressId))
    throw invalidInput(['decisions', 'defaultReturnAddressId'], 'a seller_address_id number (digits)');
  for (const [id, address] of Object.entries(decisions.returnAddresses ?? {})) {
    if (!/^\d{1,20}$/.test(id))
      throw invalidInput(['decisions', 'returnAddresses', id], 'keys are seller_address_id numbers (digits)');
    for (const field of ['name', 'address'] as const)
      if (typeof address?.[field] !== 'string' || address[field] === '')
        throw invalidInput(['decisions', 'returnAddresses', id, field], 'required');
  }
}

/**
 * Validates settings strictly (unknown keys and out-of-range values are `invalid_input`) and
 * fills in the defaults.
 */
export function resolveTaobaoSettings(settings: TaobaoAdapterSettings): ResolvedTaobaoSettings {
  for (const key of Object.keys(settings)) {
    if (!knownKeys.has(key)) throw invalidInput([key], 'unknown setting', { platform: 'taobao' });
  }
  if (typeof settings.appKey !== 'string' || settings.appKey === '')
    throw invalidInput(['appKey'], 'required');
  if (typeof settings.appSecret !== 'string' || settings.appSecret === '') {
    throw invalidInput(['appSecret'], 'required');
  }
  if (typeof settings.accessToken !== 'function') throw invalidInput(['accessToken'], 'must be a function');
  const signMethod = settings.signMethod ?? 'md5';
  if (!taobaoSignMethods.includes(signMethod)) {
    throw invalidInput(['signMethod'], `must be one of ${taobaoSignMethods.join(', ')}`);
  }
  checkDecisionSettings(settings.decisions);
  const baseUrl = settings.baseUrl ?? taobaoDefaultBaseUrl;
  if (!URL.canParse(baseUrl)) throw invalidInput(['baseUrl'], 'must be an absolute URL');
  return {
    ...settings,
    signMethod,
    baseUrl,
    pageSize: integerIn(settings.pageSize, 'pageSize', 1, 100, 100),
    maxPagesPerWindow: integerIn(settings.maxPagesPerWindow, 'maxPagesPerWindow', 1, 100_000, 100),
    maxOrderWindowMs: integerIn(
      settings.maxOrderWindowMs,
      'maxOrderWindowMs',
      1000,
      taobaoMaxWindowMs,
      taobaoMaxWindowMs,
    ),
    detailConcurrency: integerIn(settings.detailConcurrency, 'detailConcurrency', 1, 64, 8),
    verifyCarrierCodes: settings.verifyCarrierCodes ?? true,
    tmcGroupName: settings.tmcGroupName ?? 'default',
    tmcBatchSize: integerIn(settings.tmcBatchSize, 'tmcBatchSize', 10, 200, 100),
  };
}
