import { describe, expect, it } from 'vitest';
import * as holds from './index';

describe('holds entry', () => {
  it('exports the public API and nothing internal', () => {
    expect(Object.keys(holds).sort()).toEqual([
      'activeHolds',
      'addressChangedRuleSchema',
      'assessAddressDetail',
      'blacklistListSchema',
      'blacklistMatchSchema',
      'blacklistRuleSchema',
      'defaultHoldsConfig',
      'defaultHoldsConfigInput',
      'defaultHouseNumberMarkers',
      'defaultLandmarkKeywords',
      'defaultMessageKeywords',
      'defaultVelocityRetainMs',
      'emptyVelocityState',
      'evaluateHolds',
      'heldOrderIds',
      'holdCodeSchema',
      'holdCodes',
      'holdReasonSchema',
      'holdRuleSchema',
      'holdSchema',
      'holdsConfigSchema',
      'isHoldActive',
      'isOrderHeld',
      'lowAmountRuleSchema',
      'messageKeywordRuleSchema',
      'parseHoldsConfig',
      'placeManualHold',
      'recordOrderForVelocity',
      'refundRequestedRuleSchema',
      'releaseDueHolds',
      'releaseHold',
      'safeParseHoldsConfig',
      'shipBlockedRuleSchema',
      'shipByMissedRuleSchema',
      'vagueAddressRuleSchema',
      'velocityDimensionSchema',
      'velocityEntryOf',
      'velocityRuleSchema',
    ]);
  });
});
