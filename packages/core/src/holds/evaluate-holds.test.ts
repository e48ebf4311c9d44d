import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixedEnv, sampleOrder, shenzhenReceiver } from '../order-merge/__fixtures__/sample-orders';
import { evaluateHolds } from './evaluate-holds';
import { holdSchema } from './hold';
import type { HoldsConfigInput } from './holds-config';
import { defaultHoldsConfig, parseHoldsConfig } from './parse-holds-config';

const configOf = (...rules: HoldsConfigInput['rules']) => parseHoldsConfig({ rules });
const vagueOrder = sampleOrder({ receiver: { ...shenzhenReceiver, detailMasked: '南山区政府对面' } });

describe('evaluateHolds', () => {
  it('places nothing on an ordinary order under the default config', () => {
    expect(evaluateHolds(sampleOrder(), {}, defaultHoldsConfig(), fixedEnv())).toEqual({
      holds: [],
      released: [],
    });
  });

  it('stamps ids, rule, time and a timer from env and config', () => {
    const config = configOf({ id: 'vague', type: 'vague_address', releaseAfterMs: 30 * 60_000 });
    expect(evaluateHolds(vagueOrder, {}, config, fixedEnv()).holds).toEqual([
      {
        id: 'hold-1',
        orderId: vagueOrder.id,
        ruleId: 'vague',
        key: expect.stringMatching(/^vague:a1:/),
        reason: {
          code: 'vague_address',
          landmarks: ['对面'],
          missingHouseNumber: true,
          detailMasked: '南山区政府对面',
        },
        placedBy: 'system',
        placedAt: '2026-11-10T18:00:00.000Z',
        releaseAt: '2026-11-10T18:30:00.000Z',
      },
    ]);
  });

  it('skips disabled rules and orders that are not waiting to ship', () => {
    const disabled = configOf({ id: 'vague', type: 'vague_address', enabled: false });
    expect(evaluateHolds(vagueOrder, {}, disabled, fixedEnv()).holds).toEqual([]);
    const config = configOf({ id: 'vague', type: 'vague_address' });
    const shipped = { ...vagueOrder, status: 'shipped' as const };
    expect(evaluateHolds(shipped, {}, config, fixedEnv())).toEqual({
      holds: [],
      released: [],
      skipped: 'not_awaiting_shipment',
    });
  });

  it('does not place a hold again, and an operator release sticks until the trigger changes', () => {
    const config = configOf({ id: 'vague', type: 'vague_address' });
    const [hold] = evaluateHolds(vagueOrder, {}, config, fixedEnv()).holds;
    if (hold === undefined) throw new Error('expected a hold');
    const released = { ...hold, releasedAt: '2026-11-10T18:05:00.000Z', releasedBy: 'op-xiaowang' };
    expect(evaluateHolds(vagueOrder, { existingHolds: [hold] }, config, fixedEnv()).holds).toEqual([]);
    expect(evaluateHolds(vagueOrder, { existingHolds: [released] }, config, fixedEnv()).holds).toEqual([]);
    const moved = { ...vagueOrder, receiver: { ...shenzhenReceiver, detailMasked: '海岸城附近' } };
    expect(evaluateHolds(moved, { existingHolds: [released] }, config, fixedEnv()).holds).toHaveLength(1);
  });

  it('runs every rule and returns all holds at once', () => {
    const order = { ...vagueOrder, shipBlocked: true, buyerMessage: '等通知再发货' };
    const { holds } = evaluateHolds(order, {}, defaultHoldsConfig(), fixedEnv());
    expect(holds.map((hold) => hold.reason.code)).toEqual([
      'vague_address',
      'message_keyword',
      'ship_blocked',
    ]);
  });

  it('produces plain data that survives JSON and validates against holdSchema', () => {
    const order = {
      ...vagueOrder,
      shipBlocked: true,
      buyerMessage: '到付，等通知',
      shipBy: '2026-11-10T17:00:00.000Z',
    };
    const { holds } = evaluateHolds(order, {}, defaultHoldsConfig(), fixedEnv());
    expect(holds.map((hold) => hold.reason.code)).toEqual([
      'vague_address',
      'message_keyword',
      'ship_blocked',
      'ship_by_missed',
    ]);
    expect(holdSchema.array().parse(JSON.parse(JSON.stringify(holds)))).toEqual(holds);
  });

  it('never copies a phone number or street text from the message into a hold (property)', () => {
    const config = defaultHoldsConfig();
    const phone = fc.stringMatching(/^1[3-9]\d{9}$/);
    const keyword = fc.constantFrom('改地址', '先别发', '退款', '到付');
    fc.assert(
      fc.property(
        phone,
        keyword,
        fc.constantFrom('福田区深南大道', '朝阳区建国路'),
        (digits, word, street) => {
          const order = sampleOrder({ buyerMessage: `${word}，新地址${street}，电话${digits}` });
          const text = JSON.stringify(evaluateHolds(order, {}, config, fixedEnv()));
          expect(text).toContain(word);
          expect(text).not.toContain(digits);
          expect(text).not.toContain(street);
        },
      ),
      { numRuns: 100 },
    );
  });
});
