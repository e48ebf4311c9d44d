/**
 * The forecast module of `@omskit/core`: daily demand per SKU from order history (Holt-Winters
 * with weekly seasonality and a damped trend, or Croston-SBA for intermittent demand, chosen
 * automatically), prediction intervals, rolling-origin accuracy against the seasonal-naive
 * baseline, reorder points, safety stock and per-channel quota suggestions. All pure.
 *
 * @module
 */
export { type CrostonFit, demandPattern, fitCroston } from './croston';
export { type DailyDemand, type DemandSeries, dateOfDay, dayNumber, toDemandSeries } from './demand-series';
export { evaluateForecastAccuracy, type ForecastAccuracy } from './forecast-accuracy';
export {
  type DemandForecast,
  type ForecastModel,
  type ForecastOptions,
  type ForecastPoint,
  forecastDemand,
  forecastSeries,
  intermittentAdiThreshold,
} from './forecast-demand';
export {
  fitHoltWinters,
  forecastHoltWinters,
  type HoltWintersFit,
  type HoltWintersParams,
  runHoltWinters,
} from './holt-winters';
export { erfc, normalCdf, normalQuantile } from './normal-quantile';
export {
  type ReplenishmentInput,
  type ReplenishmentSuggestion,
  suggestChannelQuotas,
  suggestReplenishment,
} from './replenishment';
export {
  generateDemandHistory,
  type SyntheticDemandOptions,
  seededRandom,
  syntheticMean,
} from './synthetic-demand';
