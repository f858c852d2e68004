/**
 * The control chart of a (KPI, unit) series as it was known at any of its periods, computed once
 * per series instead of once per scorecard.
 *
 * A scorecard of period P charts each row from the values up to the KPI's period at P (spc.ts).
 * Rebuilding that chart for every scorecard costs periods × points for every series: quadratic in
 * the months of data. It is not needed. Once the values known at P include the whole baseline of the
 * series' full chart (its first 12 points with a value, or all of them when there are 8 to 11), the
 * chart known at P has the same baseline, kind (p or XmR), centre line, limits, σ and notes; its
 * points are the full chart's first points; and its signals are the full chart's signals at those
 * points, since every run rule looks only back (western-electric.ts). So the full chart is computed
 * once and cut at P. Only while the baseline is still incomplete (the first months of a series) is
 * the chart known at P computed on its own, as before; those charts are short.
 *
 * With phases (phases.ts) the same holds once every phase that has begun by P has its baseline
 * complete by P; the chart known at P then is the full chart's phases up to P, the last of them
 * with a baseline being the current one.
 *
 * The series' declared phases and acknowledgements (`series.context`) are always applied.
 *
 * The cache is keyed by the series object (series.ts builds each once per handbook) and holds only
 * the full chart and two indexes. Results are shared: callers must not modify them.
 */
import type { Period } from '../time/period.ts';
import type { KpiSeries } from './series.ts';
import { controlChart, type ChartPoint, type ChartResult, type ControlChart, type SpcOptions } from './spc.ts';

const chartOf = (series: KpiSeries, points: KpiSeries['points'], options?: SpcOptions) =>
  controlChart(series.kpi, points, options ? { ...series.context, ...options } : series.context);
import type { Signal } from './western-electric.ts';

interface SeriesCharts {
  full: ChartResult;
  /**
   * The last period of the latest baseline of the full chart: a cut at or after it is the full
   * chart cut (a phase without a baseline has none in a cut either). Null when the full chart is none.
   */
  baselineTo: string | null;
  /** Chart points of the full chart by period key. */
  points: Map<string, ChartPoint>;
  /** Signals of the full chart by the period at which they fire (oldest rule order kept). */
  signals: Map<string, Signal[]>;
  /**
   * A chart with several phases seen at a period of an earlier phase: the full chart with that
   * phase's kind, centre line, limits and baseline (what chartAt hands out), one per phase.
   */
  views: Map<number, ControlChart>;
}

const cache = new WeakMap<KpiSeries, SeriesCharts>();

/** How many charts were computed from scratch (for tests: each series' full chart counts once). */
let computed = 0;
export const chartComputations = (): number => computed;

const NO_SIGNALS: readonly Signal[] = Object.freeze([]);

function seriesCharts(series: KpiSeries): SeriesCharts {
  let c = cache.get(series);
  if (c) return c;
  computed++;
  const full = chartOf(series, series.points);
  const points = new Map<string, ChartPoint>();
  const signals = new Map<string, Signal[]>();
  if (full.kind !== 'none') {
    for (const p of full.points) points.set(p.period, p);
    for (const s of full.signals) {
      const list = signals.get(s.period);
      if (list) list.push(s);
      else signals.set(s.period, [s]);
    }
  }
  c = { full, baselineTo: full.kind === 'none' ? null : settledFrom(full), points, signals, views: new Map() };
  cache.set(series, c);
  return c;
}

/**
 * The period from which on a cut of the full chart is the chart of the values known then: every
 * phase's baseline complete. One phase: the end of its baseline.
 */
function settledFrom(full: ControlChart): string {
  let key = '';
  for (const p of full.phases) {
    if (p.baseline && p.baseline.to > key) key = p.baseline.to;
  }
  return key;
}

/** The full chart as known up to period key `last` (a cut at or after `settledFrom`). */
function cut(full: ControlChart, last: string): ControlChart {
  const upTo = <T extends { period: string }>(list: readonly T[]) => {
    let n = list.length;
    while (n > 0 && list[n - 1]!.period > last) n--;
    return list.slice(0, n);
  };
  const points = upTo(full.points);
  const phases = full.phases.filter((p) => p.from <= last).map((p) => (p.to > last ? { ...p, to: points.at(-1)!.period } : p));
  if (full.phases.length === 1) return { ...full, phases, points, signals: upTo(full.signals), skipped: upTo(full.skipped), notes: [...full.notes] };
  const current = phases.findLastIndex((p) => p.baseline !== null);
  return { ...inPhase(full, phases[current]!, current), phases, points, signals: upTo(full.signals), skipped: upTo(full.skipped), notes: [...full.notes] };
}

/** The chart with `cur` (phase number `current`, which has a baseline) as its current phase. */
function inPhase(full: ControlChart, cur: ControlChart['phases'][number], current: number): ControlChart {
  return {
    ...full,
    kind: cur.choice!.kind,
    choice: cur.choice!,
    baseline: cur.baseline!,
    centre: cur.centre!,
    dispersion: cur.dispersion,
    movingRangeMean: cur.movingRangeMean,
    sigma: cur.sigma,
    lower: cur.lower,
    upper: cur.upper,
    currentPhase: current,
  };
}

/** The full chart with the current phase as known at period key `last` (not cut: see ChartAt). */
function viewAt(c: SeriesCharts, last: string): ControlChart {
  const full = c.full as ControlChart;
  const current = full.phases.findLastIndex((p) => p.baseline !== null && p.from <= last);
  if (current === full.currentPhase) return full;
  let view = c.views.get(current);
  if (!view) {
    view = inPhase(full, full.phases[current]!, current);
    c.views.set(current, view);
  }
  return view;
}

/** Number of points of the series that end on or before `end` (they are sorted by period). */
function countUpTo(series: KpiSeries, end: string): number {
  const pts = series.points;
  let hi = pts.length;
  while (hi > 0 && pts[hi - 1]!.period.end > end) hi--;
  return hi;
}

/**
 * Whether the chart of the first `hi` points is the full chart cut after them: the full chart has
 * a baseline and all of it lies among those points. Period keys of one frequency sort as text in
 * time order (`2026-09` < `2026-10`, `2026-Q3` < `2026-Q4`, `2026-W09` < `2026-W10`).
 */
function derivable(c: SeriesCharts, series: KpiSeries, hi: number): boolean {
  return c.baselineTo !== null && hi > 0 && series.points[hi - 1]!.period.key >= c.baselineTo;
}

function prefix(series: KpiSeries, hi: number) {
  return hi === series.points.length ? series.points : series.points.slice(0, hi);
}

/**
 * The control chart of `series` from its values for periods ending on or before `end`, exactly as
 * `controlChart(kpi, pointsUpTo(series.points, end), options)`. With options other than the
 * defaults it is computed as that.
 */
export function chartUpTo(series: KpiSeries, end: string, options?: SpcOptions): ChartResult {
  const hi = countUpTo(series, end);
  if (options && Object.keys(options).length > 0) return chartOf(series, prefix(series, hi), options);
  const c = seriesCharts(series);
  if (hi === series.points.length) return c.full;
  if (!derivable(c, series, hi)) {
    computed++;
    return chartOf(series, prefix(series, hi));
  }
  return cut(c.full as ControlChart, series.points[hi - 1]!.period.key);
}

/** Where a series stands on its chart at one of its periods, as known then. */
export interface ChartAt {
  /**
   * The chart known at the period, for its kind, centre line, limits, baseline and notes (its
   * current phase as known then); its points, signals and phases may run past the period.
   */
  chart: ChartResult;
  /** The chart's point at the period; undefined when the period has no usable value. */
  point: ChartPoint | undefined;
  /** The signals firing at the period. Shared: do not modify. */
  signals: readonly Signal[];
}

/**
 * The chart of `series` as known at period `kp` (values of periods ending by `kp.end`), its point at
 * `kp` and the signals firing there, without copying the chart.
 */
export function chartAt(series: KpiSeries, kp: Period, options?: SpcOptions): ChartAt {
  const hi = countUpTo(series, kp.end);
  const custom = options !== undefined && Object.keys(options).length > 0;
  const c = custom ? undefined : seriesCharts(series);
  if (c && (hi === series.points.length || derivable(c, series, hi))) {
    const whole = hi === series.points.length || c.full.kind === 'none' || c.full.phases.length === 1;
    const chart = whole ? c.full : viewAt(c, series.points[hi - 1]!.period.key);
    return { chart, point: c.points.get(kp.key), signals: c.signals.get(kp.key) ?? NO_SIGNALS };
  }
  if (!custom) computed++;
  const chart = chartOf(series, prefix(series, hi), options);
  if (chart.kind === 'none') return { chart, point: undefined, signals: NO_SIGNALS };
  const point = chart.points.find((p) => p.period === kp.key);
  const signals = chart.signals.filter((s) => s.period === kp.key);
  return { chart, point, signals: signals.length ? signals : NO_SIGNALS };
}
