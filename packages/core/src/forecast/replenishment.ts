import { invalidInput } from '../errors/oms-error';
import { apportion } from '../schema/money';
import type { DemandForecast } from './forecast-demand';
import { normalQuantile } from './normal-quantile';

/** Inputs of {@link suggestReplenishment} for one SKU in one warehouse. */
export interface ReplenishmentInput {
  forecast: DemandForecast;
  /** Days from ordering to receiving stock. */
  leadTimeDays: number;
  /** Probability of not running out during the lead time (0.95). */
  serviceLevel: number;
  onHand: number;
  /** Units already ordered and not yet received. */
  onOrder?: number;
  /** Days until the next chance to order (periodic review); the order covers them too. */
  reviewPeriodDays?: number;
}

/** A replenishment suggestion with its parts, so a planner can see why. */
export interface ReplenishmentSuggestion {
  leadTimeDemand: number;
  safetyStock: number;
  reorderPoint: number;
  /** Units to order now (0 when stock plus open orders is above the reorder point). */
  suggestedOrder: number;
  /** Days the current stock lasts at the forecast rate. */
  daysOfCover: number;
}

/**
 * Reorder point and safety stock from a forecast: demand over the lead time plus
 * z(service level) x the standard deviation of that demand (daily forecast variances summed, a
 * slight underestimate when errors are correlated day to day). Rounded up to whole units.
 */
export function suggestReplenishment(input: ReplenishmentInput): ReplenishmentSuggestion {
  const { forecast, leadTimeDays, serviceLevel, onHand } = input;
  if (!Number.isInteger(leadTimeDays) || leadTimeDays < 1)
    throw invalidInput(['leadTimeDays'], 'must be a positive integer');
  if (leadTimeDays > forecast.points.length)
    throw invalidInput(['leadTimeDays'], 'is longer than the forecast');
  if (!(serviceLevel > 0 && serviceLevel < 1))
    throw invalidInput(['serviceLevel'], 'must be between 0 and 1');
  const review = input.reviewPeriodDays ?? 0;
  const horizon = Math.min(forecast.points.length, leadTimeDays + review);
  let demand = 0;
  let variance = 0;
  for (let h = 0; h < horizon; h += 1) {
    demand += forecast.points[h]?.mean ?? 0;
    variance += (forecast.sd[h] ?? 0) ** 2;
  }
  const leadTimeDemand = forecast.points.slice(0, leadTimeDays).reduce((sum, point) => sum + point.mean, 0);
  const safetyStock = Math.ceil(normalQuantile(serviceLevel) * Math.sqrt(variance));
  const reorderPoint = Math.ceil(leadTimeDemand) + safetyStock;
  const position = onHand + (input.onOrder ?? 0);
  const target = Math.ceil(demand) + safetyStock;
  const rate =
    forecast.points.reduce((sum, point) => sum + point.mean, 0) / Math.max(1, forecast.points.length);
  return {
    leadTimeDemand: Math.ceil(leadTimeDemand),
    safetyStock,
    reorderPoint,
    suggestedOrder: position <= reorderPoint ? Math.max(0, target - position) : 0,
    daysOfCover: rate > 0 ? onHand / rate : Number.POSITIVE_INFINITY,
  };
}

/**
 * Splits a pool's sellable quantity across channels in proportion to each channel's forecast
 * demand over `days`, after giving each its `minimum` (as far as the pool allows). The parts
 * never add up to more than the pool. Channels are returned in the order given.
 */
export function suggestChannelQuotas(
  channels: readonly { channel: string; forecast: DemandForecast; minimum?: number }[],
  pool: number,
  days = 7,
): { channel: string; quota: number; expectedDemand: number }[] {
  if (!Number.isInteger(pool) || pool < 0) throw invalidInput(['pool'], 'must be a non-negative integer');
  const expected = channels.map(({ forecast }) =>
    forecast.points.slice(0, days).reduce((sum, point) => sum + point.mean, 0),
  );
  const minimums = channels.map(({ minimum }) => minimum ?? 0);
  const reservedForMinimums = Math.min(
    pool,
    minimums.reduce((sum, value) => sum + value, 0),
  );
  const minimumShares = apportion(reservedForMinimums, minimums);
  const rest = apportion(pool - reservedForMinimums, expected);
  return channels.map(({ channel }, index) => ({
    channel,
    quota: (minimumShares[index] ?? 0) + (rest[index] ?? 0),
    expectedDemand: expected[index] ?? 0,
  }));
}
