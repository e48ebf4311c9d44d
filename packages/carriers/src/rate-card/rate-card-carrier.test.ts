import { OmsError, type ShipmentRequest } from '@omskit/core';
import { describe, expect, it } from 'vitest';
import { guangzhouToShanghai } from '../__fixtures__/shipments';
import { createRateCardCarrier } from './rate-card-carrier';
import { syntheticRateCards } from './synthetic-rate-cards';

describe('createRateCardCarrier', () => {
  it('quotes first weight plus started steps by zone, on the chargeable weight', async () => {
    // 30x20x20 = 12 000 cm³ / 6000 = 2 kg > 1.8 kg actual; SF rounds to 0.5 kg -> 2 kg.
    // 广东 -> 上海 is national: 22.00 + 2 x 7.00 for the 1 kg past the first 0.5 kg... first weight is 1 kg.
    const sf = createRateCardCarrier(syntheticRateCards.sf);
    const [quote] = await sf.quote(guangzhouToShanghai);
    expect(quote).toEqual({
      carrierCode: 'SF',
      price: { amount: 2200 + 2 * 700, currency: 'CNY' },
      promisedDays: 2,
      chargeableWeightGrams: 2000,
    });
  });

  it('uses the actual weight when heavier, with the card grace', async () => {
    const zto = createRateCardCarrier(syntheticRateCards.zto);
    const heavy: ShipmentRequest = { ...guangzhouToShanghai, parcels: [{ weightGrams: 3150 }] };
    const [quote] = await zto.quote(heavy);
    // 3150 g, step 1 kg, grace 200 g -> 3 kg; national 7.50 + 2 x 4.00.
    expect(quote?.chargeableWeightGrams).toBe(3000);
    expect(quote?.price.amount).toBe(750 + 800);
  });

  it('prices same-province, remote and multi-parcel shipments', async () => {
    const zto = createRateCardCarrier(syntheticRateCards.zto);
    const local: ShipmentRequest = {
      ...guangzhouToShanghai,
      receiver: { ...guangzhouToShanghai.receiver, province: '广东省', city: '深圳市' },
      parcels: [{ weightGrams: 500 }, { weightGrams: 900 }],
    };
    const [localQuote] = await zto.quote(local);
    expect(localQuote).toMatchObject({
      price: { amount: 800 },
      promisedDays: 1,
      chargeableWeightGrams: 2000,
    });
    const remote: ShipmentRequest = {
      ...guangzhouToShanghai,
      receiver: { ...guangzhouToShanghai.receiver, province: '新疆维吾尔自治区' },
      parcels: [{ weightGrams: 900 }],
    };
    const [remoteQuote] = await zto.quote(remote);
    expect(remoteQuote).toMatchObject({ price: { amount: 1500 + 300 }, promisedDays: 6 });
  });

  it('gives no quote for a zone the card does not serve, or an over-weight parcel', async () => {
    const jt = createRateCardCarrier(syntheticRateCards.jt);
    const remote: ShipmentRequest = {
      ...guangzhouToShanghai,
      receiver: { ...guangzhouToShanghai.receiver, province: '西藏' },
    };
    expect(await jt.quote(remote)).toEqual([]);
    expect(await jt.quote({ ...guangzhouToShanghai, parcels: [{ weightGrams: 35_000 }] })).toEqual([]);
  });

  it('refuses a malformed rate card, naming the field', () => {
    expect(() =>
      createRateCardCarrier({
        carrierCode: 'X',
        zones: { national: { firstPriceFen: -1, additionalPriceFen: 1, promisedDays: 1 } },
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'invalid_input',
        path: ['rateCard', 'zones', 'national', 'firstPriceFen'],
      }),
    );
  });

  it('refuses a shipment without parcels or with an unknown province', async () => {
    const zto = createRateCardCarrier(syntheticRateCards.zto);
    await expect(zto.quote({ ...guangzhouToShanghai, parcels: [] })).rejects.toSatisfy((error: unknown) =>
      OmsError.isCode(error, 'invalid_input'),
    );
    await expect(
      zto.quote({ ...guangzhouToShanghai, receiver: { ...guangzhouToShanghai.receiver, province: '火星' } }),
    ).rejects.toSatisfy((error: unknown) => OmsError.isCode(error, 'invalid_input'));
  });
});
