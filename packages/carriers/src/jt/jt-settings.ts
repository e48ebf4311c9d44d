import type { CarrierSettings } from '../shared/carrier-settings';
import type { TrackingCodeOverrides } from '../shared/tracking-code-table';

/** J&T China gateways (DOC-ish); the API path is appended. */
export const jtGatewayUrls = {
  sandbox: 'https://uat-openapi.jtexpress.com.cn/webopenplatformapi/api/',
  production: 'https://openapi.jtexpress.com.cn/webopenplatformapi/api/',
} as const;

/**
 * Order codes J&T's China UAT demo sends. Their meanings are known only from J&T *Egypt* clients
 * (UNVERIFIED for China), so every one is a setting.
 */
export interface JtOrderDefaults {
  expressType?: string;
  orderType?: string;
  serviceType?: string;
  deliveryType?: string;
  payType?: string;
  goodsType?: string;
}

/** The UAT demo's values. */
export const jtDemoOrderDefaults: Required<JtOrderDefaults> = {
  expressType: 'EZ',
  orderType: '1',
  serviceType: '01',
  deliveryType: '06',
  payType: 'CC_CASH',
  goodsType: 'bm000006',
};

/** Settings of {@link createJtCarrier}. */
export interface JtCarrierSettings extends CarrierSettings {
  /** `apiAccount` header. */
  apiAccount: string;
  /** Signs the header and business digests; a secret. */
  privateKey: string;
  /** 客户编码, needed to create and cancel waybills. */
  customerCode?: string;
  /** 客户密码 in clear (hashed into the business digest); a secret. */
  customerPassword?: string;
  /** Order codes; default {@link jtDemoOrderDefaults}. */
  orderDefaults?: JtOrderDefaults;
  /** Overrides of the (UNVERIFIED) scan type table. */
  scanTypeOverrides?: TrackingCodeOverrides;
}

/** The keys {@link JtCarrierSettings} adds to the base settings. */
export const jtSettingKeys = [
  'apiAccount',
  'privateKey',
  'customerCode',
  'customerPassword',
  'orderDefaults',
  'scanTypeOverrides',
] as const;
