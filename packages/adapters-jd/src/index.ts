/**
 * `@omskit/adapters-jd`: the JD (JOS, 京东商家开放平台) channel adapter for omskit. It pulls POP
 * orders by modified time (`jingdong.pop.order.search`, `jingdong.pop.order.get`), maps them to
 * omskit's unified order, and writes shipments back (`jingdong.pop.order.shipment`). The signing,
 * mapping and error classification are exported as pure functions; a mock JD platform for tests
 * lives under `@omskit/adapters-jd/testing`.
 *
 * Install: `pnpm add @omskit/adapters-jd @omskit/core` (add `msw` as a dev dependency to use the
 * mock platform).
 *
 * @packageDocumentation
 */
export { createJdAdapter } from './jd-adapter';
export { jdCarrierIds, unifiedCarrierOfJdId } from './jd-carriers';
export { type JdCall, jdResponseRootKey } from './jd-client';
export type { JdOaidDecryptSettings } from './jd-decrypt';
export { classifyJdError, type JdErrorRule, jdErrorTable } from './jd-error';
export type { JdAfterSaleListSettings } from './jd-list-after-sales';
export { jdDefaultOptionalFields } from './jd-order-fields';
export { type JdJsonObject, type JdJsonValue, serializeJdParamJson } from './jd-param-json';
export { jdSentinelDates } from './jd-read';
export {
  type JdAdapterSettings,
  type JdShipmentParameterNames,
  jdProductionBaseUrl,
  validateJdAdapterSettings,
} from './jd-settings';
export { buildJdShipmentParams } from './jd-ship';
export { type JdSignedParams, jdStringToSign, signJdRequest } from './jd-sign';
export { formatJdTimestamp } from './jd-timestamp';
export { type MapJdAfterSaleOptions, mapJdAfterSale } from './map-jd-after-sale';
export { jdRefundApplyStatuses, jdServiceExpectations, jdServiceStatuses } from './map-jd-after-sale-status';
export { type MapJdOrderOptions, type MappedJdOrder, mapJdOrder } from './map-jd-order';
export { type JdCoupon, jdCouponTypes } from './map-jd-order-lines';
export { type JdStatusMeaning, jdOrderStates, mapJdOrderStatus } from './map-jd-order-status';
export { defaultJdCiphertextTest, type JdCiphertextTest } from './map-jd-receiver';
export { type JdWaybillGroup, parseJdWaybills } from './parse-jd-waybills';
