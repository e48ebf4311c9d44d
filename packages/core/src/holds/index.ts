/**
 * Holds for `@omskit/core`: exception interception before routing. A JSON config of rules
 * (velocity per buyer, receiver, address or IP; vague addresses; low amounts; blacklists;
 * message keywords; upstream address changes and refund requests; platform ship blocks;
 * ship-by deadlines) validated by zod, a pure `evaluateHolds`, and explicit or timed release.
 *
 * @module
 */
export {
  type AddressDetailAssessment,
  type AddressDetailOptions,
  assessAddressDetail,
} from './assess-address-detail';
export {
  defaultHouseNumberMarkers,
  defaultLandmarkKeywords,
  defaultMessageKeywords,
} from './default-keywords';
export { evaluateHolds, type HoldsEvaluation } from './evaluate-holds';
export {
  type BlacklistList,
  type BlacklistMatch,
  blacklistListSchema,
  blacklistMatchSchema,
  type Hold,
  type HoldCode,
  type HoldReason,
  holdCodeSchema,
  holdCodes,
  holdReasonSchema,
  holdSchema,
  type VelocityDimension,
  velocityDimensionSchema,
} from './hold';
export type { HoldContext } from './hold-context';
export {
  addressChangedRuleSchema,
  blacklistRuleSchema,
  type HoldRule,
  type HoldRuleOf,
  type HoldsConfig,
  type HoldsConfigInput,
  holdRuleSchema,
  holdsConfigSchema,
  lowAmountRuleSchema,
  messageKeywordRuleSchema,
  refundRequestedRuleSchema,
  shipBlockedRuleSchema,
  shipByMissedRuleSchema,
  vagueAddressRuleSchema,
  velocityRuleSchema,
} from './holds-config';
export {
  defaultHoldsConfig,
  defaultHoldsConfigInput,
  type HoldsConfigIssue,
  type ParseHoldsConfigResult,
  parseHoldsConfig,
  safeParseHoldsConfig,
} from './parse-holds-config';
export {
  activeHolds,
  type HoldRelease,
  heldOrderIds,
  isHoldActive,
  isOrderHeld,
  type ManualHoldOptions,
  placeManualHold,
  type ReleaseHoldResult,
  releaseDueHolds,
  releaseHold,
} from './release-holds';
export {
  defaultVelocityRetainMs,
  emptyVelocityState,
  recordOrderForVelocity,
  type VelocityEntry,
  type VelocityState,
  velocityEntryOf,
} from './velocity-state';
