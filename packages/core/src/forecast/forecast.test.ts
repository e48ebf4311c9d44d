import { describe, expect, it } from 'vitest';
import { OmsError } from '../errors/oms-error';
import { toDemandSeries } from './demand-series';
import { evaluateForecastAccuracy } from './forecast-accuracy';
import { forecastDemand } from './forecast-demand';
import { normalCdf, normalQuantile } from './normal-quantile';
import { suggestChannelQuotas, suggestReplenishment } from './replenishment';
import { generateDemandHistory, type SyntheticDemandOptions } from './synthetic-demand';

const regular: SyntheticDemandOptions = {
  start: '2026-05-01',
  days: 210,
  level: 40,
  trendPerDay: 0.05,
  weeklyAmplitude: 0.35,
  noise: 0.15,
};
const intermittent: SyntheticDemandOptions = {
  start: '2026-05-01',
  days: 210,
  level: 1.2,
  demandProbability: 0.25,
};

describe('normalQuantile', () => {
  it('matches known z values and inverts the CDF', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.95)).toBeCloseTo(1.644854, 5);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 9);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232, 4);
    for (const p of [0.01, 0.1, 0.3, 0.7, 0.9, 0.99]) expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 6);
    expect(() => normalQuantile(1)).toThrow(RangeError);
  });
});

describe('forecastDemand', () => {
  it('chooses Holt-Winters for regular demand and forecasts four weeks with intervals', () => {
    const forecast = forecastDemand(generateDemandHistory({ ...regular, seed: 3 }));
    expect(forecast.model).toBe('holt_winters');
    expect(forecast.points).toHaveLength(28);
    expect(forecast.points[0]?.date).toBe('2026-11-27');
    for (const point of forecast.points) {
      expect(point.lower).toBeLessThanOrEqual(point.mean);
      expect(point.upper).toBeGreaterThanOrEqual(point.mean);
      expect(point.lower).toBeGreaterThanOrEqual(0);
    }
    // The weekly pattern survives into the forecast: the week's peak and trough differ clearly.
    const week = forecast.points.slice(0, 7).map((point) => point.mean);
    expect(Math.max(...week) - Math.min(...week)).toBeGreaterThan(15);
  });

  it('chooses Croston-SBA for intermittent demand and the mean for short histories', () => {
    expect(forecastDemand(generateDemandHistory({ ...intermittent, seed: 5 })).model).toBe('croston_sba');
    expect(forecastDemand(generateDemandHistory({ ...regular, days: 10, seed: 5 })).model).toBe('mean');
  });

  it('keeps promotion days out of the baseline', () => {
    const promotions = [{ date: '2026-11-11', multiplier: 10 }];
    const history = generateDemandHistory({ ...regular, days: 200, seed: 9, promotions });
    const masked = forecastDemand(history, { promotionDates: ['2026-11-11'] });
    const plain = forecastDemand(generateDemandHistory({ ...regular, days: 200, seed: 9 }));
    const ratio = (masked.points[0]?.mean ?? 0) / (plain.points[0]?.mean ?? 1);
    expect(ratio).toBeGreaterThan(0.9);
    expect(ratio).toBeLessThan(1.1);
  });

  it('names the bad field of bad history', () => {
    let caught: unknown;
    try {
      forecastDemand([{ date: '2026-11-11', quantity: -1 }]);
    } catch (error) {
      caught = error;
    }
    expect(OmsError.isCode(caught, 'invalid_input')).toBe(true);
    expect((caught as OmsError).path).toEqual(['history', 0, 'quantity']);
    expect(() => forecastDemand([{ date: '11/11/2026', quantity: 1 }])).toThrow(/yyyy-MM-dd/);
  });
});

describe('forecast accuracy by rolling origin', () => {
  it.each([
    ['regular demand', regular, []],
    ['intermittent demand', intermittent, []],
    [
      'demand with promotions',
      { ...regular, promotions: [{ date: '2026-11-11', multiplier: 8 }] },
      ['2026-11-11'],
    ],
  ] as const)('beats seasonal naive on %s (MASE below 1)', (_name, options, promotionDates) => {
    let mase = 0;
    let relativeRmse = 0;
    const seeds = [1, 2, 3];
    for (const seed of seeds) {
      const series = toDemandSeries(generateDemandHistory({ ...options, seed }), promotionDates);
      const accuracy = evaluateForecastAccuracy(series, { origins: 3 });
      mase += accuracy.mase / seeds.length;
      relativeRmse += accuracy.relativeRmse / seeds.length;
    }
    expect(mase).toBeLessThan(1);
    expect(relativeRmse).toBeLessThan(1);
  });

  it('covers close to the stated rate', () => {
    for (const level of [0.8, 0.95]) {
      let coverage = 0;
      const seeds = [1, 2, 3, 4];
      for (const seed of seeds) {
        const series = toDemandSeries(generateDemandHistory({ ...regular, seed }));
        coverage += evaluateForecastAccuracy(series, { origins: 3, level }).coverage / seeds.length;
      }
      expect(Math.abs(coverage - level)).toBeLessThan(0.08);
    }
  });
});

describe('replenishment', () => {
  const forecast = forecastDemand(generateDemandHistory({ ...regular, seed: 4 }));

  it('sets the reorder point to lead-time demand plus safety stock', () => {
    const low = suggestReplenishment({ forecast, leadTimeDays: 7, serviceLevel: 0.95, onHand: 50 });
    const expectedDemand = Math.ceil(forecast.points.slice(0, 7).reduce((sum, point) => sum + point.mean, 0));
    expect(low.leadTimeDemand).toBe(expectedDemand);
    expect(low.reorderPoint).toBe(expectedDemand + low.safetyStock);
    expect(low.safetyStock).toBeGreaterThan(0);
    expect(low.suggestedOrder).toBeGreaterThan(0);
    const higherService = suggestReplenishment({ forecast, leadTimeDays: 7, serviceLevel: 0.99, onHand: 50 });
    expect(higherService.safetyStock).toBeGreaterThan(low.safetyStock);
    const plenty = suggestReplenishment({ forecast, leadTimeDays: 7, serviceLevel: 0.95, onHand: 5000 });
    expect(plenty.suggestedOrder).toBe(0);
    expect(() => suggestReplenishment({ forecast, leadTimeDays: 0, serviceLevel: 0.95, onHand: 1 })).toThrow(
      /leadTimeDays/,
    );
  });

  it('splits a pool across channels by forecast demand, minimums first, never above the pool', () => {
    const small = forecastDemand(generateDemandHistory({ ...regular, level: 10, seed: 2 }));
    const quotas = suggestChannelQuotas(
      [
        { channel: 'taobao', forecast },
        { channel: 'pdd', forecast: small, minimum: 20 },
      ],
      100,
    );
    expect(quotas.reduce((sum, row) => sum + row.quota, 0)).toBe(100);
    expect(quotas[1]?.quota).toBeGreaterThanOrEqual(20);
    expect(quotas[0]?.quota).toBeGreaterThan(quotas[1]?.quota ?? 0);
  });
});
