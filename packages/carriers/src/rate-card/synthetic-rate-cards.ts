import type { RateCardInput } from '@omskit/core';

/**
 * SYNTHETIC rate cards for examples and tests: the structure follows what Chinese carriers
 * publish (首重 + 续重 by zone, a volumetric divisor, weight rounding, a remote surcharge), but
 * every price and promise here is invented. No trustworthy public tariff was found; do not use
 * these numbers for real decisions. The divisors follow commonly cited values (SF 6000, 通达系
 * 8000), which are themselves UNVERIFIED.
 */
export const syntheticRateCards = {
  sf: {
    carrierCode: 'SF',
    volumetricDivisor: 6000,
    // SF is reported (PEER) to round to 0.5 kg units.
    rounding: { stepGrams: 500, graceGrams: 0 },
    zones: {
      same_province: {
        firstPriceFen: 1200,
        additionalPriceFen: 200,
        additionalStepGrams: 500,
        promisedDays: 1,
      },
      jiangzhehu: { firstPriceFen: 1300, additionalPriceFen: 300, additionalStepGrams: 500, promisedDays: 1 },
      adjacent: { firstPriceFen: 1400, additionalPriceFen: 400, additionalStepGrams: 500, promisedDays: 2 },
      same_region: {
        firstPriceFen: 1500,
        additionalPriceFen: 500,
        additionalStepGrams: 500,
        promisedDays: 2,
      },
      national: { firstPriceFen: 2200, additionalPriceFen: 700, additionalStepGrams: 500, promisedDays: 2 },
      remote: { firstPriceFen: 3000, additionalPriceFen: 1200, additionalStepGrams: 500, promisedDays: 4 },
    },
    maxWeightGrams: 50_000,
  },
  zto: {
    carrierCode: 'ZTO',
    volumetricDivisor: 8000,
    rounding: { stepGrams: 1000, graceGrams: 200 },
    zones: {
      same_province: { firstPriceFen: 400, additionalPriceFen: 100, promisedDays: 1 },
      jiangzhehu: { firstPriceFen: 450, additionalPriceFen: 150, promisedDays: 2 },
      adjacent: { firstPriceFen: 550, additionalPriceFen: 200, promisedDays: 2 },
      same_region: { firstPriceFen: 600, additionalPriceFen: 250, promisedDays: 3 },
      national: { firstPriceFen: 750, additionalPriceFen: 400, promisedDays: 3 },
      remote: { firstPriceFen: 1500, additionalPriceFen: 1000, promisedDays: 6 },
    },
    remoteSurchargeFen: 300,
    maxWeightGrams: 40_000,
  },
  jt: {
    carrierCode: 'JTSD',
    volumetricDivisor: 8000,
    rounding: { stepGrams: 1000, graceGrams: 100 },
    zones: {
      same_province: { firstPriceFen: 380, additionalPriceFen: 100, promisedDays: 1 },
      jiangzhehu: { firstPriceFen: 420, additionalPriceFen: 150, promisedDays: 2 },
      adjacent: { firstPriceFen: 500, additionalPriceFen: 200, promisedDays: 2 },
      same_region: { firstPriceFen: 580, additionalPriceFen: 250, promisedDays: 3 },
      national: { firstPriceFen: 700, additionalPriceFen: 380, promisedDays: 4 },
    },
    maxWeightGrams: 30_000,
  },
  yto: {
    carrierCode: 'YTO',
    volumetricDivisor: 8000,
    rounding: { stepGrams: 1000, graceGrams: 0 },
    zones: {
      same_province: { firstPriceFen: 420, additionalPriceFen: 100, promisedDays: 1 },
      jiangzhehu: { firstPriceFen: 460, additionalPriceFen: 150, promisedDays: 2 },
      adjacent: { firstPriceFen: 560, additionalPriceFen: 200, promisedDays: 2 },
      same_region: { firstPriceFen: 620, additionalPriceFen: 260, promisedDays: 3 },
      national: { firstPriceFen: 760, additionalPriceFen: 420, promisedDays: 3 },
      remote: { firstPriceFen: 1600, additionalPriceFen: 1000, promisedDays: 6 },
    },
    maxWeightGrams: 40_000,
  },
} as const satisfies Record<string, RateCardInput>;
