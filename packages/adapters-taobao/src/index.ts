/**
 * @omskit/adapters-taobao: the Taobao/Tmall (TOP) channel adapter for omskit.
 *
 * `createTaobaoAdapter(settings)` gives a ChannelAdapter v1 that pulls orders by modified time,
 * maps them to the unified schema, writes shipments back, lists refunds, pulls TMC messages over
 * HTTP and decrypts receivers on request. The signing, mapping and error classification are
 * exported as pure functions; a mock TOP platform for tests lives at
 * `@omskit/adapters-taobao/testing`.
 *
 * Install with `pnpm add @omskit/adapters-taobao @omskit/core` (Node 22 or 24, ESM); add
 * `msw` as a dev dependency to use the mock platform.
 *
 * @packageDocumentation
 */
export {
  type MapTaobaoAfterSaleOptions,
  mapTaobaoAfterSale,
  mapTaobaoRefundStatus,
  type TaobaoAfterSaleMapping,
  type TaobaoRefundStatus,
  taobaoRefundStatuses,
} from './map-taobao-after-sale';
export { type MapTaobaoOrderOptions, mapTaobaoOrder, type TaobaoOrderMapping } from './map-taobao-order';
export { mapTaobaoReceiver, type TaobaoReceiverMapping } from './map-taobao-receiver';
export {
  isTaobaoTradeStatus,
  mapTaobaoLineRefundStatus,
  mapTaobaoTradeStatus,
  type TaobaoStatusMapping,
  type TaobaoStepTradeStatus,
  type TaobaoTradeStatus,
  taobaoLineRefundStatuses,
  taobaoStepTradeStatuses,
  taobaoTradeStatuses,
} from './map-taobao-status';
export { createTaobaoAdapter } from './taobao-adapter';
export { taobaoCarrierCodes, toTaobaoCompanyCode } from './taobao-carrier-codes';
export { taobaoResponseRoot } from './taobao-client';
export {
  decideTaobaoAfterSale,
  type TaobaoDecisionSettings,
  type TaobaoReturnAddress,
  taobaoAfterSaleDecisions,
} from './taobao-decide';
export { taobaoDecryptScenes } from './taobao-decrypt';
export {
  classifyTaobaoError,
  defaultTaobaoNotFoundSubCodes,
  parseTaobaoRetryAfterMs,
  readTaobaoErrorEnvelope,
  type TaobaoErrorClassifierOptions,
  type TaobaoErrorEnvelope,
  taobaoErrorCodeTable,
} from './taobao-error';
export {
  type ResolvedTaobaoSettings,
  resolveTaobaoSettings,
  type TaobaoAdapterSettings,
  taobaoDefaultBaseUrl,
  taobaoMaxWindowMs,
} from './taobao-settings';
export {
  signTaobaoRequest,
  type TaobaoParams,
  type TaobaoParamValue,
  type TaobaoSignMethod,
  taobaoSignableEntries,
  taobaoSignBase,
  taobaoSignMethods,
} from './taobao-sign';
export { mapTaobaoTmcMessage } from './taobao-tmc';
