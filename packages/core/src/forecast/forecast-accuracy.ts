import type { DemandSeries } from './demand-series';
import { type ForecastOptions, forecastSeries } from './forecast-demand';

/** Accuracy of the forecast by rolling origin, beside the seasonal-naive baseline. */
export interface ForecastAccuracy {
  origins: number;
  horizonDays: number;
  /** Mean absolute error of the forecast over every origin and horizon day. */
  mae: number;
  /** The same for the seasonal-naive forecast (last week repeated). */
  seasonalNaiveMae: number;
  /** mae / seasonalNaiveMae: below 1 beats the baseline. */
  relativeMae: number;
  /**
   * Root-mean-square error over the baseline's. For intermittent demand this is the fairer
   * comparison: MAE rewards forecasting zero, the median of a mostly-zero series.
   */
  relativeRmse: number;
  /** MAE scaled by the in-sample one-step seasonal-naive MAE (Hyndman and Koehler's MASE). */
  mase: number;
  /** Share of actual days inside the interval. */
  coverage: number;
  level: number;
}

/**
 * Rolling-origin evaluation: for `origins` cut points spaced `step` days apart at the end of the
 * series, fits on everything before the cut, forecasts `horizonDays`, and compares with what
 * happened. Promotion days are not scored.
 */
export function evaluateForecastAccuracy(
  series: DemandSeries,
  options: ForecastOptions & { origins?: number; step?: number } = {},
): ForecastAccuracy {
  const horizon = options.horizonDays ?? 28;
  const m = options.seasonLength ?? 7;
  const origins = options.origins ?? 6;
  const step = options.step ?? 7;
  const level = options.level ?? 0.8;
  let absolute = 0;
  let naiveAbsolute = 0;
  let squared = 0;
  let naiveSquared = 0;
  let scaleSum = 0;
  let covered = 0;
  let scored = 0;
  let scaledSum = 0;
  for (let k = origins; k >= 1; k -= 1) {
    const cut = series.values.length - horizon - (k - 1) * step;
    if (cut < 2 * m) continue;
    const training: DemandSeries = {
      start: series.start,
      values: series.values.slice(0, cut),
      promotion: series.promotion.slice(0, cut),
    };
    const forecast = forecastSeries(training, { ...options, horizonDays: horizon });
    let scale = 0;
    for (let t = m; t < cut; t += 1) scale += Math.abs((series.values[t] ?? 0) - (series.values[t - m] ?? 0));
    scale /= Math.max(1, cut - m);
    let originAbsolute = 0;
    let originScored = 0;
    for (let h = 0; h < horizon; h += 1) {
      const t = cut + h;
      if (series.promotion[t] === true) continue;
      const actual = series.values[t] ?? 0;
      const point = forecast.points[h];
      if (point === undefined) continue;
      const naive = series.values[cut - m + (h % m)] ?? 0;
      absolute += Math.abs(actual - point.mean);
      originAbsolute += Math.abs(actual - point.mean);
      naiveAbsolute += Math.abs(actual - naive);
      squared += (actual - point.mean) ** 2;
      naiveSquared += (actual - naive) ** 2;
      if (actual >= point.lower - 1e-9 && actual <= point.upper + 1e-9) covered += 1;
      scored += 1;
      originScored += 1;
    }
    if (originScored > 0 && scale > 0) scaledSum += originAbsolute / originScored / scale;
    scaleSum += 1;
  }
  const mae = scored > 0 ? absolute / scored : 0;
  const seasonalNaiveMae = scored > 0 ? naiveAbsolute / scored : 0;
  return {
    origins: scaleSum,
    horizonDays: horizon,
    mae,
    seasonalNaiveMae,
    relativeMae: seasonalNaiveMae > 0 ? mae / seasonalNaiveMae : 0,
    relativeRmse: naiveSquared > 0 ? Math.sqrt(squared / naiveSquared) : 0,
    mase: scaleSum > 0 ? scaledSum / scaleSum : 0,
    coverage: scored > 0 ? covered / scored : 0,
    level,
  };
}
