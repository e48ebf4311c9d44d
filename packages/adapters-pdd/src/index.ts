/**
 * @omskit/adapters-pdd: the Pinduoduo (拼多多) channel adapter for omskit.
 *
 * `createPddAdapter(settings)` returns a ChannelAdapter v1 over PDD's open platform: signed calls,
 * incremental order pulls by modified time, getOrder, shipping write-back, after-sales, receiver
 * decryption and error classification. The pure pieces (signing, mapping, the message-service
 * frame helpers, the error table) are exported on their own. A mock platform for tests lives
 * under `@omskit/adapters-pdd/testing`.
 *
 * Install: `pnpm add @omskit/adapters-pdd @omskit/core` (add `msw` as a dev dependency to use
 * the mock platform).
 *
 * @packageDocumentation
 */

export type { MapPddAfterSaleOptions, MappedPddAfterSale } from './map-pdd-after-sale';
export { mapPddAfterSale } from './map-pdd-after-sale';
export {
  mapPddAfterSaleStatus,
  mapPddAfterSaleType,
  pddAfterSaleStatusMap,
} from './map-pdd-after-sale-status';
export type { MapPddOrderOptions, MappedPddOrder } from './map-pdd-order';
export { mapPddOrder } from './map-pdd-order';
export type { PddStatusFields, PddStatusResult } from './map-pdd-order-status';
export {
  formatPddPlatformStatus,
  mapPddLineRefundStatus,
  mapPddOrderStatus,
  pddConfirmStatuses,
  pddGroupStatuses,
  pddOrderStatuses,
  pddRefundStatuses,
} from './map-pdd-order-status';
export type { PddReceiverOptions } from './map-pdd-receiver';
export { isPddCiphertext } from './map-pdd-receiver';
export { createPddAdapter } from './pdd-adapter';
export { buildPddRequestBody } from './pdd-call';
export type { PddLogisticsCompany } from './pdd-carrier-codes';
export { defaultPddLogisticsIds, findPddLogisticsId, pddCarrierNames } from './pdd-carrier-codes';
export type { PddErrorRule } from './pdd-error';
export { classifyPddError, pddErrorTable } from './pdd-error';
export type { PddMessageFrame } from './pdd-message-frame';
export {
  buildPddAckFrame,
  buildPddHeartbeatFrame,
  parsePddMessageFrame,
  pddTopicKind,
} from './pdd-message-frame';
export type { PddMessageUrlOptions } from './pdd-message-url';
export { buildPddMessageUrl, pddMessageServiceUrl, signPddMessageConnection } from './pdd-message-url';
export type { PddAdapterSettings } from './pdd-settings';
export { defaultPddListWindowMs, pddGatewayUrl, pddMaxWindowMs } from './pdd-settings';
export type { PddParams, PddParamValue } from './pdd-sign';
export { pddParamText, pddWireParams, signPddRequest } from './pdd-sign';
