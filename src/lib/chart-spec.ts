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
import type { Handbook, KpiEntity } from '../core/model/handbook.ts';
import type { Scorecard, Status } from '../core/scoring/index.ts';
import { chartFor, rollUp, seriesIndex, type ChartPoint } from '../core/scoring/index.ts';
import { parsePeriod, type Period } from '../core/time/period.ts';
import { periodOrdinal } from '../core/scoring/reporting-period.ts';
import { formatNumber } from './format.ts';
import { periodWindow, RULE_LABELS, signalSummary, STATUS_META, unitsInTreeOrder, valueText } from './scorecard-view.ts';
import { localized } from './text.ts';

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

export interface ChartSpec {
  title: string;
  /** Period keys along the x axis. */
  labels: string[];
  series: ChartSeries[];
  /** The KPI's unit of measure (`percent`, `points`…), for the axis and tooltips. */
  unit: string;
  yTitle: string;
  /** What the chart shows, in one or two sentences (the canvas's text alternative). */
  summary: string;
  table: ChartTable;
}

/** Most periods a chart shows (the newest ones). */
export const MAX_CHART_PERIODS = 36;
/** Most unit lines on a trend chart; the rest are in the table of values and the exports. */
export const MAX_TREND_UNITS = 8;

const UNIT_Y_TITLES: Record<string, string> = { percent: 'Percent', points: 'Points', score: 'Score', minutes: 'Minutes', hours: 'Hours', 'per-1000': 'Per 1,000' };

const SEVERITY: Record<Status, number> = { 'off-target': 0, 'at-risk': 1, 'no-data': 2, 'on-target': 3, 'not-applicable': 4 };

function thresholdLines(kpi: KpiEntity, count: number): ChartSeries[] {
  const lines: ChartSeries[] = [];
  const add = (label: string, kind: SeriesKind, v: number) => lines.push({ label, kind, values: Array.from({ length: count }, () => v) });
  if (typeof kpi.target === 'number') add(`Target (${formatNumber(kpi.target)})`, 'target', kpi.target);
  else {
    add(`Target band low (${formatNumber(kpi.target.min)})`, 'target', kpi.target.min);
    add(`Target band high (${formatNumber(kpi.target.max)})`, 'target', kpi.target.max);
  }
  if (typeof kpi.warning === 'number') add(`Warning (${formatNumber(kpi.warning)})`, 'warning', kpi.warning);
  else {
    add(`Warning band low (${formatNumber(kpi.warning.min)})`, 'warning', kpi.warning.min);
    add(`Warning band high (${formatNumber(kpi.warning.max)})`, 'warning', kpi.warning.max);
  }
  return lines;
}

/** The table of a chart: a row per label, a column per series (signals as words). */
export function chartTable(caption: string, labels: readonly string[], series: readonly ChartSeries[], unit: string, signalTexts?: ReadonlyMap<string, string>): ChartTable {
  const shown = series.filter((s) => s.kind !== 'signal');
  const columns = shown.map((s) => s.label);
  if (signalTexts) columns.push('Signals');
  const rows = labels.map((period, i) => {
    const cells = shown.map((s) => {
      const v = s.values[i];
      return v === null || v === undefined ? (s.kind === 'unit' || s.kind === 'value' || s.kind === 'pooled' ? 'No data' : '—') : valueText(round(v), unit);
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
export function kpiTrendChart(h: Handbook, sc: Scorecard, kpiId: string): ChartSpec | undefined {
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
  const name = (id: string) => localized(sc.units.find((u) => u.id === id)?.name ?? id, 'en');

  const series: ChartSeries[] = shownUnits.map((r) => {
    const s = byUnit.get(r.unit)!;
    return { label: name(r.unit), kind: 'unit', values: labels.map((k) => s.byPeriod.get(k)?.value ?? null) };
  });
  // The pooled value of the top unit above the reporting units (the organisation).
  const top = unitsInTreeOrder(sc).find((x) => sc.rollups.some((r) => r.kpi === kpiId && r.unit === x.unit.id));
  if (top) {
    series.push({ label: `${name(top.unit.id)} (pooled)`, kind: 'pooled', values: labels.map((k) => rollUp(h, kpi, top.unit.id, k, byUnit).value) });
  }
  series.push(...thresholdLines(kpi, labels.length));

  const omitted = units.length - shownUnits.length;
  const kpiName = localized(kpi.name, 'en');
  const problems = units.filter((r) => r.problem.length > 0).length;
  const latestLine = shownUnits
    .map((r) => `${name(r.unit)} ${valueText(r.value, kpi.unit)} (${STATUS_META[r.status].label.toLowerCase()})`)
    .join('; ');
  const summary =
    `${kpiName} per unit from ${labels[0]} to ${labels.at(-1)}, with the target ${sk.targetText} and the warning threshold. ` +
    `${problems} of ${units.length} unit${units.length === 1 ? '' : 's'} show a problem in ${sk.period}. ` +
    (latestLine ? `Latest: ${latestLine}.` : '') +
    (omitted > 0 ? ` ${omitted} more unit${omitted === 1 ? ' is' : 's are'} not drawn; the table and the exports have every unit.` : '');
  return {
    title: `${kpiName}: trend across units`,
    labels,
    series,
    unit: kpi.unit,
    yTitle: UNIT_Y_TITLES[kpi.unit] ?? kpi.unit,
    summary,
    table: chartTable(`${kpiName} per unit and period`, labels, series, kpi.unit),
  };
}

export interface NoChart {
  none: true;
  reason: string;
}

/** The control chart of one KPI for one unit up to `periodKey`, or why there is none. */
export function controlChartSpec(h: Handbook, kpiId: string, unitId: string, periodKey: string): ChartSpec | NoChart {
  const kpi = h.kpis.get(kpiId);
  const unit = h.units.get(unitId);
  const chart = kpi ? chartFor(h, kpiId, unitId, periodKey) : undefined;
  if (!kpi || !unit || !chart) return { none: true, reason: 'No values reported.' };
  if (chart.kind === 'none') return { none: true, reason: chart.reason };
  const firstP = parsePeriod(chart.points[0]!.period, kpi.frequency);
  const lastP = parsePeriod(chart.points.at(-1)!.period, kpi.frequency);
  if (!firstP || !lastP) return { none: true, reason: 'No values reported.' };
  const periods = axis(firstP, lastP);
  const labels = periods.map((p) => p.key);
  const byPeriod = new Map(chart.points.map((p) => [p.period, p]));
  const at = <T>(f: (p: ChartPoint) => T) => labels.map((k) => {
    const p = byPeriod.get(k);
    return p ? f(p) : null;
  });
  const bad = chart.signals.filter((s) => s.unfavourable);
  const signalTexts = new Map<string, string>();
  for (const period of new Set(chart.signals.map((s) => s.period))) {
    const here = chart.signals.filter((s) => s.period === period);
    const bad = here.filter((s) => s.unfavourable);
    const good = here.filter((s) => !s.unfavourable);
    signalTexts.set(period, [bad.length ? `Warning: ${signalSummary(bad)}` : '', good.length ? `Improvement: ${signalSummary(good)}` : ''].filter(Boolean).join('; '));
  }
  const badPeriods = new Set(bad.map((s) => s.period));
  const kindName = chart.kind === 'p' ? 'p-chart' : 'XmR chart';
  const series: ChartSeries[] = [
    { label: 'Value', kind: 'value', values: at((p) => p.value) },
    { label: 'Centre line', kind: 'centre', values: at((p) => p.centre) },
    { label: 'Upper control limit', kind: 'limit', values: at((p) => p.upper) },
    { label: 'Lower control limit', kind: 'limit', values: at((p) => p.lower) },
    ...thresholdLines(kpi, labels.length),
    { label: 'Unfavourable signal', kind: 'signal', values: at((p) => (badPeriods.has(p.period) ? p.value : null)) },
  ];
  const kpiName = localized(kpi.name, 'en');
  const unitName = localized(unit.name, 'en');
  const latest = chart.points.at(-1)!;
  const limits =
    chart.kind === 'xmr'
      ? `limits ${valueText(round(chart.lower!), kpi.unit)} to ${valueText(round(chart.upper!), kpi.unit)}`
      : `limits varying with each period's sample size (latest ${valueText(round(latest.lower), kpi.unit)} to ${valueText(round(latest.upper), kpi.unit)})`;
  const firstBad = bad[0];
  const summary =
    `${kindName} of ${kpiName} at ${unitName}, ${labels[0]} to ${labels.at(-1)}: centre line ${valueText(round(chart.centre), kpi.unit)} ` +
    `(baseline ${chart.baseline.from} to ${chart.baseline.to}), ${limits}. Latest value ${valueText(latest.value, kpi.unit)} in ${latest.period}. ` +
    (bad.length === 0
      ? 'No unfavourable signal.'
      : `Unfavourable signals at ${badPeriods.size} point${badPeriods.size === 1 ? '' : 's'}, the first in ${firstBad!.period} (${RULE_LABELS[firstBad!.rule]}).`);
  return {
    title: `${kpiName} at ${unitName}: ${kindName}`,
    labels,
    series,
    unit: kpi.unit,
    yTitle: UNIT_Y_TITLES[kpi.unit] ?? kpi.unit,
    summary,
    table: chartTable(`${kpiName} at ${unitName}: values, control limits and signals`, labels, series, kpi.unit, signalTexts),
  };
}

/** Units whose control chart the KPI page draws: unfavourable signals first, then the worst status. */
export function controlChartUnits(sc: Scorecard, kpiId: string, max = 3): string[] {
  const rows = sc.rows.filter((r) => r.kpi === kpiId && r.chart.kind !== 'none');
  const score = (r: (typeof rows)[number]) => (r.problem.includes('signal') ? 0 : 10) + SEVERITY[r.status];
  return [...rows]
    .sort((a, b) => score(a) - score(b))
    .slice(0, max)
    .map((r) => r.unit);
}
