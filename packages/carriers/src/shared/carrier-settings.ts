import type { CarrierAdapterBaseSettings } from '@omskit/core';
import { invalidInput } from '@omskit/core';
import type { RetryOptions } from '@omskit/core/gateway';

/** Which of a carrier's gateways to call: its test environment or production. */
export type CarrierEnvironment = 'sandbox' | 'production';

/** Settings every carrier factory of this package accepts, on top of its credentials. */
export interface CarrierSettings extends CarrierAdapterBaseSettings {
  /** The gateway to call when `baseUrl` is not given. Default `production`. */
  environment?: CarrierEnvironment;
  /** Retry behaviour for retryable failures (see `@omskit/core/gateway`). */
  retry?: RetryOptions;
  /** Per-attempt timeout in milliseconds. Default 30 000. */
  timeoutMs?: number;
}

/** Checks that a required credential is a non-empty string, naming the setting when it is not. */
export function requireSetting(carrier: string, settings: object, name: string): string {
  const value = (settings as Record<string, unknown>)[name];
  if (typeof value !== 'string' || value === '') {
    throw invalidInput(['settings', name], `${carrier}: required, a non-empty string`, { platform: carrier });
  }
  return value;
}

/** Checks the settings keys against the allowed ones: option schemas are strict. */
export function rejectUnknownSettings(carrier: string, settings: object, allowed: readonly string[]): void {
  for (const key of Object.keys(settings)) {
    if (!allowed.includes(key) && !baseKeys.includes(key)) {
      throw invalidInput(['settings', key], `${carrier}: unknown setting`, { platform: carrier });
    }
  }
}

const baseKeys = ['baseUrl', 'rateLimit', 'fetch', 'clock', 'logger', 'environment', 'retry', 'timeoutMs'];

/** The base URL: the explicit one, else the environment's. */
export function resolveBaseUrl(
  settings: CarrierSettings,
  urls: Readonly<Record<CarrierEnvironment, string>>,
): string {
  const environment = settings.environment ?? 'production';
  if (environment !== 'sandbox' && environment !== 'production') {
    throw invalidInput(['settings', 'environment'], "expected 'sandbox' or 'production'");
  }
  return settings.baseUrl ?? urls[environment];
}
