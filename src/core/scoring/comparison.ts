/**
 * Comparing units on one KPI for one period, with the context a plain league table lacks
 * (DOMAIN.md §4): each unit is set against the range the other units lead one to expect, and only a
 * unit outside the 99.8 % range is flagged `above` or `below`.
 *
 *  - Values with a sample size whose method has a sampling error (proportions, NPS and CES net —
 *    with the answers' variance from the pooled counts when every unit gives them —, rates per
 *    1,000, survey means): a funnel plot with over-dispersion as an additive τ² by
 *    DerSimonian–Laird (Spiegelhalter 2005, NHS FunnelPlotR). Up to 30 units, each unit is compared
 *    with the other units (leave-one-out: with the unit in the pooled centre, a large branch pulls
 *    the centre to itself and can never be flagged): centre θ₀ = Σ nⱼyⱼ/Σ nⱼ of the others, τ² from
 *    their z-scores, the variance of θ₀ 1/Σ 1/(sⱼ² + τ²), and limits θ₀ ± q·√(sᵢ² + τ² + var θ₀)
 *    with q the Student t quantile on k − 1 degrees of freedom (a small-sample allowance for a τ²
 *    estimated from a few units; simulated on six units it keeps false flags near 1–2 % per unit).
 *    Above 30 units: all units, z-scores winsorised at 10 %/90 % as FunnelPlotR does, q = 1.96 and
 *    3.09. Limits are clipped to the scale.
 *  - Other values (no n: mean durations, assessed scores): leave-one-out prediction limits, the
 *    mean m and sd s of the other k − 1 units: m ± t(k − 2)·s·√(1 + 1/(k − 1)). With the unit itself
 *    in the mean and sd, |z| ≤ (k − 1)/√k could never exceed 2.04 for six units.
 *  - Fewer than 3 units with a value: no expected range (`method: 'none'`), `unclassified`.
 * `beyond` says which range a value left: `95%` (still `within`, not flagged) or `99.8%` (flagged).
 * Ranks are given only where differences are real: when some unit is flagged, units share a rank
 * by tier (flagged better, not shown to differ, flagged worse); otherwise nobody is ranked.
 */
import type { Counts } from '../model/measurement-counts.ts';
import type { Kpi } from '../schema/kpi.ts';
import { KPI_METHODS } from '../schema/kpi-method.ts';
import type { ComparisonExplanation } from './explanation.ts';
import { nullStandardError, overDispersionTau2, tQuantile } from './funnel-limits.ts';
import { valueInterval, Z95, Z998, type Interval } from './intervals.ts';
import { distanceOutside, targetRange } from './target.ts';

export type Classification = 'within' | 'above' | 'below' | 'unclassified' | 'no-data';
export type ComparisonMethod = 'funnel' | 'leave-one-out' | 'none';

export interface ExpectedRange {
  /** 95 % limits. */
  inner: { lower: number; upper: number };
  /** 99.8 % limits: beyond them a unit is flagged. */
  outer: { lower: number; upper: number };
}

export interface UnitComparison {
  unit: string;
  value: number | null;
  n: number | null;
  interval: Interval | null;
  expected: ExpectedRange | null;
  classification: Classification;
  /** The widest range the value lies outside; null when inside both. */
  beyond: '95%' | '99.8%' | null;
  /** Whether being above/below is good news for the KPI; null when within or unclassified. */
  favourable: boolean | null;
  /** 1 = best tier; null when no unit is flagged, or without a value. */
  rank: number | null;
  smallSample: boolean;
}

export interface KpiComparison {
  kpi: string;
  period: string;
  method: ComparisonMethod;
  /** Pooled value (funnel) or mean across all units with a value; null when none has one. */
  centre: number | null;
  /** Standard deviation across units (leave-one-out only). */
  sd: number | null;
  /** Over-dispersion over all units (funnel only): τ in the value's unit, and φ (mean winsorised z²). */
  tau: number | null;
  phi: number | null;
  /** Units with a value / units compared. */
  unitsWithData: number;
  /** Units flagged above or below. */
  flagged: number;
  units: UnitComparison[];
  /** The method and its numbers, or why there is no expected range (explanation.ts). */
  note: ComparisonExplanation;
}

export interface ComparisonInput {
  unit: string;
  value: number | null | undefined;
  n: number | null | undefined;
  /** The counts behind the value, when given (a tighter interval, and a net score's variance). */
  counts?: Counts | undefined;
}

export type KpiForComparison = Pick<Kpi, 'id' | 'method' | 'direction' | 'target' | 'warning' | 'minSampleSize' | 'scale'>;

export const MIN_UNITS_TO_COMPARE = 3;
/** Above this many units, each is compared with all units (itself included changes little). */
export const LEAVE_ONE_OUT_MAX = 30;

interface Valued {
  unit: string;
  value: number;
  n: number;
}

const NO_VALUES: ComparisonExplanation = Object.freeze({ code: 'comparison/no-values' });

function pooled(units: readonly Valued[]): number {
  const total = units.reduce((s, u) => s + u.n, 0);
  return units.reduce((s, u) => s + u.value * u.n, 0) / total;
}

export function compareUnits(kpi: KpiForComparison, period: string, inputs: readonly ComparisonInput[]): KpiComparison {
  const withValue = inputs.filter((i) => i.value !== null && i.value !== undefined);
  const k = withValue.length;
  const enough = k >= MIN_UNITS_TO_COMPARE;
  const clip = (x: number) => Math.min(kpi.scale.max, Math.max(kpi.scale.min, x));
  // A net score's answer variance from the pooled counts of all units, when every unit gives them.
  const nets = withValue.map((i) => i.counts).filter((c) => c?.shape === 'net');
  let netVariance: number | undefined;
  if (nets.length === withValue.length && nets.length > 0) {
    const total = nets.reduce((a, c) => a + c.n, 0);
    const p = nets.reduce((a, c) => a + c.promoters, 0) / total;
    const d = nets.reduce((a, c) => a + c.detractors, 0) / total;
    netVariance = p + d - (p - d) ** 2;
  }
  const se = (centre: number, n: number) => nullStandardError(kpi.method, kpi.scale, centre, n, netVariance);
  const hasError = (i: ComparisonInput) => i.n !== null && i.n !== undefined && i.n > 0 && se(i.value!, i.n) !== null;
  const funnel = k > 0 && withValue.every(hasError);
  const valued: Valued[] = withValue.map((i) => ({ unit: i.unit, value: i.value!, n: i.n ?? 0 }));

  let method: ComparisonMethod = 'none';
  let centre: number | null = null;
  let sd: number | null = null;
  let tau: number | null = null;
  let phi: number | null = null;
  const ranges = new Map<string, ExpectedRange>();

  // The centre, errors and τ² of a set of units; with all units (no unit left out) the same for
  // every unit, so worked out once (200 units made it 200 times the work).
  const spreadOf = (others: readonly Valued[], leftOut: boolean) => {
    const c = pooled(others);
    const errors = others.map((o) => se(c, o.n)!);
    if (errors.some((e) => !(e > 0))) return null;
    const { tau2 } = overDispersionTau2(others.map((o) => o.value), errors, c, !leftOut);
    return { c, errors, tau2 };
  };
  let allUnits: ReturnType<typeof spreadOf> | undefined;
  const funnelRange = (others: readonly Valued[], n: number, leftOut: boolean): ExpectedRange | null => {
    const spread0 = leftOut ? spreadOf(others, true) : (allUnits ??= spreadOf(others, false));
    if (!spread0) return null;
    const { c, errors, tau2 } = spread0;
    const s = se(c, n)!;
    const centreVariance = leftOut ? 1 / errors.reduce((acc, e) => acc + 1 / (e * e + tau2), 0) : 0;
    const spread = Math.sqrt(s * s + tau2 + centreVariance);
    const q = (level: 'inner' | 'outer') => (leftOut ? tQuantile(others.length, level) : level === 'inner' ? Z95 : Z998);
    const lim = (level: 'inner' | 'outer') => ({ lower: clip(c - q(level) * spread), upper: clip(c + q(level) * spread) });
    return { inner: lim('inner'), outer: lim('outer') };
  };
  const looRange = (others: readonly Valued[]): ExpectedRange | null => {
    const m = others.length;
    const mean = others.reduce((s, o) => s + o.value, 0) / m;
    const s = Math.sqrt(others.reduce((acc, o) => acc + (o.value - mean) ** 2, 0) / (m - 1));
    const scale = s * Math.sqrt(1 + 1 / m);
    const lim = (level: 'inner' | 'outer') => {
      const q = tQuantile(m - 1, level);
      return { lower: mean - q * scale, upper: mean + q * scale };
    };
    return { inner: lim('inner'), outer: lim('outer') };
  };

  let note: ComparisonExplanation;
  const lacksSampleSizes = KPI_METHODS[kpi.method].needsSampleSize;
  if (k === 0) {
    note = NO_VALUES;
  } else if (funnel) {
    centre = pooled(valued);
    const errors = valued.map((v) => se(centre!, v.n)!);
    if (errors.every((e) => e > 0)) {
      const od = overDispersionTau2(valued.map((v) => v.value), errors, centre);
      tau = Math.sqrt(od.tau2);
      phi = od.phi;
    }
    if (enough) {
      method = 'funnel';
      for (const v of valued) {
        const leftOut = k <= LEAVE_ONE_OUT_MAX;
        const r = funnelRange(leftOut ? valued.filter((o) => o !== v) : valued, v.n, leftOut);
        if (r) ranges.set(v.unit, r);
      }
      note = { code: 'comparison/funnel', centre, tau };
    } else {
      note = { code: 'comparison/too-few-units', least: MIN_UNITS_TO_COMPARE, lacksSampleSizes: false };
    }
  } else {
    centre = valued.reduce((s, v) => s + v.value, 0) / k;
    sd = k > 1 ? Math.sqrt(valued.reduce((s, v) => s + (v.value - centre!) ** 2, 0) / (k - 1)) : null;
    if (enough) {
      method = 'leave-one-out';
      for (const v of valued) {
        const others = k <= LEAVE_ONE_OUT_MAX ? valued.filter((o) => o !== v) : valued;
        const r = looRange(others);
        if (r) ranges.set(v.unit, r);
      }
      note = { code: 'comparison/leave-one-out', mean: centre, sd: sd ?? 0, lacksSampleSizes };
    } else {
      note = { code: 'comparison/too-few-units', least: MIN_UNITS_TO_COMPARE, lacksSampleSizes };
    }
  }

  const goodSide = (side: 'above' | 'below', value: number): boolean | null => {
    if (kpi.direction !== 'band') return (side === 'above') === (kpi.direction === 'higher');
    const band = targetRange(kpi);
    return distanceOutside(value, band) <= distanceOutside(centre!, band);
  };

  const units: UnitComparison[] = inputs.map((i): UnitComparison => {
    const value = i.value ?? null;
    const n = i.n ?? null;
    const smallSample = kpi.minSampleSize !== undefined && n !== null && n < kpi.minSampleSize;
    const base = { unit: i.unit, value, n, smallSample, rank: null as number | null };
    if (value === null) return { ...base, interval: null, expected: null, classification: 'no-data', beyond: null, favourable: null };
    const interval = valueInterval(kpi, { value, n, counts: i.counts });
    const expected = ranges.get(i.unit) ?? null;
    if (!expected) return { ...base, interval, expected, classification: 'unclassified', beyond: null, favourable: null };
    const outerSide = value > expected.outer.upper ? 'above' : value < expected.outer.lower ? 'below' : null;
    if (outerSide) return { ...base, interval, expected, classification: outerSide, beyond: '99.8%', favourable: goodSide(outerSide, value) };
    const innerOut = value > expected.inner.upper || value < expected.inner.lower;
    return { ...base, interval, expected, classification: 'within', beyond: innerOut ? '95%' : null, favourable: null };
  });

  const flagged = units.filter((u) => u.classification === 'above' || u.classification === 'below');
  if (flagged.length > 0) {
    const tier = (u: UnitComparison) => (u.favourable === true ? 0 : u.favourable === false ? 2 : 1);
    const tiers = units.filter((u) => u.classification === 'within' || u.classification === 'above' || u.classification === 'below');
    for (const u of tiers) u.rank = 1 + tiers.filter((o) => tier(o) < tier(u)).length;
  }

  return { kpi: kpi.id, period, method, centre, sd, tau, phi, unitsWithData: k, flagged: flagged.length, units, note };
}
