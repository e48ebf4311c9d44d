// Forecast accuracy on generated histories with known seasonality, trend, noise, intermittency
// and promotions: rolling-origin MASE and RMSE against the seasonal-naive baseline, and interval
// coverage at 80% and 95%. Run: npx -y pnpm@12.4.2 exec tsx bench/forecast/forecast-accuracy.bench.ts
import {
  evaluateForecastAccuracy,
  generateDemandHistory,
  type SyntheticDemandOptions,
  toDemandSeries,
} from '@omskit/core';
import { machineLine } from '../machine';

const base = { start: '2026-05-01', days: 210 } as const;
const scenarios: Record<string, Omit<SyntheticDemandOptions, 'start' | 'days'>> = {
  'regular, trend + weekly': { level: 40, trendPerDay: 0.05, weeklyAmplitude: 0.35, noise: 0.15 },
  'low volume': { level: 4, weeklyAmplitude: 0.3, noise: 0.3 },
  'intermittent (25% of days)': { level: 1.2, noise: 0.3, demandProbability: 0.25 },
  'promotions 618 + 11.11': {
    level: 30,
    weeklyAmplitude: 0.3,
    noise: 0.15,
    promotions: [
      { date: '2026-06-18', multiplier: 6 },
      { date: '2026-11-11', multiplier: 8 },
    ],
  },
};

const seeds = Array.from({ length: 20 }, (_, i) => i + 1);
console.log(machineLine());
console.log(
  `six months in, four weeks out; ${seeds.length} histories per scenario, 4 rolling origins 7 days apart\n`,
);
console.log(
  '| scenario | MASE | RMSE / seasonal-naive RMSE | MAE / seasonal-naive MAE | coverage 80% | coverage 95% |',
);
console.log('| --- | --- | --- | --- | --- | --- |');
for (const [name, options] of Object.entries(scenarios)) {
  const totals = { mase: 0, relativeRmse: 0, relativeMae: 0, c80: 0, c95: 0 };
  for (const seed of seeds) {
    const history = generateDemandHistory({ ...base, ...options, seed });
    const series = toDemandSeries(
      history,
      (options.promotions ?? []).map((promotion) => promotion.date),
    );
    const at80 = evaluateForecastAccuracy(series, { origins: 4, level: 0.8 });
    const at95 = evaluateForecastAccuracy(series, { origins: 4, level: 0.95 });
    totals.mase += at80.mase;
    totals.relativeRmse += at80.relativeRmse;
    totals.relativeMae += at80.relativeMae;
    totals.c80 += at80.coverage;
    totals.c95 += at95.coverage;
  }
  const avg = (value: number) => (value / seeds.length).toFixed(3);
  console.log(
    `| ${name} | ${avg(totals.mase)} | ${avg(totals.relativeRmse)} | ${avg(totals.relativeMae)} | ${avg(totals.c80)} | ${avg(totals.c95)} |`,
  );
}
