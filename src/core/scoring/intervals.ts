/**
 * Uncertainty intervals for one unit's value, so that a status and a ranking can show how much is
 * chance. `valueInterval` picks the interval for a KPI's method from what a measurement gives (today
 * the value and n; counts, when a measurement carries them, give tighter intervals through the same
 * function).
 */
import type { Counts } from '../model/measurement-counts.ts';
import { KPI_METHODS, type KpiMethod } from '../schema/kpi-method.ts';

/** Two-sided normal quantiles: 95 % and 99.8 % (the usual funnel-plot limits). */
export const Z95 = 1.959963984540054;
export const Z998 = 3.090232306167813;

export interface Interval {
  lower: number;
  upper: number;
  /** Confidence level in percent. */
  level: number;
  method: 'wilson' | 'net-score' | 'net-score-max-variance' | 'poisson-score' | 'bounded-mean' | 'mean-sd';
}

/**
 * Wilson score interval for a proportion given in percent with sample size n:
 * centre = (p̂ + z²/2n) / (1 + z²/n), half-width = z/(1 + z²/n) · √(p̂(1−p̂)/n + z²/4n²).
 */
export function wilsonInterval(percent: number, n: number, z = Z95, level = 95): Interval {
  const p = percent / 100;
  const z2n = (z * z) / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z / (1 + z2n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return { lower: Math.max(0, centre - half) * 100, upper: Math.min(1, centre + half) * 100, level, method: 'wilson' };
}

/**
 * A conservative interval for a net score (NPS, CES net: % positive − % negative, −100…100) when
 * only the score and n are known. Each answer counts +1, 0 or −1; with mean d = score/100 its
 * variance P + D − d² is at most 1 − d², so score ± z·100·√((1 − d²)/n) is at least as wide as
 * the true interval.
 */
export function netScoreInterval(score: number, n: number, z = Z95, level = 95): Interval {
  const d = score / 100;
  const half = z * 100 * Math.sqrt(Math.max(0, 1 - d * d) / n);
  return { lower: Math.max(-100, score - half), upper: Math.min(100, score + half), level, method: 'net-score-max-variance' };
}

/**
 * Score interval for a rate per 1,000 cases from a Poisson count: k = rate·n/1000 events,
 * (k + z²/2 ± z·√(k + z²/4)) ÷ n × 1000. Sound for rare events (complaints per 1,000 orders).
 */
export function poissonRateInterval(perThousand: number, n: number, z = Z95, level = 95): Interval {
  const k = (perThousand * n) / 1000;
  const half = z * Math.sqrt(k + (z * z) / 4);
  const centre = k + (z * z) / 2;
  return { lower: Math.max(0, ((centre - half) / n) * 1000), upper: ((centre + half) / n) * 1000, level, method: 'poisson-score' };
}

/**
 * A conservative interval for a mean on a bounded scale (1–5, 1–7) when only the mean and n are
 * known: no answer set on [min, max] with that mean has a larger variance than (mean − min)(max − mean)
 * (all answers at the ends), so mean ± z·√((mean − min)(max − mean)/n) is at least as wide as the
 * true interval.
 */
export function boundedMeanInterval(mean: number, n: number, scale: { min: number; max: number }, z = Z95, level = 95): Interval {
  const variance = Math.max(0, (mean - scale.min) * (scale.max - mean));
  const half = z * Math.sqrt(variance / n);
  return { lower: Math.max(scale.min, mean - half), upper: Math.min(scale.max, mean + half), level, method: 'bounded-mean' };
}

/** The t-free normal interval of a mean with its standard deviation: mean ± z·sd/√n. */
export function meanInterval(mean: number, sd: number, n: number, z = Z95, level = 95): Interval {
  const half = (z * sd) / Math.sqrt(n);
  return { lower: mean - half, upper: mean + half, level, method: 'mean-sd' };
}

/**
 * The interval of a net score from its counts: each answer counts +1, 0 or −1, so with shares P of
 * promoters and D of detractors the variance of one answer is P + D − (P − D)², and the score
 * ± z·100·√(variance/n) (the normal interval of a mean of n answers).
 */
export function netScoreCountsInterval(promoters: number, detractors: number, n: number, z = Z95, level = 95): Interval {
  const p = promoters / n;
  const d = detractors / n;
  const score = (p - d) * 100;
  const half = z * 100 * Math.sqrt(Math.max(0, p + d - (p - d) ** 2) / n);
  return { lower: Math.max(-100, score - half), upper: Math.min(100, score + half), level, method: 'net-score' };
}

/** What a measurement gives for its interval: the value, n, its counts when given, and (for a mean) its sd. */
export interface IntervalSource {
  value: number;
  n: number | null | undefined;
  sd?: number | null | undefined;
  counts?: Counts | undefined;
}

/**
 * The 95 % interval of a value for a KPI's method, or null when the measurement does not give
 * enough to compute one (no n; a mean duration or an assessed score without its sd):
 * proportions → Wilson; NPS and CES net → from promoters and detractors when counted, else the
 * conservative net-score interval; per-thousand → Poisson score; means → mean ± z·sd/√n with an sd
 * (given, or from the responses per scale point), else for survey means the bounded-scale interval.
 */
export function valueInterval(kpi: { method: KpiMethod; scale: { min: number; max: number } }, m: IntervalSource): Interval | null {
  const c = m.counts;
  if (c?.shape === 'net' && c.n > 0) return netScoreCountsInterval(c.promoters, c.detractors, c.n);
  if (c?.shape === 'mean' && c.sd !== undefined && c.n > 1) return meanInterval(m.value, c.sd, c.n);
  const n = m.n ?? c?.n;
  if (n === null || n === undefined || n <= 0) return null;
  if (m.sd !== null && m.sd !== undefined) return meanInterval(m.value, m.sd, n);
  if (KPI_METHODS[kpi.method].proportion) return wilsonInterval(m.value, n);
  switch (kpi.method) {
    case 'nps':
    case 'ces-net':
      return netScoreInterval(m.value, n);
    case 'per-thousand':
      return poissonRateInterval(m.value, n);
    case 'csat-mean':
    case 'ces-mean':
      return boundedMeanInterval(m.value, n, kpi.scale);
    default:
      return null;
  }
}
