import { describe, expect, it } from 'vitest';
import { canMergeOrders } from '../order-merge';
import { fixedEnv, sampleOrder } from '../order-merge/__fixtures__/sample-orders';
import type { Hold } from './hold';
import {
  activeHolds,
  heldOrderIds,
  isHoldActive,
  isOrderHeld,
  placeManualHold,
  releaseDueHolds,
  releaseHold,
} from './release-holds';

const timed: Hold = {
  id: 'hold-1',
  orderId: 'taobao:shop-1:1',
  ruleId: 'vague',
  key: 'vague:x',
  reason: { code: 'vague_address', landmarks: ['门口'], missingHouseNumber: true, detailMasked: '小区门口' },
  placedBy: 'system',
  placedAt: '2026-11-10T18:00:00.000Z',
  releaseAt: '2026-11-10T18:30:00.000Z',
};
const manual = placeManualHold(
  'taobao:shop-1:2',
  { by: 'op-xiaowang', note: '客户来电要求改色' },
  fixedEnv(),
);

describe('holds release', () => {
  it('places manual holds with env ids and time', () => {
    expect(manual).toEqual({
      id: 'hold-1',
      orderId: 'taobao:shop-1:2',
      key: 'manual:hold-1',
      reason: { code: 'manual', note: '客户来电要求改色' },
      placedBy: 'op-xiaowang',
      placedAt: '2026-11-10T18:00:00.000Z',
    });
  });

  it('releases explicitly, once', () => {
    const first = releaseHold(manual, { by: 'op-laoli', at: '2026-11-10T19:00:00.000Z' });
    expect(first).toEqual({
      ok: true,
      hold: { ...manual, releasedAt: '2026-11-10T19:00:00.000Z', releasedBy: 'op-laoli' },
    });
    if (!first.ok) return;
    expect(releaseHold(first.hold, { by: 'op-other', at: '2026-11-10T20:00:00.000Z' })).toEqual({
      ok: false,
      reason: 'already_released',
      hold: first.hold,
    });
    expect(manual.releasedAt).toBeUndefined();
  });

  it('releases due timers only', () => {
    const before = releaseDueHolds([timed, manual], '2026-11-10T18:29:59.000Z');
    expect(before.released).toEqual([]);
    const after = releaseDueHolds([timed, manual], '2026-11-10T18:30:00.000Z');
    expect(after.released).toEqual([
      { ...timed, releasedAt: '2026-11-10T18:30:00.000Z', releasedBy: 'timer' },
    ]);
    expect(after.holds).toEqual([after.released[0], manual]);
    expect(releaseDueHolds(after.holds, '2026-11-11T00:00:00.000Z').released).toEqual([]);
    expect(releaseDueHolds([timed], Date.parse('2026-11-10T18:45:00.000Z')).released).toEqual([
      { ...timed, releasedAt: '2026-11-10T18:45:00.000Z', releasedBy: 'timer' },
    ]);
  });

  it('tells whether an order is held', () => {
    expect(isOrderHeld([timed, manual], 'taobao:shop-1:1')).toBe(true);
    expect(isOrderHeld([timed, manual], 'taobao:shop-1:3')).toBe(false);
    expect(isOrderHeld([])).toBe(false);
    expect(isHoldActive(timed, '2026-11-10T18:30:00.000Z')).toBe(false);
    expect(activeHolds([timed, manual], 'taobao:shop-1:2')).toEqual([manual]);
    expect(heldOrderIds([manual, timed, manual])).toEqual(['taobao:shop-1:1', 'taobao:shop-1:2']);
  });

  it('feeds the merge predicate: a held order does not merge', () => {
    const a = sampleOrder({ platformOrderId: '1' });
    const b = sampleOrder({ platformOrderId: '2' });
    expect(canMergeOrders(a, b, { heldOrderIds: heldOrderIds([manual]) })).toEqual({
      ok: false,
      reasons: ['held'],
    });
  });
});
