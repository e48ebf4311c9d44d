/**
 * `@omskit/carriers/zto`: the ZTO (中通) carrier adapter, its digest, push verifier and action
 * table. The mock ZTO gateway for tests is `@omskit/carriers/zto/testing`.
 *
 * @module
 */

export { ztoActions } from './zto-actions';
export { classifyZtoResponse } from './zto-api';
export { createZtoCarrier, type ZtoCarrier } from './zto-carrier';
export { buildZtoCreateOrder, ztoWaybillFromResult } from './zto-create-order';
export { ztoDataDigest } from './zto-data-digest';
export { ztoError, ztoErrorCodes } from './zto-error';
export { parseZtoPush, verifyZtoPush, type ZtoPushOptions } from './zto-push';
export {
  type ZtoAccount,
  type ZtoCarrierSettings,
  ztoDefaultPushReply,
  ztoGatewayUrls,
} from './zto-settings';
