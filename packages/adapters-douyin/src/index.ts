/**
 * @omskit/adapters-douyin: the Douyin shop (抖店) channel adapter for omskit. `createDouyinAdapter`
 * pulls orders by modified time, fetches one order, writes shipments back, lists after-sales,
 * decrypts receivers on request and verifies HTTP pushes; the signing function, the `param_json`
 * serialiser, the pure mappers and the error classifier are exported for direct use. A mock
 * platform for tests lives under `@omskit/adapters-douyin/testing`.
 *
 * Install with `pnpm add @omskit/adapters-douyin @omskit/core` (Node 22 or 24, ESM; add `msw` as a
 * dev dependency to use the mock platform).
 *
 * @packageDocumentation
 */
export { createDouyinAdapter, type DouyinAdapter } from './douyin-adapter';
export { douyinCarrierCode, douyinCarrierCodes } from './douyin-carrier-codes';
export { douyinTimestamp } from './douyin-client';
export {
  classifyDouyinError,
  type DouyinErrorRule,
  douyinErrorRules,
  douyinSuccessCode,
} from './douyin-error';
export {
  type DouyinParamJsonOptions,
  type DouyinParamValue,
  serializeDouyinParamJson,
} from './douyin-param-json';
export {
  douyinPushKind,
  douyinPushReplies,
  type ParseDouyinPushOptions,
  parseDouyinPush,
  signDouyinPush,
} from './douyin-push';
export {
  type DouyinAdapterSettings,
  type DouyinTimestampFormat,
  douyinProductionBaseUrl,
  type ResolvedDouyinSettings,
  resolveDouyinSettings,
} from './douyin-settings';
export {
  type DouyinSignMethod,
  type DouyinSignParams,
  douyinStringToSign,
  signDouyinRequest,
} from './douyin-sign';
export {
  douyinAfterSaleTypes,
  douyinOrderStatuses,
  mapDouyinAfterSaleStatus,
  mapDouyinLineRefundStatus,
  mapDouyinOrderStatus,
} from './douyin-status';
export {
  createDouyinToken,
  type DouyinTokenGrant,
  type DouyinTokenSet,
  type DouyinTokenSettings,
  refreshDouyinToken,
} from './douyin-token';
export {
  type MapDouyinAfterSaleOptions,
  type MappedDouyinAfterSale,
  mapDouyinAfterSale,
} from './map-douyin-after-sale';
export { type MapDouyinOrderOptions, type MappedDouyinOrder, mapDouyinOrder } from './map-douyin-order';
