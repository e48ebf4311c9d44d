/**
 * `@omskit/carriers/yto`: the YTO (圆通) carrier adapter, its signature, push verifier and status
 * table. The mock YTO gateway for tests is `@omskit/carriers/yto/testing`.
 *
 * @module
 */
export { callYto } from './yto-api';
export { buildYtoCreateOrder, createYtoCarrier, ytoEventsFromTraces } from './yto-carrier';
export { parseYtoPush, verifyYtoPush, type YtoPushOptions, ytoPushAck } from './yto-push';
export { type YtoApiNames, type YtoCarrierSettings, ytoGatewayUrls } from './yto-settings';
export { ytoPushDigest, ytoSign } from './yto-sign';
export { ytoStatuses } from './yto-status';
