/** Summary of a set of durations or amounts. */
export interface Distribution {
  count: number;
  mean: number;
  median: number;
  p90: number;
  min: number;
  max: number;
}

/** The value at quantile `q` of sorted values (linear interpolation between ranks). */
export function quantileOf(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const low = sorted[below] ?? 0;
  const high = sorted[Math.ceil(position)] ?? low;
  return low + (high - low) * (position - below);
}

/** Count, mean, median, p90, min and max of the values (all zero for an empty list). */
export function distributionOf(values: readonly number[]): Distribution {
  if (values.length === 0) return { count: 0, mean: 0, median: 0, p90: 0, min: 0, max: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: sorted.length,
    mean: sorted.reduce((sum, value) => sum + value, 0) / sorted.length,
    median: quantileOf(sorted, 0.5),
    p90: quantileOf(sorted, 0.9),
    min: sorted[0] ?? 0,
    max: sorted[sorted.length - 1] ?? 0,
  };
}
