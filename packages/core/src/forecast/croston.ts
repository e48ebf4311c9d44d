/** A fitted Croston model with the Syntetos-Boylan bias correction (SBA). */
export interface CrostonFit {
  alpha: number;
  /** Smoothed size of non-zero demands. */
  size: number;
  /** Smoothed interval between non-zero demands, in days. */
  interval: number;
  /** Expected demand per day: (1 - alpha / 2) * size / interval. */
  rate: number;
  mse: number;
}

function runCroston(values: readonly number[], promotion: readonly boolean[], alpha: number): CrostonFit {
  let size = 0;
  let interval = 1;
  let sinceLast = 1;
  let started = false;
  let squared = 0;
  let counted = 0;
  for (let t = 0; t < values.length; t += 1) {
    if (promotion[t] === true) {
      sinceLast += 1;
      continue;
    }
    const value = values[t] ?? 0;
    if (started) {
      const forecast = (1 - alpha / 2) * (size / interval);
      squared += (value - forecast) ** 2;
      counted += 1;
    }
    if (value > 0) {
      if (!started) {
        size = value;
        interval = sinceLast;
        started = true;
      } else {
        size += alpha * (value - size);
        interval += alpha * (sinceLast - interval);
      }
      sinceLast = 1;
    } else {
      sinceLast += 1;
    }
  }
  const rate = started ? (1 - alpha / 2) * (size / interval) : 0;
  return { alpha, size, interval, rate, mse: counted > 0 ? squared / counted : 0 };
}

/** Fits Croston-SBA, choosing alpha from a small grid by one-step squared error. */
export function fitCroston(values: readonly number[], promotion: readonly boolean[]): CrostonFit {
  let best: CrostonFit | undefined;
  for (const alpha of [0.05, 0.1, 0.15, 0.2, 0.3]) {
    const fit = runCroston(values, promotion, alpha);
    if (best === undefined || fit.mse < best.mse) best = fit;
  }
  return best as CrostonFit;
}

/** Average demand interval (ADI) and squared coefficient of variation of non-zero sizes (CV²). */
export function demandPattern(
  values: readonly number[],
  promotion: readonly boolean[],
): { adi: number; cv2: number } {
  const sizes = values.filter((value, index) => value > 0 && promotion[index] !== true);
  const days = values.filter((_, index) => promotion[index] !== true).length;
  if (sizes.length === 0) return { adi: Number.POSITIVE_INFINITY, cv2: 0 };
  const mean = sizes.reduce((sum, value) => sum + value, 0) / sizes.length;
  const variance = sizes.reduce((sum, value) => sum + (value - mean) ** 2, 0) / sizes.length;
  return { adi: days / sizes.length, cv2: mean > 0 ? variance / (mean * mean) : 0 };
}
