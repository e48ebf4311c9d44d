import type { ChannelAdapterBaseSettings } from '@omskit/core';
import { invalidInput } from '@omskit/core';
import type { RetryOptions } from '@omskit/core/gateway';

/** PDD's production API gateway. */
export const pddGatewayUrl = 'https://gw-api.pinduoduo.com/api/router';

/** The widest modified-time range PDD's increment APIs accept in one call: 30 minutes. */
export const pddMaxWindowMs = 30 * 60 * 1000;

/**
 * The widest window `listOrders` / `listAfterSales` accept by default: one day, cut internally
 * into PDD's 30-minute ranges.
 */
export const defaultPddListWindowMs = 24 * 60 * 60 * 1000;

/** Settings of {@link createPddAdapter}. */
export interface PddAdapterSettings extends ChannelAdapterBaseSettings {
  /** The app's `client_id`. */
  clientId: string;
  /** The app's `client_secret` (signs every request; never logged). */
  clientSecret: string;
  /** Orders per page, 1-100 (default 100, PDD's maximum). */
  pageSize?: number;
  /**
   * The deepest page the adapter asks for in one window; windows holding more than
   * `pageSize x maxPages` orders are split. PDD's deep-paging limit is UNVERIFIED; default 100.
   */
  maxPages?: number;
  /**
   * Whether PDD includes orders modified exactly at `end_updated_at` (UNVERIFIED; default true).
   * The adapter turns the half-open window into the seconds PDD filters on accordingly.
   */
  endUpdatedAtInclusive?: boolean;
  /**
   * The widest window `listOrders` accepts, in ms (default one day); the adapter cuts it into
   * PDD's 30-minute ranges itself.
   */
  maxWindowMs?: number;
  /** Retry behaviour of the gateway client (attempts, backoff). */
  retry?: RetryOptions;
  /** Per-attempt timeout in ms (default 30 000). */
  timeoutMs?: number;
  /** Unified carrier code to PDD `logistics_id`, consulted before the company list. */
  logisticsIds?: Readonly<Record<string, number>>;
  /** How long the company list is cached, in ms (default one day). */
  logisticsCompaniesTtlMs?: number;
  /** Tells PDD ciphertext from other text in receiver fields (the format is UNVERIFIED). */
  isCiphertext?: (value: string) => boolean;
}

type SettingKind =
  | 'function'
  | 'string'
  | 'url'
  | 'object'
  | 'boolean'
  | 'positive'
  | 'nonnegative'
  | 'pageSize'
  | 'count';

const settingKinds: Readonly<Record<keyof PddAdapterSettings, SettingKind>> = {
  clientId: 'string',
  clientSecret: 'string',
  accessToken: 'function',
  refreshAccessToken: 'function',
  baseUrl: 'url',
  rateLimit: 'object',
  fetch: 'function',
  clock: 'object',
  logger: 'object',
  pageSize: 'pageSize',
  maxPages: 'count',
  endUpdatedAtInclusive: 'boolean',
  maxWindowMs: 'positive',
  retry: 'object',
  timeoutMs: 'positive',
  logisticsIds: 'object',
  logisticsCompaniesTtlMs: 'nonnegative',
  isCiphertext: 'function',
};

function problemOf(kind: SettingKind, value: unknown): string | undefined {
  switch (kind) {
    case 'function':
      return typeof value === 'function' ? undefined : 'expected a function';
    case 'string':
      return typeof value === 'string' && value !== '' ? undefined : 'expected a non-empty string';
    case 'url':
      return typeof value === 'string' && URL.canParse(value) ? undefined : 'expected an absolute URL';
    case 'object':
      return typeof value === 'object' && value !== null ? undefined : 'expected an object';
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'expected a boolean';
    case 'positive':
      return typeof value === 'number' && value > 0 && Number.isFinite(value)
        ? undefined
        : 'expected a positive number';
    case 'nonnegative':
      return typeof value === 'number' && value >= 0 && Number.isFinite(value)
        ? undefined
        : 'expected a number >= 0';
    case 'pageSize':
      return Number.isInteger(value) && Number(value) >= 1 && Number(value) <= 100
        ? undefined
        : 'expected an integer 1-100';
    case 'count':
      return Number.isInteger(value) && Number(value) >= 1 ? undefined : 'expected a positive integer';
  }
}

function isSettingName(name: string): name is keyof PddAdapterSettings {
  return Object.hasOwn(settingKinds, name);
}

/**
 * Checks the settings strictly: unknown keys are refused (a typo does not pass silently) and each
 * known key must have its type. Nested options (`retry`, `rateLimit`) are checked by the gateway.
 *
 * @throws OmsError `invalid_input` naming the bad setting.
 */
export function checkPddSettings(settings: PddAdapterSettings): void {
  if (typeof settings !== 'object' || settings === null)
    throw invalidInput(['settings'], 'expected an object');
  for (const required of ['clientId', 'clientSecret', 'accessToken'] as const) {
    if (settings[required] === undefined) throw invalidInput(['settings', required], 'required');
  }
  for (const [name, value] of Object.entries(settings)) {
    if (!isSettingName(name)) throw invalidInput(['settings', name], 'unknown setting');
    if (value === undefined) continue;
    const problem = problemOf(settingKinds[name], value);
    if (problem !== undefined) throw invalidInput(['settings', name], problem);
  }
}
