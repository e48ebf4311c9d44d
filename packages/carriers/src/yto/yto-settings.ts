import type { CarrierSettings } from '../shared/carrier-settings';
import type { TrackingCodeOverrides } from '../shared/tracking-code-table';

/** YTO open gateway roots (PEER); calls go to `{root}{apiName}/v1/{pathSuffix}`. */
export const ytoGatewayUrls = {
  sandbox: 'https://openuat.yto56.com.cn:6443/open/',
  production: 'https://openapi.yto.net.cn:11443/open/',
} as const;

/**
 * YTO API names. Only the tracking name is seen in sources (PEER); the order names were not
 * captured (UNVERIFIED), so creating and cancelling waybills is enabled only when you set them
 * from your YTO console.
 */
export interface YtoApiNames {
  trackQuery?: string;
  createOrder?: string;
  cancelOrder?: string;
}

/** Settings of {@link createYtoCarrier}. */
export interface YtoCarrierSettings extends CarrierSettings {
  /** The partner secret that signs requests and pushes; a secret. */
  secret: string;
  /** The per-customer part of the URL after `v1/` (`{partnerSuffix}/{userId}`, from the console). */
  pathSuffix: string;
  /** API names; default tracking `track_query_adapter`, no order APIs. */
  apiNames?: YtoApiNames;
  /** Overrides of the status table. */
  statusOverrides?: TrackingCodeOverrides;
}

/** The keys {@link YtoCarrierSettings} adds to the base settings. */
export const ytoSettingKeys = ['secret', 'pathSuffix', 'apiNames', 'statusOverrides'] as const;
