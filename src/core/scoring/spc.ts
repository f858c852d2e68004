/**
 * Statistical process control charts of one KPI for one unit (DOMAIN.md §4), as early warning.
 *
 * Baseline: the first 12 points with a value (or all of them when there are 8 to 11); with fewer
 * than 8 there is no chart, and the result says why. The baseline is stated in the result.
 *
 * XmR (individuals) chart, for every KPI that is not a proportion with sample sizes:
 *   centre = mean of the baseline; MR̄ = mean of the |xᵢ − xᵢ₋₁| within the baseline;
 *   limits = centre ± 2.660·MR̄; σ = MR̄ / 1.128 (d₂ for n = 2) draws the 1σ and 2σ zones.
 *   (3σ = 2.6596·MR̄; rule 1 uses the 2.660·MR̄ limits.) Limits are not clipped to the scale.
 * p-chart, for proportion methods (`KPI_METHODS[m].proportion`) whose baseline values all carry n:
 *   p̄ = Σ(valueᵢ/100 · nᵢ) / Σnᵢ over the baseline; for each point σᵢ = √(p̄(1−p̄)/nᵢ);
 *   limits p̄ ± 3σᵢ, the lower floored at 0 and the upper capped at 1; all in the KPI's percent
 *   units (×100). Zones per point from that point's σᵢ. Points without n cannot be placed and are
 *   skipped (noted). A proportion KPI without sample sizes falls back to XmR, with a note.
 *
 * Gaps: the chart's points are the successive available values. Missing periods and null values
 * are skipped (listed in `skipped`, and counted in each point's `gapBefore`); moving ranges and run
 * rules go across them. Rules: see western-electric.ts.
 */
import { KPI_METHODS } from '../schema/kpi-method.ts';
import type { Kpi } from '../schema/kpi.ts';
import type { SeriesPoint } from './series.ts';
import { periodsBetween } from './reporting-period.ts';
import { detectSignals, type RulePoint, type Signal } from './western-electric.ts';

/** E₂ for moving ranges of two: the XmR limits are centre ± 2.660·MR̄. */
export const XMR_LIMIT_FACTOR = 2.66;
/** d₂ for subgroups of two: σ ≈ MR̄ / 1.128. */
export const D2 = 1.128;
export const DEFAULT_BASELINE_POINTS = 12;
export const MIN_BASELINE_POINTS = 8;

export interface SpcOptions {
  /** Points in the baseline (default 12). */
  baselinePoints?: number;
  /** Fewest points a baseline may have (default 8). */
  minBaselinePoints?: number;
  /**
   * p-charts only: widen each point's σ by Laney's σz (a p′ chart) when the data vary more than
   * sampling explains. Off by default: the scorecard uses the plain p-chart of DOMAIN.md.
   */
  laney?: boolean;
}

export interface Baseline {
  /** First and last period of the baseline. */
  from: string;
  to: string;
  points: number;
  /** The rule that chose it, in words. */
  rule: string;
}

export interface ChartPoint extends RulePoint {
  n: number | null;
  /** (value − centre) / σ: how many sigmas from the centre line. */
  zone: number;
  inBaseline: boolean;
}

export interface SkippedPeriod {
  period: string;
  reason: 'not reported' | 'null value' | 'no sample size';
}

export interface ControlChart {
  kind: 'xmr' | 'p';
  baseline: Baseline;
  /** Centre line, in the KPI's unit (p̄ × 100 on a p-chart). */
  centre: number;
  /** p-chart: Laney's σz of the baseline (≈ 1 when only sampling varies); null on XmR. */
  dispersion: number | null;
  /** XmR: mean moving range of the baseline; null on a p-chart. */
  movingRangeMean: number | null;
  /** XmR: the constant σ and limits; on a p-chart they vary per point (see `points`). */
  sigma: number | null;
  lower: number | null;
  upper: number | null;
  points: ChartPoint[];
  signals: Signal[];
  skipped: SkippedPeriod[];
  notes: string[];
}

export interface NoControlChart {
  kind: 'none';
  reason: string;
  /** Points with a value that were available. */
  availablePoints: number;
  signals: Signal[];
  skipped: SkippedPeriod[];
}

export type ChartResult = ControlChart | NoControlChart;

export type KpiForChart = Pick<Kpi, 'direction' | 'target' | 'warning' | 'method'>;

interface Available {
  point: SeriesPoint;
  value: number;
  gapBefore: number;
}

/** Splits a series into available points and skipped periods (missing and null). */
function availablePoints(points: readonly SeriesPoint[], needN: boolean): { available: Available[]; skipped: SkippedPeriod[] } {
  const available: Available[] = [];
  const skipped: SkippedPeriod[] = [];
  let gap = 0;
  let previous: SeriesPoint | undefined;
  for (const p of points) {
    if (previous) {
      const missing = periodsBetween(previous.period, p.period);
      for (const m of missing) skipped.push({ period: m.key, reason: 'not reported' });
      gap += missing.length;
    }
    previous = p;
    if (p.value === null) {
      skipped.push({ period: p.period.key, reason: 'null value' });
      gap++;
    } else if (needN && !(p.n !== null && p.n > 0)) {
      skipped.push({ period: p.period.key, reason: 'no sample size' });
      gap++;
    } else {
      available.push({ point: p, value: p.value, gapBefore: available.length === 0 ? 0 : gap });
      gap = 0;
    }
  }
  return { available, skipped };
}

function chooseBaseline(available: Available[], options: SpcOptions): { size: number } | { reason: string } {
  const wanted = options.baselinePoints ?? DEFAULT_BASELINE_POINTS;
  const least = options.minBaselinePoints ?? MIN_BASELINE_POINTS;
  if (available.length < least) {
    return { reason: `Only ${available.length} point${available.length === 1 ? '' : 's'} with a value; a control chart needs at least ${least} for its baseline.` };
  }
  return { size: Math.min(wanted, available.length) };
}

function describeBaseline(available: Available[], size: number, options: SpcOptions): Baseline {
  const wanted = options.baselinePoints ?? DEFAULT_BASELINE_POINTS;
  return {
    from: available[0]!.point.period.key,
    to: available[size - 1]!.point.period.key,
    points: size,
    rule: size === wanted ? `The first ${wanted} points with a value.` : `All ${size} points with a value (fewer than ${wanted}).`,
  };
}

/** The chart that fits the KPI: a p-chart for proportions whose baseline carries n, else XmR. */
export function controlChart(kpi: KpiForChart, points: readonly SeriesPoint[], options: SpcOptions = {}): ChartResult {
  if (!KPI_METHODS[kpi.method].proportion) return xmrChart(kpi, points, options);
  const { available } = availablePoints(points, false);
  const baseline = chooseBaseline(available, options);
  const hasN = (a: Available) => a.point.n !== null && a.point.n > 0;
  if (!('size' in baseline) || available.slice(0, baseline.size).every(hasN)) return pChart(kpi, points, options);
  const chart = xmrChart(kpi, points, options);
  if (chart.kind !== 'none') chart.notes.push('A proportion without sample sizes in its baseline: an XmR chart is used instead of a p-chart.');
  return chart;
}

/** Individuals (XmR) chart. */
export function xmrChart(kpi: KpiForChart, points: readonly SeriesPoint[], options: SpcOptions = {}): ChartResult {
  const { available, skipped } = availablePoints(points, false);
  const chosen = chooseBaseline(available, options);
  if (!('size' in chosen)) return { kind: 'none', reason: chosen.reason, availablePoints: available.length, signals: [], skipped };
  const base = available.slice(0, chosen.size);
  const centre = mean(base.map((a) => a.value));
  const ranges = base.slice(1).map((a, i) => Math.abs(a.value - base[i]!.value));
  const mrBar = mean(ranges);
  if (!(mrBar > 0)) {
    return { kind: 'none', reason: 'The baseline values are all equal (no moving range), so no limits can be drawn.', availablePoints: available.length, signals: [], skipped };
  }
  const sigma = mrBar / D2;
  const lower = centre - XMR_LIMIT_FACTOR * mrBar;
  const upper = centre + XMR_LIMIT_FACTOR * mrBar;
  const chartPoints: ChartPoint[] = available.map((a, i) => ({
    period: a.point.period.key,
    value: a.value,
    n: a.point.n,
    centre,
    sigma,
    lower,
    upper,
    zone: (a.value - centre) / sigma,
    gapBefore: a.gapBefore,
    inBaseline: i < chosen.size,
  }));
  return {
    kind: 'xmr',
    dispersion: null,
    baseline: describeBaseline(available, chosen.size, options),
    centre,
    movingRangeMean: mrBar,
    sigma,
    lower,
    upper,
    points: chartPoints,
    signals: detectSignals(kpi, chartPoints),
    skipped,
    notes: [],
  };
}

/** p-chart for a proportion (values in percent) with sample sizes. */
export function pChart(kpi: KpiForChart, points: readonly SeriesPoint[], options: SpcOptions = {}): ChartResult {
  const { available, skipped } = availablePoints(points, true);
  const chosen = chooseBaseline(available, options);
  if (!('size' in chosen)) return { kind: 'none', reason: chosen.reason, availablePoints: available.length, signals: [], skipped };
  const base = available.slice(0, chosen.size);
  const totalN = base.reduce((s, a) => s + a.point.n!, 0);
  const pBar = base.reduce((s, a) => s + (a.value / 100) * a.point.n!, 0) / totalN;
  if (!(pBar > 0 && pBar < 1)) {
    return { kind: 'none', reason: `The baseline proportion is ${pBar * 100}%: a p-chart has no spread at 0% or 100%.`, availablePoints: available.length, signals: [], skipped };
  }
  const sigmaOf = (n: number) => Math.sqrt((pBar * (1 - pBar)) / n);
  const baselineZ = base.map((a) => (a.value / 100 - pBar) / sigmaOf(a.point.n!));
  const dispersion = laneySigmaZ(baselineZ);
  const widen = options.laney ? dispersion : 1;
  const chartPoints: ChartPoint[] = available.map((a, i) => {
    const n = a.point.n!;
    const s = sigmaOf(n) * widen;
    return {
      period: a.point.period.key,
      value: a.value,
      n,
      centre: pBar * 100,
      sigma: s * 100,
      lower: Math.max(0, pBar - 3 * s) * 100,
      upper: Math.min(1, pBar + 3 * s) * 100,
      zone: (a.value / 100 - pBar) / s,
      gapBefore: a.gapBefore,
      inBaseline: i < chosen.size,
    };
  });
  const notes: string[] = [];
  if (options.laney) {
    notes.push(`Laney p′ chart: each point's σ is widened by σz = ${round(dispersion, 2)} measured on the baseline.`);
  } else if (dispersion > 2) {
    notes.push(
      `The baseline varies ${round(dispersion, 1)}× more from period to period than sampling alone explains (Laney σz); with large n the p-chart limits are narrow and flag ordinary variation. Read its signals with the XmR view in mind.`,
    );
  }
  return {
    kind: 'p',
    dispersion,
    baseline: describeBaseline(available, chosen.size, options),
    centre: pBar * 100,
    movingRangeMean: null,
    sigma: null,
    lower: null,
    upper: null,
    points: chartPoints,
    signals: detectSignals(kpi, chartPoints),
    skipped,
    notes,
  };
}

/** Laney's σz: the moving-range spread of z-scores, MR̄(z)/1.128 (about 1 when only sampling varies). */
export function laneySigmaZ(z: readonly number[]): number {
  if (z.length < 2) return 1;
  return mean(z.slice(1).map((v, i) => Math.abs(v - z[i]!))) / D2;
}

/** The signals that fire at `period`. */
export function signalsAt(chart: ChartResult, period: string): Signal[] {
  return chart.signals.filter((s) => s.period === period);
}

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
