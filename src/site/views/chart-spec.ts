/**
 * The data of the client-side charts, prepared at build time: labels, series (each with a kind
 * that the chart script maps to a style), a text summary and an accessible data table. The
 * script only draws; every number a reader can see in the chart is also in the table.
 *
 *  - `kpiTrendChart`: one KPI across units: a line per unit (at most MAX_TREND_UNITS, problem
 *    units first), the pooled value of the units above them, and the target and warning lines.
 *  - `controlChartSpec`: one KPI for one unit as a control chart: values, centre line, upper and
 *    lower control limits (varying with n on a p-chart), target and warning, and the periods where
 *    an unfavourable signal fires marked as their own series.
 */
import type { Handbook, KpiEntity } from '../../core/model/handbook.ts';
import type { Scorecard, Status } from '../../core/scoring/index.ts';
import { chartFor, rollUp, seriesIndex, type ChartPoint } from '../../core/scoring/index.ts';
import { parsePeriod, type Period } from '../../core/time/period.ts';
import { periodOrdinal } from '../../core/scoring/reporting-period.ts';
import { formatDate, formatNumber } from '../words/format.ts';
import { ruleSet, type ChartPhase, type ControlChart, type PhaseCause, type Signal } from '../../core/scoring/index.ts';
import { periodWindow } from '../../core/scoring/reporting-period.ts';
import { signalSummary, unitsInTreeOrder, valueText } from './scorecard-view.ts';
import { localized } from '../words/text.ts';
import type { UiLocale } from '../words/locale.ts';
import { explanationText, wordsFor } from '../words/words.ts';

export type SeriesKind = 'unit' | 'pooled' | 'value' | 'target' | 'warning' | 'centre' | 'limit' | 'signal';

export interface ChartSeries {
  label: string;
  kind: SeriesKind;
  /** One value per label; null where there is none (drawn as a gap). */
  values: (number | null)[];
}

export interface ChartTable {
  caption: string;
  columns: string[];
  /** One row per label: the period, then one cell per column. */
  rows: { period: string; cells: string[] }[];
}

/** What a control chart is and why: its chart, its rules and their false-alarm load, its phases. */
export interface ControlChartFacts {
  chart: string;
  rules: string;
  /** One line per phase, oldest first; empty when the chart has one phase. */
  phases: string[];
}

export interface ChartSpec {
  title: string;
  /** Control charts: which chart and why, which rules, which phases. */
  facts?: ControlChartFacts;
  /** Period keys along the x axis. */
  labels: string[];
  series: ChartSeries[];
  /** The KPI's unit of measure (`percent`, `points`…), for the axis and tooltips. */
  unit: string;
  yTitle: string;
  /** What the chart shows, in one or two sentences (the canvas's text alternative). */
  summary: string;
  table: ChartTable;
  /**
   * Control charts with phases: where each phase after the first begins (`index` into `labels`),
   * drawn as a vertical line before that period with its label (`Phase 2`).
   */
  boundaries?: { index: number; label: string }[];
}

/** Most periods a chart shows (the newest ones). */
export const MAX_CHART_PERIODS = 36;
/** Most unit lines on a trend chart; the rest are in the table of values and the exports. */
export const MAX_TREND_UNITS = 8;

const yTitle = (unit: string, locale: UiLocale) => (wordsFor(locale).charts.yTitles as Record<string, string>)[unit] ?? unit;

const SEVERITY: Record<Status, number> = { 'off-target': 0, 'at-risk': 1, 'within-noise': 2, 'no-data': 3, 'on-target': 4, 'not-applicable': 5 };

function thresholdLines(kpi: KpiEntity, count: number, locale: UiLocale): ChartSeries[] {
  const t = wordsFor(locale).charts;
  const n = (v: number) => formatNumber(v, locale);
  const lines: ChartSeries[] = [];
  const add = (label: string, kind: SeriesKind, v: number) => lines.push({ label, kind, values: Array.from({ length: count }, () => v) });
  if (typeof kpi.target === 'number') add(t.target(n(kpi.target)), 'target', kpi.target);
  else {
    add(t.targetLow(n(kpi.target.min)), 'target', kpi.target.min);
    add(t.targetHigh(n(kpi.target.max)), 'target', kpi.target.max);
  }
  if (typeof kpi.warning === 'number') add(t.warning(n(kpi.warning)), 'warning', kpi.warning);
  else {
    add(t.warningLow(n(kpi.warning.min)), 'warning', kpi.warning.min);
    add(t.warningHigh(n(kpi.warning.max)), 'warning', kpi.warning.max);
  }
  return lines;
}

/** The table of a chart: a row per label, a column per series (signals as words). */
export function chartTable(
  caption: string,
  labels: readonly string[],
  series: readonly ChartSeries[],
  unit: string,
  signalTexts?: ReadonlyMap<string, string>,
  locale: UiLocale = 'en',
): ChartTable {
  const t = wordsFor(locale).charts;
  const shown = series.filter((s) => s.kind !== 'signal');
  const columns = shown.map((s) => s.label);
  if (signalTexts) columns.push(t.signalsColumn);
  const rows = labels.map((period, i) => {
    const cells = shown.map((s) => {
      const v = s.values[i];
      return v === null || v === undefined ? (s.kind === 'unit' || s.kind === 'value' || s.kind === 'pooled' ? t.noData : '—') : valueText(round(v), unit, locale);
    });
    if (signalTexts) cells.push(signalTexts.get(period) ?? '');
    return { period, cells };
  });
  return { caption, columns, rows };
}

const round = (v: number) => Math.round(v * 100) / 100;

/** The last `max` periods from `first` to `last` (same frequency). */
function axis(first: Period, last: Period, max = MAX_CHART_PERIODS): Period[] {
  const count = Math.min(max, periodOrdinal(last) - periodOrdinal(first) + 1);
  return count > 0 ? periodWindow(last, count) : [last];
}

/**
 * The trend of one KPI across units up to the KPI's period on `sc`, or undefined when no unit
 * has a value.
 */
export function kpiTrendChart(h: Handbook, sc: Scorecard, kpiId: string, locale: UiLocale = 'en'): ChartSpec | undefined {
  const kpi = h.kpis.get(kpiId);
  const sk = sc.kpis.find((k) => k.id === kpiId);
  const byUnit = seriesIndex(h).get(kpiId);
  if (!kpi || !sk || !byUnit) return undefined;
  const last = parsePeriod(sk.period, kpi.frequency);
  let first: Period | undefined;
  for (const s of byUnit.values()) {
    const p = s.points.find((x) => x.value !== null)?.period;
    if (p && (!first || p.start < first.start)) first = p;
  }
  if (!last || !first || first.start > last.start) return undefined;
  const periods = axis(first, last);
  const labels = periods.map((p) => p.key);

  // Reporting units with a series, problem units first, then the rest in unit order.
  const units = sc.rows.filter((r) => r.kpi === kpiId && r.status !== 'not-applicable' && byUnit.has(r.unit));
  const order = new Map(units.map((r, i) => [r.unit, i]));
  const ranked = [...units].sort((a, b) => {
    const pa = a.problem.length > 0 ? 0 : 1;
    const pb = b.problem.length > 0 ? 0 : 1;
    return pa - pb || SEVERITY[a.status] - SEVERITY[b.status] || order.get(a.unit)! - order.get(b.unit)!;
  });
  const chosen = new Set(ranked.slice(0, MAX_TREND_UNITS).map((r) => r.unit));
  const shownUnits = units.filter((r) => chosen.has(r.unit));
  const name = (id: string) => localized(sc.units.find((u) => u.id === id)?.name ?? id, locale);
  const t = wordsFor(locale).charts;

  const series: ChartSeries[] = shownUnits.map((r) => {
    const s = byUnit.get(r.unit)!;
    return { label: name(r.unit), kind: 'unit', values: labels.map((k) => s.byPeriod.get(k)?.value ?? null) };
  });
  // The pooled value of the top unit above the reporting units (the organisation).
  const top = unitsInTreeOrder(sc).find((x) => sc.rollups.some((r) => r.kpi === kpiId && r.unit === x.unit.id));
  if (top) {
    series.push({ label: t.pooled(name(top.unit.id)), kind: 'pooled', values: labels.map((k) => rollUp(h, kpi, top.unit.id, k, byUnit).value) });
  }
  series.push(...thresholdLines(kpi, labels.length, locale));

  const omitted = units.length - shownUnits.length;
  const kpiName = localized(kpi.name, locale);
  const problems = units.filter((r) => r.problem.length > 0).length;
  const status = wordsFor(locale).scorecards.status;
  const latestLine = shownUnits.map((r) => t.trend.latestUnit(name(r.unit), valueText(r.value, kpi.unitOfMeasure, locale), status[r.status])).join(t.trend.latestSeparator);
  const summary = t.trend.summary({
    kpi: kpiName,
    from: labels[0]!,
    to: labels.at(-1)!,
    target: sk.targetText,
    problems,
    units: units.length,
    period: sk.period,
    latest: latestLine,
    omitted,
  });
  return {
    title: t.trend.title(kpiName),
    labels,
    series,
    unit: kpi.unitOfMeasure,
    yTitle: yTitle(kpi.unitOfMeasure, locale),
    summary,
    table: chartTable(t.trend.caption(kpiName), labels, series, kpi.unitOfMeasure, undefined, locale),
  };
}

export interface NoChart {
  none: true;
  reason: string;
}

/** The control chart of one KPI for one unit up to `periodKey`, or why there is none. */
export function controlChartSpec(h: Handbook, kpiId: string, unitId: string, periodKey: string, locale: UiLocale = 'en'): ChartSpec | NoChart {
  const t = wordsFor(locale).charts;
  const kpi = h.kpis.get(kpiId);
  const unit = h.units.get(unitId);
  const chart = kpi ? chartFor(h, kpiId, unitId, periodKey) : undefined;
  if (!kpi || !unit || !chart) return { none: true, reason: t.control.noValues };
  if (chart.kind === 'none') return { none: true, reason: explanationText(chart.reason, locale) };
  const firstP = parsePeriod(chart.points[0]!.period, kpi.frequency);
  const lastP = parsePeriod(chart.points.at(-1)!.period, kpi.frequency);
  if (!firstP || !lastP) return { none: true, reason: t.control.noValues };
  const periods = axis(firstP, lastP);
  const labels = periods.map((p) => p.key);
  const byPeriod = new Map(chart.points.map((p) => [p.period, p]));
  const at = <T>(f: (p: ChartPoint) => T) => labels.map((k) => {
    const p = byPeriod.get(k);
    return p ? f(p) : null;
  });
  // Limits only where the point's phase has its own (not in a ramp-up or a phase without a baseline).
  const limit = (f: (p: ChartPoint) => number) => at((p) => (p.tested ? f(p) : null));
  const bad = chart.signals.filter((s) => s.unfavourable);
  const signalTexts = new Map<string, string>();
  for (const period of new Set(chart.signals.map((s) => s.period))) {
    const here = chart.signals.filter((s) => s.period === period);
    const bad = here.filter((s) => s.unfavourable);
    const good = here.filter((s) => !s.unfavourable);
    const notes = here.flatMap((s) => signalNotes(h, s, locale));
    signalTexts.set(
      period,
      [bad.length ? t.control.warning(signalSummary(bad, locale)) : '', good.length ? t.control.improvement(signalSummary(good, locale)) : '', ...new Set(notes)]
        .filter(Boolean)
        .join(t.control.signalSeparator),
    );
  }
  for (const p of chart.points) {
    if (p.provisional) signalTexts.set(p.period, [signalTexts.get(p.period), t.control.provisionalValue].filter(Boolean).join(t.control.signalSeparator));
  }
  const badPeriods = new Set(bad.map((s) => s.period));
  const kindName = t.control.kinds[chart.kind];
  const series: ChartSeries[] = [
    { label: t.control.value, kind: 'value', values: at((p) => p.value) },
    { label: t.control.centre, kind: 'centre', values: limit((p) => p.centre) },
    { label: t.control.upper, kind: 'limit', values: limit((p) => p.upper) },
    { label: t.control.lower, kind: 'limit', values: limit((p) => p.lower) },
    ...thresholdLines(kpi, labels.length, locale),
    { label: t.control.signal, kind: 'signal', values: at((p) => (badPeriods.has(p.period) ? p.value : null)) },
  ];
  const kpiName = localized(kpi.name, locale);
  const unitName = localized(unit.name, locale);
  const latest = chart.points.at(-1)!;
  const v = (x: number | null) => valueText(x, kpi.unitOfMeasure, locale);
  const limits =
    chart.kind === 'xmr' && chart.phases.length === 1
      ? t.control.limitsFixed(v(round(chart.lower!)), v(round(chart.upper!)))
      : t.control.limitsVarying(v(round(latest.lower)), v(round(latest.upper)));
  const firstBad = bad[0];
  const summary =
    t.control.summary({
      kind: kindName,
      kpi: kpiName,
      unit: unitName,
      from: labels[0]!,
      to: labels.at(-1)!,
      centre: v(round(chart.centre)),
      baselineFrom: chart.baseline.from,
      baselineTo: chart.baseline.to,
      limits,
      latest: v(latest.value),
      latestPeriod: latest.period,
    }) + (bad.length === 0 ? t.control.noSignal : t.control.signals(badPeriods.size, firstBad!.period, wordsFor(locale).scorecards.rules[firstBad!.rule]));
  const table = chartTable(t.control.caption(kpiName, unitName), labels, series, kpi.unitOfMeasure, signalTexts, locale);
  const boundaries: { index: number; label: string }[] = [];
  if (chart.phases.length > 1) {
    table.columns.push(t.control.phaseColumn);
    for (const row of table.rows) {
      const p = byPeriod.get(row.period);
      row.cells.push(p ? t.control.phaseLabel(p.phase + 1) : '');
    }
    chart.phases.forEach((p, i) => {
      const index = labels.indexOf(p.from);
      if (i > 0 && index > 0) boundaries.push({ index, label: t.control.phaseLabel(i + 1) });
    });
  }
  return {
    title: t.control.title(kpiName, unitName, kindName),
    facts: controlChartFacts(h, chart, kpi.unitOfMeasure, locale),
    labels,
    series,
    unit: kpi.unitOfMeasure,
    yTitle: yTitle(kpi.unitOfMeasure, locale),
    summary,
    table,
    ...(boundaries.length ? { boundaries } : {}),
  };
}

/** Which chart and why, its rules and their false-alarm load, and its phases, in words. */
export function controlChartFacts(h: Handbook, chart: ControlChart, unit: string, locale: UiLocale = 'en'): ControlChartFacts {
  const t = wordsFor(locale).charts.control;
  const kind = t.kinds[chart.choice.kind];
  const sz = chart.choice.sigmaZ === null ? '' : formatNumber(Math.round(chart.choice.sigmaZ * 10) / 10, locale);
  const rules = ruleSet(chart.rules);
  return {
    chart: t.choice(chart.choice, kind, sz),
    rules: t.rulesLine(t.ruleSets[rules.name], formatNumber(Math.round(rules.arl0), locale)),
    phases: chart.phases.length > 1 ? chart.phases.map((p, i) => phaseText(p, i, unit, locale)) : [],
  };
}

function phaseText(p: ChartPhase, i: number, unit: string, locale: UiLocale): string {
  const t = wordsFor(locale).charts.control;
  const state = p.rampUp
    ? t.phaseRampUp
    : p.baseline
      ? t.phaseBaseline(p.baseline.from, p.baseline.to, valueText(round(p.centre!), unit, locale)) + (p.choice ? t.phaseKind(t.kinds[p.choice.kind]) : '')
      : t.phaseNoBaseline;
  return t.phaseLine(t.phaseLabel(i + 1), t.phaseRange(p.from, p.to), causeText(p.cause, locale), state);
}

/** Why a phase began, in words. */
export function causeText(c: PhaseCause, locale: UiLocale = 'en'): string {
  const t = wordsFor(locale).charts.control.phaseCauses;
  switch (c.kind) {
    case 'start':
      return t.start;
    case 'action':
      return t.action(c.action, formatDate(c.closed, locale));
    case 'sop-version':
      return t.sopVersion(c.sop, c.version, formatDate(c.date, locale));
    case 'declared':
      return t.declared(sentence(localized(c.reason, locale)));
    case 'ramp-up':
      return t.rampUp(sentence(localized(c.reason, locale)));
    case 'after-ramp-up':
      return t.afterRampUp;
  }
}

/** A reason written as a sentence, without its final full stop (the line around it ends it). */
const sentence = (text: string) => text.trim().replace(/[.。]$/, '');

/** "provisional" and "acknowledged by … on …: cause" notes of a signal. */
export function signalNotes(h: Handbook, s: Signal, locale: UiLocale = 'en'): string[] {
  const t = wordsFor(locale).charts.control;
  const out: string[] = [];
  if (s.provisional) out.push(t.provisional);
  const a = s.acknowledgement;
  if (a) out.push(t.acknowledged(h.people.get(a.by)?.name ?? a.by, formatDate(a.on, locale), sentence(localized(a.cause, locale))));
  return out;
}

/** Units whose chart of the KPI up to its period on `sc` has several phases. */
export function phasedUnits(h: Handbook, sc: Scorecard, kpiId: string): Set<string> {
  const sk = sc.kpis.find((k) => k.id === kpiId);
  const out = new Set<string>();
  if (!sk) return out;
  for (const r of sc.rows) {
    if (r.kpi !== kpiId || r.chart.kind === 'none') continue;
    const c = chartFor(h, kpiId, r.unit, sk.period);
    if (c && c.kind !== 'none' && c.phases.length > 1) out.add(r.unit);
  }
  return out;
}

/** Units whose control chart the KPI page draws: unfavourable signals first, then charts with phases, then the worst status. */
export function controlChartUnits(sc: Scorecard, kpiId: string, max = 3, phased: ReadonlySet<string> = new Set()): string[] {
  const rows = sc.rows.filter((r) => r.kpi === kpiId && r.chart.kind !== 'none');
  const score = (r: (typeof rows)[number]) => (r.problem.includes('signal') ? 0 : phased.has(r.unit) ? 5 : 10) + SEVERITY[r.status];
  return [...rows]
    .sort((a, b) => score(a) - score(b))
    .slice(0, max)
    .map((r) => r.unit);
}
