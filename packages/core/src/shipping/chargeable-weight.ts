import type { WeightRounding } from './rate-card';

/** Volumetric weight in grams: volume (cm³) / divisor (cm³ per kg), as grams, rounded up. */
export function volumetricWeightGrams(volumeCm3: number, divisor: number): number {
  if (volumeCm3 <= 0) return 0;
  return Math.ceil((volumeCm3 * 1000) / divisor);
}

/** Rounds a weight by a rate card's rule: up to the next step, dropping an excess within the grace. */
export function roundChargeableWeight(grams: number, rounding: WeightRounding): number {
  const steps = Math.floor(grams / rounding.stepGrams);
  const excess = grams - steps * rounding.stepGrams;
  const whole = excess > rounding.graceGrams ? steps + 1 : steps;
  return Math.max(rounding.stepGrams, whole * rounding.stepGrams);
}

/**
 * The chargeable weight of a parcel in grams: the larger of its actual weight and its volumetric
 * weight (volume / divisor), rounded by `rounding`. Never below one rounding step.
 */
export function chargeableWeightGrams(
  actualGrams: number,
  volumeCm3: number,
  divisor: number,
  rounding: WeightRounding,
): number {
  return roundChargeableWeight(Math.max(actualGrams, volumetricWeightGrams(volumeCm3, divisor)), rounding);
}
