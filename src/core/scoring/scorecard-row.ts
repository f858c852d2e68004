/**
 * One row of a scorecard: a KPI for a unit at the KPI's period, with value, n, status and flags,
 * trend, where it sits on its control chart, the signals firing at that period, and the open
 * actions. Reads only that (KPI, unit) series.
 */
import type { KpiEntity } from '../model/handbook.ts';
import type { ScoringModel } from './scoring-model.ts';
import type { Period } from '../time/period.ts';
import { loopState, openActionsFor, problemReasons, type LinkedAction, type ProblemReason } from './actions.ts';
import { attainment } from './attainment.ts';
import { explanationKey, type ChartExplanation, type StatusExplanation } from './explanation.ts';
import { valueInterval, type Interval } from './intervals.ts';
import { nextPeriodOf, previousPeriodOf } from './reporting-period.ts';
import { chartAt } from './series-charts.ts';
import { latestValueUpTo, type KpiSeries } from './series.ts';
import { limitsPerPoint, type Baseline, type ChartKind, type ChartPoint, type ChartResult, type SpcOptions } from './spc.ts';
import { classifyValue, DEFAULT_PERSISTENCE, evaluateStatus, type Status, type StatusFlags } from './status.ts';
import { trendAt, type Trend } from './trend.ts';
import type { Signal } from './western-electric.ts';

/** Where the row sits on its control chart at this period (the limits of the point's phase). */
export interface ChartSummary {
  kind: ChartKind | 'none';
  centre: number | null;
  lower: number | null;
  upper: number | null;
  sigma: number | null;
  baseline: Baseline | null;
  /** Why there is no chart (explanation.ts). */
  reason: ChartExplanation | null;
  notes: string[];
}

export interface ScorecardRow {
  kpi: string;
  unit: string;
  /** The KPI's period shown (see ScorecardKpi.period). */
  period: string;
  value: number | null;
  n: number | null;
  note: string | null;
  /** The value's 95 % interval from its sample (intervals.ts); null when it has none. */
  interval: Interval | null;
  status: Status;
  flags: StatusFlags;
  /** Why the status (explanation.ts). */
  reason: StatusExplanation;
  /** Latest value at or before the period (differs from `value` when this period has none). */
  latest: { period: string; value: number } | null;
  trend: Trend | null;
  attainment: number | null;
  chart: ChartSummary;
  /** Signals firing at this period, favourable or not. */
  signals: Signal[];
  /** Open actions addressing this KPI at this unit. */
  actions: LinkedAction[];
  /** Why the row is a problem (empty when it is not). */
  problem: ProblemReason[];
  /** True for a problem with no open action (and not acknowledged). */
  noAction: boolean;
  /** True when the problem is only unfavourable signals, all acknowledged with their assignable cause. */
  acknowledged: boolean;
  /** True when an open action addressing it is overdue. */
  overdueAction: boolean;
}

const NO_CHART = { centre: null, lower: null, upper: null, sigma: null, baseline: null } as const;
/*
 * A scorecard holds a row per unit and KPI, and a build holds the scorecards of every period
 * (hundreds of thousands of rows). Parts that are the same for many rows are shared, frozen: the
 * empty lists, the four flag combinations, and the chart summary (one per chart for XmR, whose
 * limits are constant; one per point for a p-chart; one per reason without a chart).
 */
const NO_SIGNALS: readonly Signal[] = Object.freeze([]);
const NO_ACTIONS: readonly LinkedAction[] = Object.freeze([]);
const NO_PROBLEM: readonly ProblemReason[] = Object.freeze([]);
const FLAGS: readonly (readonly StatusFlags[])[] = [false, true].map((stale) => [false, true].map((smallSample) => Object.freeze({ stale, smallSample })));
const NO_NOTES: string[] = Object.freeze([]) as unknown as string[];

const summaries = new WeakMap<object, ChartSummary>();
const noChartSummaries = new Map<string, ChartSummary>();
const NO_VALUES: ChartExplanation = Object.freeze({ code: 'chart/no-values' });
const NOT_APPLICABLE: ChartExplanation = Object.freeze({ code: 'chart/not-applicable' });

function chartSummary(chart: ChartResult | undefined, point: ChartPoint | undefined, applicable: boolean): ChartSummary {
  if (!chart || chart.kind === 'none') {
    const reason = !chart ? (applicable ? NO_VALUES : NOT_APPLICABLE) : chart.reason;
    const key = explanationKey(reason);
    let s = noChartSummaries.get(key);
    if (!s) noChartSummaries.set(key, (s = Object.freeze({ kind: 'none', ...NO_CHART, notes: NO_NOTES, reason }) as ChartSummary));
    return s;
  }
  // A single-phase XmR chart's point carries the chart's constant limits; p and u charts (and
  // phased charts) per point, from the point's phase.
  const key: object = limitsPerPoint(chart) && point ? point : chart;
  let s = summaries.get(key);
  if (!s) {
    const phase = point ? chart.phases[point.phase] : undefined;
    const own = phase && phase.baseline ? phase : undefined;
    s = Object.freeze({
      kind: own?.choice?.kind ?? chart.kind,
      centre: point && own ? point.centre : chart.centre,
      lower: point && own ? point.lower : chart.lower,
      upper: point && own ? point.upper : chart.upper,
      sigma: point && own ? point.sigma : chart.sigma,
      baseline: own ? own.baseline : chart.baseline,
      reason: null,
      notes: chart.notes,
    }) as ChartSummary;
    summaries.set(key, s);
  }
  return s;
}

/**
 * The row of `kpi` for `unit` at the KPI's period `kp`. `series` is the unit's series (undefined
 * when it reports nothing); `applicable` is false outside the KPI's units or in `notApplicable`.
 */
/**
 * The date a period's scorecard is reviewed: the end of the following period (the monthly review of
 * October happens in November), or today if that is earlier. Actions are linked as of that date.
 */
export function actionsAsOf(h: ScoringModel, kp: Period): string {
  const review = nextPeriodOf(kp).end;
  return review < h.today ? review : h.today;
}

/**
 * Periods in a row, ending with `kp`, whose values missed the KPI's target (0 when `kp` has no value
 * or meets it). Looks back no further than the KPI's persistence needs.
 */
export function missRunAt(kpi: KpiEntity, series: KpiSeries | undefined, kp: Period): number {
  if (!series) return 0;
  const limit = kpi.persistence ?? DEFAULT_PERSISTENCE;
  let run = 0;
  for (let p = kp; run < limit; p = previousPeriodOf(p)) {
    const v = series.byPeriod.get(p.key)?.value;
    if (v === null || v === undefined || classifyValue(kpi, v) === 'on-target') break;
    run++;
  }
  return run;
}

export function buildRow(
  h: ScoringModel,
  kpi: KpiEntity,
  unit: string,
  kp: Period,
  series: KpiSeries | undefined,
  applicable: boolean,
  spc: SpcOptions = {},
): ScorecardRow {
  const point = series?.byPeriod.get(kp.key);
  const latest = series ? latestValueUpTo(series.points, kp.end) : undefined;
  const interval = applicable && point && point.value !== null ? valueInterval(kpi, { value: point.value, n: point.n, counts: point.counts }) : null;
  const status = evaluateStatus({
    kpi,
    applicable,
    measurement: point ? { value: point.value, n: point.n } : undefined,
    latest: latest?.period,
    reference: kp,
    interval,
    missRun: missRunAt(kpi, series, kp),
  });
  const value = applicable ? (point?.value ?? null) : null;
  // The chart as known at kp, cut from the series' full chart (series-charts.ts), not rebuilt.
  const at = applicable && series ? chartAt(series, kp, spc) : undefined;
  const chart = at?.chart;
  const chartPoint = at?.point;
  const signals = (at && value !== null ? at.signals : NO_SIGNALS) as Signal[];
  const found = applicable ? openActionsFor(h, kpi.id, unit, actionsAsOf(h, kp)) : [];
  const actions = found.length ? found : (NO_ACTIONS as LinkedAction[]);
  const reasons = problemReasons(status.status, signals);
  const problem = reasons.length ? reasons : (NO_PROBLEM as ProblemReason[]);
  // A problem that is only signals, each acknowledged with its assignable cause, needs no action.
  const loop = loopState(problem, signals, actions);
  return {
    kpi: kpi.id,
    unit,
    period: kp.key,
    value,
    n: applicable ? (point?.n ?? null) : null,
    note: point?.note ?? null,
    interval,
    status: status.status,
    flags: FLAGS[Number(status.flags.stale)]![Number(status.flags.smallSample)]!,
    reason: status.reason,
    latest: applicable && latest && latest.value !== null ? { period: latest.period.key, value: latest.value } : null,
    trend: applicable && series ? trendAt(kpi, (key) => series.byPeriod.get(key)?.value, kp) : null,
    attainment: value === null ? null : attainment(kpi, value),
    chart: chartSummary(chart, chartPoint, applicable),
    signals,
    actions,
    problem,
    noAction: loop.noAction,
    acknowledged: loop.acknowledged,
    overdueAction: loop.overdueAction,
  };
}

