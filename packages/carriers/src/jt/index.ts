/**
 * `@omskit/carriers/jt`: the J&T Express China (极兔) carrier adapter, its digests and scan-type
 * table. The mock J&T gateway for tests is `@omskit/carriers/jt/testing`.
 *
 * @module
 */
export { callJt } from './jt-api';
export { createJtCarrier } from './jt-carrier';
export { jtBusinessDigest, jtHeaderDigest } from './jt-digest';
export { buildJtAddOrder, jtWaybillFromData } from './jt-orders';
export { jtScanTypes } from './jt-scan-types';
export {
  type JtCarrierSettings,
  type JtOrderDefaults,
  jtDemoOrderDefaults,
  jtGatewayUrls,
} from './jt-settings';
export { jtEventsFromTrace } from './jt-trace';
