/**
 * Splits `total` whole units in proportion to `weights` (largest-remainder method): the parts are
 * integers, sum to exactly `total` (0 when every weight is 0) and differ from the exact shares by
 * less than one unit. Ties go to the earlier index, so the split is deterministic.
 */
export function splitByWeight(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((acc, weight) => acc + Math.max(0, weight), 0);
  if (total <= 0 || sum <= 0) return weights.map(() => 0);
  const exact = weights.map((weight) => (Math.max(0, weight) * total) / sum);
  const parts = exact.map((share) => Math.floor(share));
  let left = total - parts.reduce((acc, part) => acc + part, 0);
  const order = exact
    .map((share, index) => ({ index, remainder: share - Math.floor(share) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    left -= 1;
  }
  return parts;
}
