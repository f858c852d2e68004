/**
 * The statistics behind comparing units (comparison.ts), kept apart from the classification:
 *
 *  - the standard error of one unit's value under the null hypothesis that it shares the centre θ₀
 *    of the others (binomial for proportions, Poisson for rates per 1,000, the maximum variance of a
 *    net score or a bounded-scale mean when only the value and n are known);
 *  - the additive random-effects variance τ² of over-dispersion: DerSimonian–Laird on z-scores
 *    winsorised at their 10th and 90th percentiles, as Spiegelhalter (2005, Stat Med 24:1185) and
 *    the NHS FunnelPlotR package do: φ = Σ zᵂ²/k; τ² = max(0, (kφ − (k − 1)) / (Σwᵢ − Σwᵢ²/Σwᵢ)),
 *    wᵢ = 1/sᵢ². The limits of a unit are then θ₀ ± z·√(sᵢ² + τ²);
 *  - Student t quantiles for leave-one-out limits: with few units, τ² and the centre are estimated
 *    from a handful of values, and normal quantiles would flag in-control units far too often.
 */
import type { KpiMethod } from '../schema/kpi-method.ts';
import { KPI_METHODS } from '../schema/kpi-method.ts';

/** Fraction winsorised at each end of the z-scores before estimating over-dispersion. */
export const WINSOR = 0.1;

/**
 * The null standard error of a value with sample size n around centre θ₀ (same unit as the value);
 * null when n says nothing. `netVariance`: the variance of one answer of a net score (P + D − d²),
 * when the counts give it; otherwise its maximum 1 − d².
 */
export function nullStandardError(method: KpiMethod, scale: { min: number; max: number }, centre: number, n: number, netVariance?: number): number | null {
  if (!(n > 0)) return null;
  if (KPI_METHODS[method].proportion) {
    const p = centre / 100;
    return 100 * Math.sqrt(Math.max(0, p * (1 - p)) / n);
  }
  switch (method) {
    case 'nps':
    case 'ces-net': {
      const d = centre / 100;
      return 100 * Math.sqrt(Math.max(0, netVariance ?? 1 - d * d) / n);
    }
    case 'per-thousand':
      return 1000 * Math.sqrt(Math.max(0, centre / 1000) / n);
    case 'csat-mean':
    case 'ces-mean':
      return Math.sqrt(Math.max(0, (centre - scale.min) * (scale.max - centre)) / n);
    default:
      return null;
  }
}

/** The q-quantile of sorted values, interpolated as R's default (type 7). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/**
 * DerSimonian–Laird τ² from values yᵢ with null standard errors sᵢ around θ₀, on z-scores winsorised
 * at 10 % / 90 % (unless `winsorise` is false: when the unit judged is left out, the others need no
 * protection from it, and winsorising five values only biases τ² down). 0 when the units vary no
 * more than their sampling error explains.
 */
export function overDispersionTau2(values: readonly number[], errors: readonly number[], centre: number, winsorise = true): { tau2: number; phi: number } {
  const k = values.length;
  if (k < 2) return { tau2: 0, phi: 1 };
  const z = values.map((y, i) => (y - centre) / errors[i]!);
  const sorted = [...z].sort((a, b) => a - b);
  const lo = winsorise ? quantile(sorted, WINSOR) : Number.NEGATIVE_INFINITY;
  const hi = winsorise ? quantile(sorted, 1 - WINSOR) : Number.POSITIVE_INFINITY;
  const phi = z.reduce((s, zi) => s + Math.min(hi, Math.max(lo, zi)) ** 2, 0) / k;
  const w = errors.map((s) => 1 / (s * s));
  const sw = w.reduce((a, b) => a + b, 0);
  const sw2 = w.reduce((a, b) => a + b * b, 0);
  const denominator = sw - sw2 / sw;
  const tau2 = denominator > 0 ? Math.max(0, (k * phi - (k - 1)) / denominator) : 0;
  return { tau2, phi };
}

/** Two-sided Student t quantiles at 95 % and 99.8 % for 1–30 degrees of freedom (upper 0.975 and 0.999). */
const T975 = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042];
const T999 = [318.309, 22.327, 10.215, 7.173, 5.893, 5.208, 4.785, 4.501, 4.297, 4.144, 4.025, 3.93, 3.852, 3.787, 3.733, 3.686, 3.646, 3.61, 3.579, 3.552, 3.527, 3.505, 3.485, 3.467, 3.45, 3.435, 3.421, 3.408, 3.396, 3.385];

/** The t quantile for `df` degrees of freedom at 95 % (`inner`) or 99.8 % (`outer`); the normal one above 30. */
export function tQuantile(df: number, level: 'inner' | 'outer'): number {
  const table = level === 'inner' ? T975 : T999;
  if (df >= 1 && df <= 30) return table[Math.floor(df) - 1]!;
  return level === 'inner' ? 1.959963984540054 : 3.090232306167813;
}
