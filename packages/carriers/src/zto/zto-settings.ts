import type { CarrierSettings } from '../shared/carrier-settings';
import type { TrackingCodeOverrides } from '../shared/tracking-code-table';

/** ZTO gateways (DOC): the API name is appended as the path. */
export const ztoGatewayUrls = {
  sandbox: 'https://japi-test.zto.com/',
  production: 'https://japi.zto.com/',
} as const;

/** The e-waybill account ZTO bills (`accountInfo`; sandbox `test` / `ZTO123`). */
export interface ZtoAccount {
  accountId: string;
  accountPassword: string;
  customerId?: string;
  /** Account type; default 1. */
  type?: number;
}

/** Settings of {@link createZtoCarrier}. */
export interface ZtoCarrierSettings extends CarrierSettings {
  /** `x-appKey`; also the `company_id` of pushes. */
  appKey: string;
  /** Signs requests and pushes; a secret. */
  appSecret: string;
  /** The e-waybill account, needed to create waybills. */
  account?: ZtoAccount;
  /** `partnerType` of orders. Default `2` (as in ZTO's sample). */
  partnerType?: string;
  /** `orderType` of orders. Default `1`. */
  orderType?: string;
  /**
   * The body answered to a trace push. ZTO's expected ack is UNVERIFIED; the default is
   * `{"status":true,"message":"成功","statusCode":"0000"}`.
   */
  pushReply?: string;
  /** Overrides of the action table: ZTO action to unified state. */
  actionOverrides?: TrackingCodeOverrides;
}

/** The keys {@link ZtoCarrierSettings} adds to the base settings. */
export const ztoSettingKeys = [
  'appKey',
  'appSecret',
  'account',
  'partnerType',
  'orderType',
  'pushReply',
  'actionOverrides',
] as const;

/** The default (UNVERIFIED) acknowledgement of a ZTO push. */
export const ztoDefaultPushReply = JSON.stringify({ status: true, message: '成功', statusCode: '0000' });
