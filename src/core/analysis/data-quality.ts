/**
 * A scorecard of the data itself (as GitLab's KPI pages scored each KPI's maturity): for each
 * KPI, whether it has a definition, a method, a target with a warning threshold, an owner who is
 * a known person and a data source; whether its data are recent; and, on the latest scorecard,
 * which units have no value, stale values or small samples, which units cannot have a control
 * chart and why, and the gaps (values missing or not reported) in its last periods.
 *
 * Recency compares the KPI's latest period with a value to the period it shows on the latest
 * scorecard: the same is `current`, one period behind `late` (the value may still arrive), more
 * is `stale`, never any value `none` (the page puts these in words: src/site/views/data-quality.ts).
 */
import type { Handbook, KpiEntity } from '../model/handbook.ts';
import type { ChartExplanation, Scorecard } from '../scoring/index.ts';
import { explanationKey, seriesIndex } from '../scoring/index.ts';
import { periodOrdinal, periodWindow } from '../scoring/reporting-period.ts';
import { parsePeriod } from '../time/period.ts';

export type Recency = 'current' | 'late' | 'stale' | 'none';

/** Periods back in which values reported as missing (null) are listed. */
export const MISSING_VALUE_PERIODS = 12;

/** The reason of a row without a chart that gives none. */
const NO_CHART: ChartExplanation = Object.freeze({ code: 'chart/none' });

export interface KpiQuality {
  kpi: KpiEntity;
  hasDefinition: boolean;
  hasMethod: boolean;
  hasTarget: boolean;
  /** `known`: a person of data/people.yaml; `unknown`: an id no person has; `missing`: none. */
  owner: 'known' | 'unknown' | 'missing';
  hasDataSource: boolean;
  /** The latest period with a value, and the period the latest scorecard shows. */
  latestData: string | null;
  expected: string | null;
  recency: Recency;
  /** Reporting units on the latest scorecard (the KPI applies to them). */
  units: number;
  /** Units with no value for the expected period (with the note of a value reported as missing). */
  noData: { unit: string; note: string | null }[];
  stale: string[];
  smallSample: string[];
  /** Units without a control chart, grouped by the reason. */
  noChart: { reason: ChartExplanation; units: string[] }[];
  /**
   * Gaps in the last MISSING_VALUE_PERIODS periods, newest first: values reported as missing
   * (`reported`, with the note saying why) and periods not reported at all (after the unit's first
   * report).
   */
  missingValues: { unit: string; period: string; note: string | null; reported: boolean }[];
  /** Number of problems found (0 = nothing to fix). */
  issues: number;
}

const text = (t: unknown) => (typeof t === 'string' ? t.trim().length > 0 : t !== null && typeof t === 'object' && Object.values(t).some((v) => typeof v === 'string' && v.trim().length > 0));

export function kpiQuality(h: Handbook, sc: Scorecard, kpi: KpiEntity): KpiQuality {
  const sk = sc.kpis.find((k) => k.id === kpi.id);
  const byUnit = seriesIndex(h).get(kpi.id);
  let latest: { key: string; start: string } | null = null;
  for (const s of byUnit?.values() ?? []) {
    for (let i = s.points.length - 1; i >= 0; i--) {
      const p = s.points[i]!;
      if (p.value === null) continue;
      if (!latest || p.period.start > latest.start) latest = { key: p.period.key, start: p.period.start };
      break;
    }
  }
  const expected = sk?.period ?? null;
  let recency: Recency = 'none';
  if (latest && expected) {
    const a = parsePeriod(latest.key, kpi.frequency);
    const b = parsePeriod(expected, kpi.frequency);
    const behind = a && b ? periodOrdinal(b) - periodOrdinal(a) : 0;
    recency = behind <= 0 ? 'current' : behind === 1 ? 'late' : 'stale';
  }
  const rows = sc.rows.filter((r) => r.kpi === kpi.id && r.status !== 'not-applicable');
  const noChart = new Map<string, { reason: ChartExplanation; units: string[] }>();
  for (const r of rows) {
    if (r.chart.kind !== 'none') continue;
    const reason = r.chart.reason ?? NO_CHART;
    const key = explanationKey(reason);
    const group = noChart.get(key);
    if (group) group.units.push(r.unit);
    else noChart.set(key, { reason, units: [r.unit] });
  }
  const exp = expected ? parsePeriod(expected, kpi.frequency) : undefined;
  const window = exp ? periodWindow(exp, MISSING_VALUE_PERIODS) : [];
  const missingValues: KpiQuality['missingValues'] = [];
  for (const s of byUnit?.values() ?? []) {
    const first = s.points[0]?.period.start;
    for (const p of window) {
      if (first === undefined || p.start < first) continue; // before the unit's first report (a new branch)
      const point = s.byPeriod.get(p.key);
      if (!point) missingValues.push({ unit: s.unit, period: p.key, note: null, reported: false });
      else if (point.value === null) missingValues.push({ unit: s.unit, period: p.key, note: point.note, reported: true });
    }
  }
  missingValues.sort((a, b) => (a.period < b.period ? 1 : a.period > b.period ? -1 : 0) || (a.unit < b.unit ? -1 : 1));
  const q: KpiQuality = {
    kpi,
    hasDefinition: text(kpi.definition),
    hasMethod: Boolean(kpi.method),
    hasTarget: kpi.target !== undefined && kpi.warning !== undefined,
    owner: !kpi.owner ? 'missing' : h.people.has(kpi.owner) ? 'known' : 'unknown',
    hasDataSource: text(kpi.dataSource),
    latestData: latest?.key ?? null,
    expected,
    recency,
    units: rows.length,
    noData: rows.filter((r) => r.status === 'no-data').map((r) => ({ unit: r.unit, note: r.note })),
    stale: rows.filter((r) => r.flags.stale).map((r) => r.unit),
    smallSample: rows.filter((r) => r.flags.smallSample).map((r) => r.unit),
    noChart: [...noChart.values()],
    missingValues,
    issues: 0,
  };
  q.issues =
    Number(!q.hasDefinition) +
    Number(!q.hasMethod) +
    Number(!q.hasTarget) +
    Number(q.owner !== 'known') +
    Number(!q.hasDataSource) +
    Number(q.recency === 'stale' || q.recency === 'none') +
    q.noData.length +
    q.stale.length;
  return q;
}

export interface DataQuality {
  kpis: KpiQuality[];
  /** KPI files that did not pass the schema: they are on no scorecard until fixed. */
  rejected: string[];
  withoutTarget: string[];
  withoutMethod: string[];
  withoutOwner: string[];
  withoutRecentData: string[];
}

/** Data quality of every KPI on the latest scorecard `sc`. */
export function dataQuality(h: Handbook, sc: Scorecard): DataQuality {
  const kpis = [...h.kpis.values()].sort((a, b) => (a.id < b.id ? -1 : 1)).map((k) => kpiQuality(h, sc, k));
  return {
    kpis,
    rejected: [...h.rejected.kpis].sort(),
    withoutTarget: kpis.filter((q) => !q.hasTarget).map((q) => q.kpi.id),
    withoutMethod: kpis.filter((q) => !q.hasMethod).map((q) => q.kpi.id),
    withoutOwner: kpis.filter((q) => q.owner !== 'known').map((q) => q.kpi.id),
    withoutRecentData: kpis.filter((q) => q.recency === 'stale' || q.recency === 'none').map((q) => q.kpi.id),
  };
}
