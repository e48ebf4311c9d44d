import { type ChannelAdapterBaseSettings, invalidInput } from '@omskit/core';
import type { RetryOptions } from '@omskit/core/gateway';
import type { JdOaidDecryptSettings } from './jd-decrypt';
import type { JdErrorRule } from './jd-error';
import type { JdAfterSaleListSettings } from './jd-list-after-sales';
import type { JdCiphertextTest } from './map-jd-receiver';

/** The production JOS gateway. */
export const jdProductionBaseUrl = 'https://api.jd.com/routerjson';

/** Which parameter names `jingdong.pop.order.shipment` takes (two versions exist; UNVERIFIED which is current). */
export type JdShipmentParameterNames = 'logiCoprId' | 'legacy';

/** Settings of {@link createJdAdapter}. */
export interface JdAdapterSettings extends ChannelAdapterBaseSettings {
  /** The app key (`app_key`). */
  appKey: string;
  /** The app secret; signs every call and is never logged. */
  appSecret: string;
  /** API version sent as `v`. Default `2.0`. */
  apiVersion?: string;
  /** Orders per page, at most 100 (JOS's limit). Default 100. */
  pageSize?: number;
  /** Pages JOS serves for one query before the window must be split (UNVERIFIED). Default 100. */
  maxPages?: number;
  /** Widest modified-time window per call, in ms (JOS: one month per peers, UNVERIFIED). Default one day. */
  maxOrderWindowMs?: number;
  /**
   * How the timestamp is written: `seconds` (`yyyy-MM-dd HH:mm:ss`, the documented form) or
   * `millis-zone` (`yyyy-MM-dd HH:mm:ss.SSS+0800`, the form in JD's worked signing example). Default `seconds`.
   */
  timestampFormat?: 'seconds' | 'millis-zone';
  /** `optional_fields` requested from the order APIs (JOS returns many fields only when listed). */
  optionalFields?: readonly string[];
  /** Order states asked for by `jingdong.pop.order.search`. Default: every state in the reference. */
  orderStates?: readonly string[];
  /**
   * Wraps the search's business parameters in this key (peers report a newer schema with a
   * `paramOrderJSFQuery` container; UNVERIFIED). Default: flat parameters, as in JD's signing example.
   */
  orderSearchContainer?: string;
  /** Extra business parameters of the search (such as the peer-reported `source_id`; UNVERIFIED). */
  orderSearchExtraParams?: Readonly<Record<string, string>>;
  /** Parameter names of the shipment API. Default `logiCoprId` (`orderId`, `logiCoprId`, `logiNo`). */
  shipmentParameterNames?: JdShipmentParameterNames;
  /** Unified carrier code to JD logistics id; merged over the built-in (UNVERIFIED) table. */
  carrierIds?: Readonly<Record<string, string>>;
  /**
   * Turns on `listAfterSales` over the service-order list `jingdong.asc.query.list` (parameters
   * and response shape from peers; UNVERIFIED). Off by default: `capabilities.afterSales` is false.
   */
  afterSaleList?: JdAfterSaleListSettings;
  /**
   * Turns on `decryptReceivers` over `jingdong.jos.order.oaid.decrypt` (request and answer as JD's
   * Java SDK declares them; the values of `appName` and the scene are the host's). Off by default.
   */
  oaidDecrypt?: JdOaidDecryptSettings;
  /** Extra or corrected error codes; merged over the built-in table. */
  errorCodes?: Readonly<Record<string, JdErrorRule>>;
  /** Decides which consignee values are ciphertexts (JD's TDE format is UNVERIFIED). */
  isCiphertext?: JdCiphertextTest;
  /** Retry behaviour of the gateway client. */
  retry?: RetryOptions;
  /** Per-attempt timeout in ms. Default 30 000. */
  timeoutMs?: number;
}

type Check = (value: unknown) => string | undefined;

const isFunction: Check = (value) => (typeof value === 'function' ? undefined : 'must be a function');
const isObject: Check = (value) =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? undefined : 'must be an object';
const isText: Check = (value) =>
  typeof value === 'string' && value !== '' ? undefined : 'must be a non-empty string';
const isUrl: Check = (value) =>
  typeof value === 'string' && URL.canParse(value) ? undefined : 'must be an absolute URL';
const isIntegerIn =
  (min: number, max: number): Check =>
  (value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
      ? undefined
      : `must be an integer from ${min} to ${max}`;
const isOneOf =
  (...choices: string[]): Check =>
  (value) =>
    typeof value === 'string' && choices.includes(value) ? undefined : `must be one of ${choices.join(', ')}`;
const isTextList: Check = (value) =>
  Array.isArray(value) && value.every((item) => typeof item === 'string' && item !== '')
    ? undefined
    : 'must be a list of non-empty strings';

const afterSaleListChecks: Readonly<Record<keyof JdAfterSaleListSettings, Check>> = {
  buId: isText,
  operatePin: isText,
  operateNick: isText,
  timeField: isOneOf('update', 'apply'),
  pageSize: isIntegerIn(1, 100),
  statuses: isObject,
};

const oaidDecryptChecks: Readonly<Record<keyof JdOaidDecryptSettings, Check>> = {
  appName: isText,
  orderType: isText,
  region: isText,
  expiration: isIntegerIn(0, 2_147_483_647),
  extendProps: isObject,
  batchSize: isIntegerIn(1, 100),
};

/** A nested settings object: known keys only, the required ones given; names the bad key. */
function nestedCheck(checks: Readonly<Record<string, Check>>, required: readonly string[]): Check {
  return (value) => {
    const problem = isObject(value);
    if (problem !== undefined) return problem;
    const given = value as Readonly<Record<string, unknown>>;
    for (const key of required) if (given[key] === undefined) return `${key} is required`;
    for (const [key, item] of Object.entries(given)) {
      if (item === undefined) continue;
      const check = checks[key];
      if (check === undefined) return `unknown key ${key}`;
      const itemProblem = check(item);
      if (itemProblem !== undefined) return `${key} ${itemProblem}`;
    }
    return undefined;
  };
}

const checkAfterSaleList = nestedCheck(afterSaleListChecks, ['buId', 'operatePin']);
const checkOaidDecrypt = nestedCheck(oaidDecryptChecks, ['appName']);

// Strict: every key is known and typed; zod is not a dependency of this package (see README).
const settingChecks: Readonly<Record<keyof JdAdapterSettings, Check>> = {
  appKey: isText,
  appSecret: isText,
  accessToken: isFunction,
  refreshAccessToken: isFunction,
  baseUrl: isUrl,
  rateLimit: isObject,
  fetch: isFunction,
  clock: isObject,
  logger: isObject,
  apiVersion: isText,
  pageSize: isIntegerIn(1, 100),
  maxPages: isIntegerIn(1, 1_000_000),
  maxOrderWindowMs: isIntegerIn(1000, Number.MAX_SAFE_INTEGER),
  timestampFormat: isOneOf('seconds', 'millis-zone'),
  optionalFields: isTextList,
  orderStates: isTextList,
  orderSearchContainer: isText,
  orderSearchExtraParams: isObject,
  shipmentParameterNames: isOneOf('logiCoprId', 'legacy'),
  carrierIds: isObject,
  afterSaleList: checkAfterSaleList,
  oaidDecrypt: checkOaidDecrypt,
  errorCodes: isObject,
  isCiphertext: isFunction,
  retry: isObject,
  timeoutMs: isIntegerIn(1, 2_147_483_647),
};

const requiredSettings: readonly (keyof JdAdapterSettings)[] = ['appKey', 'appSecret', 'accessToken'];

/**
 * Checks adapter settings strictly: unknown keys, missing required keys and wrongly typed values
 * throw `invalid_input` naming the setting. Secrets never appear in the message.
 */
export function validateJdAdapterSettings(settings: JdAdapterSettings): void {
  const given = settings as unknown as Readonly<Record<string, unknown>>;
  for (const key of requiredSettings) {
    if (given[key] === undefined) throw invalidInput(['settings', key], 'required');
  }
  for (const [key, value] of Object.entries(given)) {
    if (value === undefined) continue;
    const check = (settingChecks as Readonly<Record<string, Check>>)[key];
    if (check === undefined) throw invalidInput(['settings', key], 'unknown setting');
    const problem = check(value);
    if (problem !== undefined) throw invalidInput(['settings', key], problem);
  }
}
