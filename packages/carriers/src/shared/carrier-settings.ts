import type { CarrierAdapterBaseSettings, Clock, Logger } from '@omskit/core';
import { invalidInput, silentLogger, systemClock } from '@omskit/core';
import {
  createGatewayClient,
  type GatewayClient,
  type GatewayClientOptions,
  type RetryOptions,
} from '@omskit/core/gateway';

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

/** A carrier's gateway client with the clock and logger it was built with. */
export interface CarrierGateway {
  readonly gateway: GatewayClient;
  readonly clock: Clock;
  readonly logger: Logger;
}

/**
 * Builds the gateway client every carrier factory needs from its settings: the clock and logger
 * (system clock and silent logger by default) and whichever of fetch, rate limit, retry and
 * timeout the caller gave; the factory supplies the base URL and its error classifier.
 */
export function createCarrierGateway(
  platform: string,
  settings: CarrierSettings,
  baseUrl: string,
  classifyError?: GatewayClientOptions['classifyError'],
): CarrierGateway {
  const clock = settings.clock ?? systemClock;
  const logger = settings.logger ?? silentLogger;
  const gateway = createGatewayClient({
    platform,
    baseUrl,
    clock,
    logger,
    ...(classifyError === undefined ? {} : { classifyError }),
    ...(settings.fetch === undefined ? {} : { fetch: settings.fetch }),
    ...(settings.rateLimit === undefined ? {} : { rateLimit: settings.rateLimit }),
    ...(settings.retry === undefined ? {} : { retry: settings.retry }),
    ...(settings.timeoutMs === undefined ? {} : { timeoutMs: settings.timeoutMs }),
  });
  return { gateway, clock, logger };
}
