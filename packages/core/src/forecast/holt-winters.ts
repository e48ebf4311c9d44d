/** Smoothing parameters of additive damped-trend Holt-Winters (ETS(A,Ad,A) in error form). */
export interface HoltWintersParams {
  alpha: number;
  beta: number;
  gamma: number;
  phi: number;
}

/** A fitted model: final states plus the one-step residual variance. */
export interface HoltWintersFit {
  params: HoltWintersParams;
  seasonLength: number;
  level: number;
  trend: number;
  /** Seasonal states for the next `seasonLength` days, in order. */
  season: number[];
  /** Variance of the one-step errors on the fitted days (promotion days excluded). */
  sigma2: number;
  sse: number;
  fittedDays: number;
}

const grid = {
  alpha: [0.05, 0.1, 0.2, 0.35, 0.5],
  beta: [0, 0.01, 0.05],
  gamma: [0.05, 0.1, 0.2, 0.35],
  phi: [0.8, 0.9, 0.98],
};

function initialStates(
  values: readonly number[],
  m: number,
): { level: number; trend: number; season: number[] } {
  const mean = (from: number) => values.slice(from, from + m).reduce((sum, value) => sum + value, 0) / m;
  const first = mean(0);
  const second = values.length >= 2 * m ? mean(m) : first;
  return {
    level: first,
    trend: (second - first) / m,
    season: values.slice(0, m).map((value) => value - first),
  };
}

/**
 * Runs the recursions over the series with fixed parameters. Promotion days are treated as
 * missing: their error is taken as zero so they move no state.
 */
export function runHoltWinters(
  values: readonly number[],
  promotion: readonly boolean[],
  m: number,
  params: HoltWintersParams,
): HoltWintersFit {
  const { alpha, beta, gamma, phi } = params;
  let { level, trend, season } = initialStates(values, m);
  season = [...season];
  let sse = 0;
  let fittedDays = 0;
  for (let t = m; t < values.length; t += 1) {
    const seasonal = season[t % m] ?? 0;
    const forecast = level + phi * trend + seasonal;
    const error = promotion[t] === true ? 0 : (values[t] ?? 0) - forecast;
    if (promotion[t] !== true) {
      sse += error * error;
      fittedDays += 1;
    }
    const nextLevel = level + phi * trend + alpha * error;
    trend = phi * trend + beta * error;
    season[t % m] = seasonal + gamma * error;
    level = nextLevel;
  }
  const rotated = Array.from({ length: m }, (_, k) => season[(values.length + k) % m] ?? 0);
  return {
    params,
    seasonLength: m,
    level,
    trend,
    season: rotated,
    sigma2: fittedDays > 0 ? sse / fittedDays : 0,
    sse,
    fittedDays,
  };
}

/** Fits by grid search over the smoothing parameters, minimising one-step squared error. */
export function fitHoltWinters(
  values: readonly number[],
  promotion: readonly boolean[],
  m = 7,
): HoltWintersFit {
  let best: HoltWintersFit | undefined;
  for (const alpha of grid.alpha)
    for (const beta of grid.beta)
      for (const gamma of grid.gamma)
        for (const phi of grid.phi) {
          if (gamma > 1 - alpha) continue;
          const fit = runHoltWinters(values, promotion, m, { alpha, beta, gamma, phi });
          if (best === undefined || fit.sse < best.sse) best = fit;
        }
  return best as HoltWintersFit;
}

/** Point forecasts and standard deviations for days 1..horizon after the fitted series. */
export function forecastHoltWinters(fit: HoltWintersFit, horizon: number): { mean: number[]; sd: number[] } {
  const { alpha, beta, gamma, phi } = fit.params;
  const m = fit.seasonLength;
  const mean: number[] = [];
  const sd: number[] = [];
  let dampedSum = 0;
  let varianceFactor = 1;
  for (let h = 1; h <= horizon; h += 1) {
    dampedSum += phi ** h;
    mean.push(fit.level + dampedSum * fit.trend + (fit.season[(h - 1) % m] ?? 0));
    sd.push(Math.sqrt(fit.sigma2 * varianceFactor));
    // Variance of the (h+1)-step error grows by c_h^2 with c_h = alpha + beta*phi_h + gamma*[h mod m = 0].
    const c = alpha + beta * dampedSum + (h % m === 0 ? gamma : 0);
    varianceFactor += c * c;
  }
  return { mean, sd };
}
