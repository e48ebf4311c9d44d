import { describe, expect, it } from 'vitest';
import { rankCarrierOffers } from './carrier-score';
import { chargeableWeightGrams, roundChargeableWeight } from './chargeable-weight';
import { quoteParcel, resolveLane } from './quote-parcel';
import { rateCardSchema } from './rate-card';

const card = rateCardSchema.parse({
  carrierCode: 'zto',
  volumetricDivisor: 8000,
  rounding: { stepGrams: 1000, graceGrams: 200 },
  zones: {
    same_province: { firstPriceFen: 500, additionalPriceFen: 100, promisedDays: 1 },
    national: { firstPriceFen: 800, additionalPriceFen: 400, promisedDays: 3 },
    remote: { firstPriceFen: 1500, additionalPriceFen: 800, promisedDays: 5 },
  },
  lanes: [
    {
      originProvinceCodes: ['440000'],
      destinationProvinceCodes: ['110000'],
      firstPriceFen: 700,
      additionalPriceFen: 300,
      promisedDays: 2,
    },
  ],
  remoteSurchargeFen: 300,
  maxWeightGrams: 30_000,
  refusedTags: ['cold_chain'],
});

describe('chargeable weight', () => {
  it('takes the larger of actual and volumetric weight', () => {
    const rounding = { stepGrams: 100, graceGrams: 0 };
    expect(chargeableWeightGrams(1000, 24_000, 6000, rounding)).toBe(4000);
    expect(chargeableWeightGrams(5000, 24_000, 6000, rounding)).toBe(5000);
  });

  it('rounds up to the step, dropping an excess within the grace', () => {
    expect(roundChargeableWeight(1200, { stepGrams: 1000, graceGrams: 200 })).toBe(1000);
    expect(roundChargeableWeight(1201, { stepGrams: 1000, graceGrams: 200 })).toBe(2000);
    expect(roundChargeableWeight(1, { stepGrams: 500, graceGrams: 0 })).toBe(500);
    expect(roundChargeableWeight(1501, { stepGrams: 500, graceGrams: 0 })).toBe(2000);
  });
});

describe('quoteParcel', () => {
  it('prices first weight plus started steps by zone', () => {
    const quote = quoteParcel(card, { originCode: '440100', destinationCode: '440305', weightGrams: 2500 });
    expect(quote).toEqual({
      ok: true,
      carrierCode: 'zto',
      zone: 'same_province',
      chargeableWeightGrams: 3000,
      priceFen: 700,
      promisedDays: 1,
    });
  });

  it('prefers an explicit lane, and adds the remote surcharge', () => {
    expect(resolveLane(card, '440000', '110000')?.price.firstPriceFen).toBe(700);
    const remote = quoteParcel(card, { originCode: '440000', destinationCode: '650000', weightGrams: 900 });
    expect(remote.ok && remote.priceFen).toBe(1800);
  });

  it('refuses unpriced zones, heavy parcels and refused tags, saying why', () => {
    expect(
      quoteParcel(card, { originCode: '440000', destinationCode: '450000', weightGrams: 100 }),
    ).toMatchObject({ ok: false, reason: 'no_lane' });
    expect(
      quoteParcel(card, { originCode: '440000', destinationCode: '440000', weightGrams: 40_000 }),
    ).toMatchObject({ ok: false, reason: 'over_max_weight' });
    expect(
      quoteParcel(card, {
        originCode: '440000',
        destinationCode: '440000',
        weightGrams: 1,
        tags: ['cold_chain'],
      }),
    ).toMatchObject({ ok: false, reason: 'refuses_tag' });
  });
});

describe('rankCarrierOffers', () => {
  const offers = [
    { carrierCode: 'sf', costFen: 1200, promisedDays: 1, quality: 0.98 },
    { carrierCode: 'zto', costFen: 600, promisedDays: 3, quality: 0.9 },
  ];
  it('picks the cheapest by default', () => {
    expect(rankCarrierOffers(offers, { price: 1, days: 0, kpi: 0 })[0]?.carrierCode).toBe('zto');
  });
  it('lets promised days and KPIs outweigh price', () => {
    expect(rankCarrierOffers(offers, { price: 1, days: 1, kpi: 5 })[0]?.carrierCode).toBe('sf');
  });
});
