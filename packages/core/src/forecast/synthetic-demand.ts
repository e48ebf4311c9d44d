import { type DailyDemand, dateOfDay, dayNumber } from './demand-series';

/** Parameters of a generated demand history (for tests, benchmarks and demos). */
export interface SyntheticDemandOptions {
  /** First day (`yyyy-MM-dd`). */
  start: string;
  days: number;
  /** Mean daily demand at the start. */
  level: number;
  /** Change of the mean per day. */
  trendPerDay?: number;
  /** Weekly swing as a fraction of the level (0.3 = weekends 30% above, mid-week below). */
  weeklyAmplitude?: number;
  /** Noise standard deviation as a fraction of the mean. */
  noise?: number;
  /** Probability that a day has any demand at all (1 = every day; 0.2 = intermittent). */
  demandProbability?: number;
  /** Days (`yyyy-MM-dd`) with a promotion and the multiplier of demand on them. */
  promotions?: readonly { date: string; multiplier: number }[];
  /** PRNG seed: the same options always give the same history. */
  seed?: number;
}

/** A small seeded PRNG (xorshift32) returning floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 0x9e3779b9;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4_294_967_296;
  };
}

function gaussian(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** The mean demand of day `t` under the options (before noise and intermittency). */
export function syntheticMean(options: SyntheticDemandOptions, t: number): number {
  const weekday = (dayNumber(options.start) + t + 4) % 7; // 0 = Sunday (1970-01-01 was a Thursday)
  const weekly = Math.sin((2 * Math.PI * (weekday - 1)) / 7) * (options.weeklyAmplitude ?? 0);
  return Math.max(0, (options.level + (options.trendPerDay ?? 0) * t) * (1 + weekly));
}

/**
 * Generates a daily demand history with known level, trend, weekly seasonality, noise,
 * intermittency and promotion spikes, so forecast accuracy can be measured against a truth.
 */
export function generateDemandHistory(options: SyntheticDemandOptions): DailyDemand[] {
  const random = seededRandom(options.seed ?? 1);
  const first = dayNumber(options.start);
  const promotions = new Map(
    (options.promotions ?? []).map((promotion) => [promotion.date, promotion.multiplier]),
  );
  const probability = options.demandProbability ?? 1;
  return Array.from({ length: options.days }, (_, t) => {
    const date = dateOfDay(first + t);
    const mean = syntheticMean(options, t) * (promotions.get(date) ?? 1);
    if (random() >= probability) return { date, quantity: 0 };
    // Intermittent demand keeps the long-run mean: sizes scale up by 1 / probability.
    const size = mean / probability;
    const noisy = size + gaussian(random) * size * (options.noise ?? 0.15);
    return { date, quantity: Math.max(0, Math.round(noisy)) };
  });
}
