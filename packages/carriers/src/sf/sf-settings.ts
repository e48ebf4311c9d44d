import type { CarrierSettings } from '../shared/carrier-settings';
import type { TrackingCodeOverrides } from '../shared/tracking-code-table';

/**
 * SF gateways. The sandbox is DOC; production appears in sources as both `sfapi` and `bspgw`
 * (UNVERIFIED which is canonical today), so `production` uses `sfapi` and `baseUrl` overrides it.
 */
export const sfGatewayUrls = {
  sandbox: 'https://sfapi-sbox.sf-express.com/std/service',
  production: 'https://sfapi.sf-express.com/std/service',
} as const;

/** The alternative production host seen on SF's current API pages (UNVERIFIED); pass as `baseUrl`. */
export const sfAlternativeProductionUrl = 'https://bspgw.sf-express.com/std/service';

/** Settings of {@link createSfCarrier}. */
export interface SfCarrierSettings extends CarrierSettings {
  /** 顾客编码 (`partnerID`). */
  partnerId: string;
  /** 校验码 (check word) the `msgDigest` is keyed with; a secret. */
  checkWord: string;
  /** 月结卡号 billed for waybills (sandbox: `7551234567`). */
  monthlyCard?: string;
  /** Default product (`expressTypeId`): 1 顺丰特快, 2 顺丰标快 (default 2). `ShipmentRequest.serviceCode` wins. */
  expressTypeId?: string;
  /** `payMethod`: 1 寄付 (default), 2 到付, 3 第三方付. */
  payMethod?: 1 | 2 | 3;
  /**
   * SF route pushes carry no signature (PEER report), so omskit authenticates them by a secret
   * token in the push URL you register (`https://you.example/sf-push?token=...`). Push parsing is
   * enabled only when this is set.
   */
  pushToken?: string;
  /** The query parameter holding the push token. Default `token`. */
  pushTokenParameter?: string;
  /** Overrides of the route opCode table (UNVERIFIED entries especially): opCode to unified state. */
  opCodeOverrides?: TrackingCodeOverrides;
}

/** The keys {@link SfCarrierSettings} adds to the base settings. */
export const sfSettingKeys = [
  'partnerId',
  'checkWord',
  'monthlyCard',
  'expressTypeId',
  'payMethod',
  'pushToken',
  'pushTokenParameter',
  'opCodeOverrides',
] as const;
