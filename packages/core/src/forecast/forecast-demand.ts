import { invalidInput } from '../errors/oms-error';
import { demandPattern, fitCroston } from './croston';
import { type DailyDemand, type DemandSeries, dateOfDay, dayNumber, toDemandSeries } from './demand-series';
import { fitHoltWinters, forecastHoltWinters } from './holt-winters';
import { normalQuantile } from './normal-quantile';

/** The models `forecastDemand` chooses between. */
export type ForecastModel = 'holt_winters' | 'croston_sba' | 'mean';

/** Options of {@link forecastDemand}. */
export interface ForecastOptions {
  /** Days to forecast (default 28: four weeks). */
  horizonDays?: number;
  /** Length of the seasonal cycle in days (default 7: weekly). */
  seasonLength?: number;
  /** Probability the interval should cover (default 0.8). */
  level?: number;
  /** Promotion days (`yyyy-MM-dd`) kept out of the fit so they don't distort the baseline. */
  promotionDates?: readonly string[];
  /** Force a model instead of choosing by demand pattern. */
  model?: ForecastModel | 'auto';
}

/** One forecast day. */
export interface ForecastPoint {
  date: string;
  mean: number;
  lower: number;
  upper: number;
}

/** A forecast with the model it came from and why that model. */
export interface DemandForecast {
  model: ForecastModel;
  reason: string;
  /** Average demand interval and CV² of non-zero demand (Syntetos-Boylan classification). */
  pattern: { adi: number; cv2: number };
  level: number;
  points: ForecastPoint[];
  /** Standard deviation of each day's forecast error, for safety stock. */
  sd: number[];
}

/** ADI above this marks intermittent demand (Syntetos and Boylan's cut-off). */
export const intermittentAdiThreshold = 1.32;

function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const low = sorted[below] ?? 0;
  return low + ((sorted[above] ?? low) - low) * (position - below);
}

/** Forecasts a gap-free series (see {@link forecastDemand}). */
export function forecastSeries(series: DemandSeries, options: ForecastOptions = {}): DemandForecast {
  const horizon = options.horizonDays ?? 28;
  const m = options.seasonLength ?? 7;
  const level = options.level ?? 0.8;
  if (!Number.isInteger(horizon) || horizon < 1)
    throw invalidInput(['horizonDays'], 'must be a positive integer');
  if (!(level > 0 && level < 1)) throw invalidInput(['level'], 'must be between 0 and 1');
  const { values, promotion } = series;
  const pattern = demandPattern(values, promotion);
  const startDay = dayNumber(series.start) + values.length;
  const dates = Array.from({ length: horizon }, (_, h) => dateOfDay(startDay + h));
  const z = normalQuantile(0.5 + level / 2);
  const usable = values.filter((_, index) => promotion[index] !== true);

  let model: ForecastModel;
  let reason: string;
  if (options.model !== undefined && options.model !== 'auto') {
    model = options.model;
    reason = 'chosen by the caller';
  } else if (values.length < 2 * m) {
    model = 'mean';
    reason = `only ${values.length} days of history (fewer than two seasons)`;
  } else if (pattern.adi >= intermittentAdiThreshold) {
    model = 'croston_sba';
    reason = `intermittent demand (ADI ${pattern.adi.toFixed(2)} >= ${intermittentAdiThreshold})`;
  } else {
    model = 'holt_winters';
    reason = `regular demand (ADI ${pattern.adi.toFixed(2)}): weekly seasonality with a damped trend`;
  }

  if (model === 'holt_winters') {
    const fit = fitHoltWinters(values, promotion, m);
    const { mean, sd } = forecastHoltWinters(fit, horizon);
    return {
      model,
      reason,
      pattern,
      level,
      sd,
      points: dates.map((date, h) => {
        const center = Math.max(0, mean[h] ?? 0);
        const spread = z * (sd[h] ?? 0);
        return { date, mean: center, lower: Math.max(0, center - spread), upper: center + spread };
      }),
    };
  }

  // Intermittent and short series: a flat rate, with the interval from the recent empirical
  // distribution of daily demand (a normal interval would put mass below zero).
  const recent = usable.slice(-84);
  const sorted = [...recent].sort((a, b) => a - b);
  const rate =
    model === 'croston_sba'
      ? fitCroston(values, promotion).rate
      : recent.reduce((s, v) => s + v, 0) / Math.max(1, recent.length);
  const spreadSd = Math.sqrt(
    recent.reduce((sum, value) => sum + (value - rate) ** 2, 0) / Math.max(1, recent.length),
  );
  const lower = quantile(sorted, (1 - level) / 2);
  const upper = quantile(sorted, 1 - (1 - level) / 2);
  return {
    model,
    reason,
    pattern,
    level,
    sd: dates.map(() => spreadSd),
    points: dates.map((date) => ({
      date,
      mean: rate,
      lower: Math.min(lower, rate),
      upper: Math.max(upper, rate),
    })),
  };
}

/**
 * Forecasts daily demand of one SKU from its sales history: Holt-Winters with weekly
 * seasonality and a damped trend for regular demand, Croston with the SBA correction for
 * intermittent demand (chosen by the average demand interval), a flat mean for short histories.
 * Promotion days are left out of the fit. Pure and deterministic.
 */
export function forecastDemand(
  history: readonly DailyDemand[],
  options: ForecastOptions = {},
): DemandForecast {
  return forecastSeries(toDemandSeries(history, options.promotionDates ?? []), options);
}
