/**
 * `@omskit/carriers/sf`: the SF Express (顺丰 丰桥) carrier adapter, its signature and its route
 * code table. The mock SF gateway for tests is `@omskit/carriers/sf/testing`.
 *
 * @module
 */
export { classifySfResponse } from './sf-api';
export { createSfCarrier } from './sf-carrier';
export { buildSfCreateOrder, sfWaybillFromResponse } from './sf-create-order';
export { sfBusinessErrorCodes, sfError, sfGatewayErrorCodes } from './sf-error';
export { sfMsgDigest } from './sf-msg-digest';
export { sfOpCodes } from './sf-op-codes';
export { parseSfRoutePush, type SfRoutePushOptions, sfPushAck } from './sf-push';
export { buildSfQuoteRequest, sfQuotesFromResponse } from './sf-quote';
export { sfEventsFromRouteResponse } from './sf-routes';
export {
  type SfCarrierSettings,
  sfAlternativeProductionUrl,
  sfGatewayUrls,
} from './sf-settings';
