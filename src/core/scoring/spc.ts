/**
 * Statistical process control charts of one KPI for one unit (DOMAIN.md §4), as early warning.
 *
 * Which chart (chart-choice.ts says why, as a code with parameters):
 *  - a proportion with sample sizes (`KPI_METHODS[m].proportion`): a p-chart, made a Laney p′ chart
 *    whenever the baseline varies more from period to period than binomial sampling explains;
 *  - a rate per exposure (`per-thousand`: events per 1,000 cases, n = cases): a u-chart, made a
 *    Laney u′ chart the same way;
 *  - anything else (NPS, means, durations, scores, or a proportion without sample sizes): XmR.
 * A KPI may ask for another chart in its definition (`controlChart.chart`: `p` or `u` for the plain
 * binomial or Poisson limits, `xmr` for an individuals chart).
 *
 * Phases: the chart is cut into phases at declared changes (phases.ts builds the marks: an
 * improvement action closed as effective, a major SOP version, an explicit phase entry, the end of a
 * ramp-up). Each phase has its own baseline, centre line and limits, and the run rules start again
 * in each phase. A ramp-up phase, or a phase with too few points for a baseline, is drawn without
 * limits and tested by no rule; its points carry the numbers of the nearest phase with a baseline
 * only so that every point has them (`tested` says whether they count).
 *
 * Baseline of a phase: its first 12 points with a value (or all of them when there are 8 to 11);
 * with fewer than 8 the phase has no limits, and when no phase has a baseline there is no chart,
 * and the result says why.
 *
 * XmR (individuals) chart: centre = mean of the baseline; MR̄ = mean of the |xᵢ − xᵢ₋₁| within the
 *   baseline; limits = centre ± 2.660·MR̄; σ = MR̄ / 1.128 (d₂ for n = 2) draws the 1σ and 2σ zones.
 *   Limits are not clipped to the scale.
 * p-chart: p̄ = Σ(valueᵢ/100 · nᵢ) / Σnᵢ over the baseline; σᵢ = √(p̄(1−p̄)/nᵢ); limits p̄ ± 3σᵢ, the
 *   lower floored at 0 and the upper capped at 1; in the KPI's percent units (×100).
 * u-chart: ū = Σ(valueᵢ/1000 · nᵢ) / Σnᵢ; σᵢ = √(ū/nᵢ); limits ū ± 3σᵢ, the lower floored at 0;
 *   in the KPI's per-1,000 units.
 * Laney (2002): zᵢ = (xᵢ − x̄)/σᵢ over the baseline; σz = MR̄(z) / 1.128. The p′ (u′) chart uses
 *   σᵢ·σz. It is never narrower than the plain chart: σz < 1 → 1 (and the chart is then a plain p
 *   or u chart). With large n real processes are over-dispersed and plain limits flag most points.
 * Points without n cannot be placed on a p or u chart and are skipped (noted). A proportion or rate
 * without sample sizes in a baseline falls back to XmR.
 *
 * Gaps: the chart's points are the successive available values. Missing periods and null values
 * are skipped (listed in `skipped`, and counted in each point's `gapBefore`); moving ranges and run
 * rules go across them. Rules: see western-electric.ts; which rules, see rule-sets.ts.
 */
import { KPI_METHODS } from '../schema/kpi-method.ts';
import type { Kpi } from '../schema/kpi.ts';
import type { SeriesPoint } from './series.ts';
import type { AcknowledgementInput, PhaseCause, PhaseMark } from './phase-marks.ts';
import { periodsBetween } from './reporting-period.ts';
import { chartFamily, type ChartChoice, type ChartFamily, type ChartKind, type ChartRequest } from './chart-choice.ts';
import type { ChartExplanation } from './explanation.ts';
import { ruleSet, type RuleSetName } from './rule-sets.ts';
import { detectSignals, type RulePoint, type Signal } from './western-electric.ts';
import { compareText } from '../order.ts';

export type { ChartChoice, ChartKind, ChartRequest } from './chart-choice.ts';

/** E₂ for moving ranges of two: the XmR limits are centre ± 2.660·MR̄. */
export const XMR_LIMIT_FACTOR = 2.66;
/** d₂ for subgroups of two: σ ≈ MR̄ / 1.128. */
export const D2 = 1.128;
export const DEFAULT_BASELINE_POINTS = 12;
export const MIN_BASELINE_POINTS = 8;

export type { AcknowledgementInput, PhaseCause, PhaseMark } from './phase-marks.ts';

export interface SpcOptions {
  /** Points in a baseline (default 12). */
  baselinePoints?: number;
  /** Fewest points a baseline may have (default 8). */
  minBaselinePoints?: number;
  /** The chart asked for by the KPI definition (default `auto`). */
  chart?: ChartRequest;
  /** The run rules applied (default: rule-sets.ts). */
  rules?: RuleSetName;
  /** Declared changes, in any order. */
  phases?: readonly PhaseMark[];
  /** Acknowledged signals. */
  acknowledgements?: readonly AcknowledgementInput[];
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
  /** Index of the point's phase in `ControlChart.phases`. */
  phase: number;
  /** False in a ramp-up phase or a phase without a baseline: no limits of its own, no rule tested. */
  tested: boolean;
  /** The value is not final yet (marked provisional in the data). */
  provisional: boolean;
}

/** The limits a phase's baseline gives (the chart's are those of its current phase). */
export interface ChartLimits {
  /** Centre line, in the KPI's unit (p̄ × 100 on a p-chart). */
  centre: number;
  /** p/u charts: Laney's σz of the baseline (≈ 1 when only sampling varies); null on XmR. */
  dispersion: number | null;
  /** XmR: mean moving range of the baseline; null on a p/u chart. */
  movingRangeMean: number | null;
  /** XmR: the constant σ and limits; on p/u charts they vary per point. */
  sigma: number | null;
  lower: number | null;
  upper: number | null;
}

type Nullable<T> = { [K in keyof T]: T[K] | null };

/** The limits of a phase without a baseline: none. */
const NO_LIMITS: Nullable<ChartLimits> = { centre: null, dispersion: null, movingRangeMean: null, sigma: null, lower: null, upper: null };

/** The limits alone, of a phase's limits. */
const limitsOf = ({ centre, dispersion, movingRangeMean, sigma, lower, upper }: ChartLimits): ChartLimits => ({ centre, dispersion, movingRangeMean, sigma, lower, upper });

/** One phase of a chart: its cause, baseline and limits (`ChartLimits`, each null without a baseline). */
export interface ChartPhase extends Nullable<ChartLimits> {
  /** First and last period of the phase's points. */
  from: string;
  to: string;
  cause: PhaseCause;
  rampUp: boolean;
  /** Null for a ramp-up, or when the phase has too few points (see `reason`). */
  baseline: Baseline | null;
  /** Why the phase has no baseline (explanation.ts); null when it has one. */
  reason: ChartExplanation | null;
  /** The chart of this phase and why; null without a baseline. */
  choice: ChartChoice | null;
}

export interface SkippedPeriod {
  period: string;
  reason: 'not reported' | 'null value' | 'no sample size';
}

/** A control chart; its limits (`ChartLimits`) are those of its current phase. */
export interface ControlChart extends ChartLimits {
  /** The chart of the current (last) phase with a baseline. */
  kind: ChartKind;
  /** Which chart and why (current phase). */
  choice: ChartChoice;
  /** The run rules applied. */
  rules: RuleSetName;
  /** Baseline of the current phase. */
  baseline: Baseline;
  /** Index of the current phase. */
  currentPhase: number;
  phases: ChartPhase[];
  points: ChartPoint[];
  signals: Signal[];
  skipped: SkippedPeriod[];
  notes: string[];
}

export interface NoControlChart {
  kind: 'none';
  /** Why there is no chart (explanation.ts). */
  reason: ChartExplanation;
  /** Points with a value that were available. */
  availablePoints: number;
  signals: Signal[];
  skipped: SkippedPeriod[];
}

export type ChartResult = ControlChart | NoControlChart;

export type KpiForChart = Pick<Kpi, 'direction' | 'target' | 'warning' | 'method'> & { controlChart?: Kpi['controlChart'] };

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

interface Segment {
  cause: PhaseCause;
  rampUp: boolean;
  items: Available[];
  /** Baseline size, or why there is none. */
  size: number | null;
  reason: ChartExplanation | null;
}

/** Cuts the available points into phases at the marks (a mark before the first point changes nothing). */
function segments(available: Available[], marks: readonly PhaseMark[], options: SpcOptions): Segment[] {
  const sorted = [...marks].sort((a, b) => compareText(a.start, b.start));
  const out: Segment[] = [];
  let current: Segment = { cause: { kind: 'start' }, rampUp: false, items: [], size: null, reason: null };
  let m = 0;
  for (const a of available) {
    let mark: PhaseMark | undefined;
    while (m < sorted.length && sorted[m]!.start <= a.point.period.start) mark = sorted[m++];
    if (mark) {
      if (current.items.length > 0) out.push(current);
      current = { cause: mark.cause, rampUp: mark.rampUp ?? false, items: [], size: null, reason: null };
    }
    current.items.push(a);
  }
  if (current.items.length > 0) out.push(current);
  const wanted = options.baselinePoints ?? DEFAULT_BASELINE_POINTS;
  const least = options.minBaselinePoints ?? MIN_BASELINE_POINTS;
  for (const s of out) {
    if (s.rampUp) s.reason = RAMP_UP;
    else if (s.items.length < least) s.reason = { code: 'chart/phase-too-few', least };
    else s.size = Math.min(wanted, s.items.length);
  }
  return out;
}

const RAMP_UP: ChartExplanation = Object.freeze({ code: 'chart/ramp-up' });
const tooFew = (points: number, least: number): ChartExplanation => ({ code: 'chart/too-few-points', points, least });

function describeBaseline(items: Available[], size: number, options: SpcOptions): Baseline {
  const wanted = options.baselinePoints ?? DEFAULT_BASELINE_POINTS;
  return {
    from: items[0]!.point.period.key,
    to: items[size - 1]!.point.period.key,
    points: size,
    rule: size === wanted ? `The first ${wanted} points with a value.` : `All ${size} points with a value (fewer than ${wanted}).`,
  };
}

/** The limits of one phase: per point (p, u) or constant (XmR); or why there are none. */
interface PhaseLimits extends ChartLimits {
  choice: ChartChoice;
  at(a: Available): { centre: number; sigma: number; lower: number; upper: number };
}

function xmrLimits(base: Available[], choice: ChartChoice): PhaseLimits | ChartExplanation {
  const centre = mean(base.map((a) => a.value));
  const ranges = base.slice(1).map((a, i) => Math.abs(a.value - base[i]!.value));
  const mrBar = mean(ranges);
  if (!(mrBar > 0)) return { code: 'chart/no-moving-range' };
  const sigma = mrBar / D2;
  const lower = centre - XMR_LIMIT_FACTOR * mrBar;
  const upper = centre + XMR_LIMIT_FACTOR * mrBar;
  const fixed = { centre, sigma, lower, upper };
  return { choice, centre, dispersion: null, movingRangeMean: mrBar, sigma, lower, upper, at: () => fixed };
}

/** p (scale 100, binomial) or u (scale 1000, Poisson) limits, widened by Laney's σz unless plain ones are asked for. */
function attributeLimits(family: 'p' | 'u', base: Available[], plain: boolean): PhaseLimits | ChartExplanation {
  const scale = family === 'p' ? 100 : 1000;
  const totalN = base.reduce((s, a) => s + a.point.n!, 0);
  const bar = base.reduce((s, a) => s + (a.value / scale) * a.point.n!, 0) / totalN;
  if (family === 'p' && !(bar > 0 && bar < 1)) return { code: 'chart/p-no-spread', percent: bar * 100 };
  if (family === 'u' && !(bar > 0)) return { code: 'chart/u-no-spread' };
  const sigmaOf = family === 'p' ? (n: number) => Math.sqrt((bar * (1 - bar)) / n) : (n: number) => Math.sqrt(bar / n);
  const sigmaZ = laneySigmaZ(base.map((a) => (a.value / scale - bar) / sigmaOf(a.point.n!)));
  const widen = plain ? 1 : Math.max(1, sigmaZ);
  const prime = widen > 1;
  const kind: ChartKind = family === 'p' ? (prime ? 'p-prime' : 'p') : prime ? 'u-prime' : 'u';
  const choice: ChartChoice = { kind, code: plain ? 'declared' : prime ? 'over-dispersed' : 'within-sampling', sigmaZ };
  const cap = family === 'p' ? 1 : Number.POSITIVE_INFINITY;
  return {
    choice,
    centre: bar * scale,
    dispersion: sigmaZ,
    movingRangeMean: null,
    sigma: null,
    lower: null,
    upper: null,
    at: (a: Available) => {
      const s = sigmaOf(a.point.n!) * widen;
      return { centre: bar * scale, sigma: s * scale, lower: Math.max(0, bar - 3 * s) * scale, upper: Math.min(cap, bar + 3 * s) * scale };
    },
  };
}

/** The chart that fits the KPI and its data (see the top of this file). */
export function controlChart(kpi: KpiForChart, points: readonly SeriesPoint[], options: SpcOptions = {}): ChartResult {
  const request = options.chart ?? kpi.controlChart?.chart ?? 'auto';
  const family = chartFamily(kpi.method, request);
  if (family === 'xmr') {
    const code = request === 'xmr' ? 'declared' : 'not-counts';
    return build(kpi, points, options, 'xmr', { kind: 'xmr', code, sigmaZ: null });
  }
  // A proportion or rate whose baselines lack sample sizes is charted as XmR.
  const loose = segments(availablePoints(points, false).available, options.phases ?? [], options);
  const hasN = (a: Available) => a.point.n !== null && a.point.n > 0;
  if (loose.some((s) => s.size !== null && !s.items.slice(0, s.size).every(hasN))) {
    const chart = build(kpi, points, options, 'xmr', { kind: 'xmr', code: 'no-sample-sizes', sigmaZ: null });
    if (chart.kind !== 'none') chart.notes.push('A proportion without sample sizes in its baseline: an XmR chart is used instead of a p-chart.');
    return chart;
  }
  return build(kpi, points, options, family, null, request === 'p' || request === 'u');
}

/** Individuals (XmR) chart. */
export function xmrChart(kpi: KpiForChart, points: readonly SeriesPoint[], options: SpcOptions = {}): ChartResult {
  return build(kpi, points, options, 'xmr', { kind: 'xmr', code: 'declared', sigmaZ: null });
}

/** p-chart for a proportion (values in percent) with sample sizes; Laney p′ when over-dispersed, unless `plain`. */
export function pChart(kpi: KpiForChart, points: readonly SeriesPoint[], options: SpcOptions = {}, plain = false): ChartResult {
  return build(kpi, points, options, 'p', null, plain);
}

/** u-chart for a rate per 1,000 cases with the cases as n; Laney u′ when over-dispersed, unless `plain`. */
export function uChart(kpi: KpiForChart, points: readonly SeriesPoint[], options: SpcOptions = {}, plain = false): ChartResult {
  return build(kpi, points, options, 'u', null, plain);
}

function build(kpi: KpiForChart, points: readonly SeriesPoint[], options: SpcOptions, family: ChartFamily, xmrChoice: ChartChoice | null, plain = false): ChartResult {
  const { available, skipped } = availablePoints(points, family !== 'xmr');
  const segs = segments(available, options.phases ?? [], options);
  const limits: (PhaseLimits | null)[] = [];
  let firstReason: ChartExplanation | null = null;
  for (const s of segs) {
    if (s.size === null) {
      limits.push(null);
      continue;
    }
    const base = s.items.slice(0, s.size);
    const l = family === 'xmr' ? xmrLimits(base, xmrChoice!) : attributeLimits(family, base, plain);
    if ('code' in l) {
      s.reason = l;
      s.size = null;
      firstReason ??= l;
      limits.push(null);
    } else limits.push(l);
  }
  const current = limits.findLastIndex((l) => l !== null);
  if (current < 0) {
    const least = options.minBaselinePoints ?? MIN_BASELINE_POINTS;
    const usable = segs.filter((s) => !s.rampUp).reduce((n, s) => Math.max(n, s.items.length), 0);
    return { kind: 'none', reason: firstReason ?? tooFew(usable, least), availablePoints: available.length, signals: [], skipped };
  }

  const chartPoints: ChartPoint[] = [];
  const phases: ChartPhase[] = [];
  segs.forEach((s, i) => {
    // A phase without limits borrows the previous phase's numbers (or the next one's) but is not tested.
    const own = limits[i];
    const lend = own ?? limits.slice(0, i).findLast((l) => l !== null) ?? limits.slice(i + 1).find((l) => l !== null)!;
    for (let j = 0; j < s.items.length; j++) {
      const a = s.items[j]!;
      const l = lend.at(a);
      chartPoints.push({
        period: a.point.period.key,
        value: a.value,
        n: a.point.n,
        ...l,
        zone: (a.value - l.centre) / l.sigma,
        gapBefore: j === 0 ? 0 : a.gapBefore,
        inBaseline: own !== null && s.size !== null && j < s.size,
        phase: i,
        tested: own !== null,
        provisional: a.point.provisional === true,
      });
    }
    phases.push({
      from: s.items[0]!.point.period.key,
      to: s.items.at(-1)!.point.period.key,
      cause: s.cause,
      rampUp: s.rampUp,
      baseline: own && s.size !== null ? describeBaseline(s.items, s.size, options) : null,
      reason: own ? null : s.reason,
      choice: own?.choice ?? null,
      ...(own ? limitsOf(own) : NO_LIMITS),
    });
  });
  // Gaps between available points inside one phase still count (gapBefore of its first point is 0).
  const rules = ruleSet(options.rules ?? kpi.controlChart?.rules);
  const signals: Signal[] = [];
  for (let i = 0; i < segs.length; i++) {
    if (limits[i] === null) continue;
    const inPhase = chartPoints.filter((p) => p.phase === i);
    for (const s of detectSignals(kpi, inPhase, rules.rules)) signals.push(s);
  }
  signals.sort((a, b) => compareText(a.period, b.period));
  annotate(signals, chartPoints, options.acknowledgements ?? []);

  const cur = phases[current]!;
  const l = limits[current]!;
  const notes: string[] = [];
  return {
    kind: l.choice.kind,
    choice: l.choice,
    rules: rules.name,
    baseline: cur.baseline!,
    ...limitsOf(l),
    currentPhase: current,
    phases,
    points: chartPoints,
    signals,
    skipped,
    notes,
  };
}

/** Marks signals that need a provisional value to fire, and attaches acknowledgements. */
function annotate(signals: Signal[], points: readonly ChartPoint[], acks: readonly AcknowledgementInput[]): void {
  const provisional = new Set(points.filter((p) => p.provisional).map((p) => p.period));
  for (const s of signals) {
    if (provisional.size > 0 && s.points.some((p) => provisional.has(p))) s.provisional = true;
    const ack = acks.find((a) => a.period === s.period && (a.rule === undefined || a.rule === s.rule));
    if (ack) s.acknowledgement = { by: ack.by, on: ack.on, cause: ack.cause };
  }
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

/** Whether the chart's limits vary from point to point (p and u charts, or several phases). */
export function limitsPerPoint(chart: ControlChart): boolean {
  return chart.kind !== 'xmr' || chart.phases.length > 1;
}

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
