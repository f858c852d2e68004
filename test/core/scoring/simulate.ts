/**
 * Seeded simulation of KPI series for the control-chart tests: proportions with binomial sampling
 * and logit-normal between-period variation (over-dispersion), and a sustained shift.
 */
import { Random } from '../../../scripts/synth/random.ts';
import { periods } from './build-handbook.ts';
import type { SeriesPoint } from '../../../src/core/scoring/series.ts';

/** A standard normal draw (Box–Muller). */
export function normal(r: Random): number {
  let u = 0;
  while (u === 0) u = r.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.next());
}

/** A binomial draw: exact for small n, normal approximation (continuity-corrected, clipped) for large n·p·(1−p). */
export function binomial(r: Random, n: number, p: number): number {
  if (n * p * (1 - p) < 25) {
    let k = 0;
    for (let i = 0; i < n; i++) if (r.next() < p) k++;
    return k;
  }
  return Math.min(n, Math.max(0, Math.round(n * p + Math.sqrt(n * p * (1 - p)) * normal(r))));
}

const logit = (p: number) => Math.log(p / (1 - p));
const logistic = (x: number) => 1 / (1 + Math.exp(-x));

export interface ProportionSeriesSpec {
  p: number;
  n: number;
  /** sd of the period-to-period variation on the logit scale (0: binomial only). */
  tau: number;
  length: number;
  /** From this point on (0-based), the true proportion is shifted by `shift` × the point's σ (binomial and between-period). */
  shiftAt?: number;
  shift?: number;
}

/** A monthly series of a proportion in percent with n, from 2023-01. */
export function proportionSeries(r: Random, spec: ProportionSeriesSpec): SeriesPoint[] {
  const ps = periods('2023-01', 'monthly', spec.length);
  // Total σ of a period's proportion: binomial and between-period (delta method) together.
  const between = spec.tau * spec.p * (1 - spec.p);
  const total = Math.sqrt((spec.p * (1 - spec.p)) / spec.n + between ** 2);
  return ps.map((period, i) => {
    const shifted = spec.shiftAt !== undefined && i >= spec.shiftAt ? (spec.shift ?? 0) * total : 0;
    const pt = Math.min(1 - 1e-9, Math.max(1e-9, logistic(logit(spec.p) + spec.tau * normal(r)) + shifted));
    const n = Math.max(1, Math.round(spec.n * (0.85 + 0.3 * r.next())));
    const k = binomial(r, n, pt);
    return { period, value: (100 * k) / n, n, note: null };
  });
}
