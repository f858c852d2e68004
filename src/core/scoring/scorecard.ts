/**
 * The scorecard of one period: a row per reporting unit and KPI with value, n, status, flags,
 * trend, control-chart signals and linked actions; roll-ups to the units above; a composite score
 * per unit; a comparison of units per KPI; and the list of problems with their actions.
 *
 * Rows: for each KPI, the units that report it (units in its scope with values of their own, or
 * with no units below them: the branches), plus a `not-applicable` row for every other row unit
 * outside its scope or in its `notApplicable`. Units above them (regions, departments, the
 * organisation) appear as roll-ups, with a status, and get a composite over their rolled-up values.
 * Each KPI is shown at its own period: its last period ending by the end of the scorecard's period
 * (and before today), so a monthly scorecard shows quarterly KPIs at their last quarter. Control
 * charts and signals use only the data up to that period, as they were known then.
 *
 * Cost: the (KPI, unit) series are built once per handbook (series.ts); each row reads its own
 * series only, so a scorecard is linear in the number of measurements.
 *
 * The output is plain data (arrays, objects, strings, numbers, booleans, null): pages, JSON and CSV
 * exports use it as is.
 */
import type { KpiEntity } from '../model/handbook.ts';
import type { ScoringModel } from './scoring-model.ts';
import type { LocalizedText } from '../schema/common.ts';
import type { Period } from '../time/period.ts';
import { loopState, openActionsFor, problemAt, problemReasons, type LinkedAction, type LoopState, type Problem, type ProblemReason } from './actions.ts';
import { attainment } from './attainment.ts';
import { compareUnits, type ComparisonInput, type KpiComparison } from './comparison.ts';
import { compositeScore, type CompositeInput, type CompositeScore } from './composite.ts';
import { problemSince } from './problem-history.ts';
import { rolledUpValues, rollUp, rollupTargets, type Rollup } from './rollup.ts';
import { defaultScorecardPeriod, kpiPeriodFor, parseScorecardPeriod } from './scorecard-period.ts';
import { actionsAsOf, buildRow, type ScorecardRow } from './scorecard-row.ts';
import { openFindingsAsOf, type ScorecardFinding } from './open-findings.ts';
import { chartUpTo } from './series-charts.ts';
import { seriesIndex, type KpiSeries } from './series.ts';
import type { ChartResult, SpcOptions } from './spc.ts';
import { valueInterval, type Interval } from './intervals.ts';
import type { StatusExplanation } from './explanation.ts';
import { evaluateStatus, STATUSES, type Status } from './status.ts';
import { describeTarget } from './target.ts';
import { trendAt, type Trend } from './trend.ts';

export { periodsWithData } from './scorecard-period.ts';
export type { ChartSummary, ScorecardRow } from './scorecard-row.ts';

export interface ScorecardKpi {
  id: string;
  name: LocalizedText;
  method: string;
  unitOfMeasure: string;
  direction: string;
  target: KpiEntity['target'];
  warning: KpiEntity['warning'];
  /** e.g. `≥ 85`. */
  targetText: string;
  weight: number;
  layer: string;
  frequency: string;
  minSampleSize: number | null;
  /** The KPI's own period shown on this scorecard (a quarterly KPI shows its last quarter). */
  period: string;
}

export interface ScorecardUnit {
  id: string;
  name: LocalizedText;
  type: string;
  parent: string | null;
}

export interface RollupRow extends Rollup, LoopState {
  status: Status;
  /** Why the status (status.ts, explanation.ts). */
  reason: StatusExplanation;
  /** The pooled value's 95 % interval from the pooled n; null when it has none. */
  interval: Interval | null;
  attainment: number | null;
  /** Open actions addressing the KPI at this unit (linked to it or to a unit above it), as of the period's review. */
  actions: LinkedAction[];
  /** Why the pooled value is a problem: off target or at risk (roll-ups have no control chart); empty when it is none. */
  problem: ProblemReason[];
  /** Change of the pooled value against the previous period and a year earlier (each pooled the same way); null without a value. */
  trend: Trend | null;
}

export interface ScorecardSummary {
  rows: number;
  byStatus: Record<Status, number>;
  stale: number;
  smallSample: number;
  /** Rows with an unfavourable signal at this period. */
  unfavourableSignals: number;
  problems: number;
  noAction: number;
  overdueActions: number;
}

export interface Scorecard {
  period: Period;
  today: string;
  kpis: ScorecardKpi[];
  units: ScorecardUnit[];
  rows: ScorecardRow[];
  rollups: RollupRow[];
  composites: CompositeScore[];
  comparisons: KpiComparison[];
  problems: Problem[];
  summary: ScorecardSummary;
  /** Audit findings open at the period's review, per unit (open-findings.ts): a separate input, which changes no KPI status. */
  findings: ScorecardFinding[];
}

export interface ScorecardOptions {
  spc?: SpcOptions;
}

/** The units a KPI is shown for: units in its scope that report it, or that have no units below. */
function reportingUnits(h: ScoringModel, scope: ReadonlySet<string>, series: ReadonlyMap<string, KpiSeries> | undefined): string[] {
  return [...h.units.values()].filter((u) => scope.has(u.id) && (series?.has(u.id) || u.children.length === 0)).map((u) => u.id);
}

/**
 * Builds the scorecard for `periodKey` (any frequency), or for the latest completed period with
 * data when omitted.
 */
export function buildScorecard(h: ScoringModel, periodKey?: string, options: ScorecardOptions = {}): Scorecard {
  const period = periodKey === undefined ? defaultScorecardPeriod(h) : parseScorecardPeriod(periodKey);
  const index = seriesIndex(h);
  const kpis = [...h.kpis.values()];

  const scopes = h.derived.kpiScope;
  const kpiPeriods = new Map(kpis.map((k) => [k.id, kpiPeriodFor(k.frequency, period, h.today)]));
  const reporting = new Map(kpis.map((k) => [k.id, reportingUnits(h, scopes.get(k.id)!, index.get(k.id))]));
  const rowUnitIds = new Set(kpis.flatMap((k) => reporting.get(k.id)!));
  const rowUnits = [...h.units.values()].filter((u) => rowUnitIds.has(u.id));

  const rows: ScorecardRow[] = [];
  const problems: Problem[] = [];
  const rollups: RollupRow[] = [];
  const comparisons: KpiComparison[] = [];
  // unit → kpi → value and status (for composites)
  const values = new Map<string, Map<string, { value: number | null; status: Status }>>();
  const remember = (unit: string, kpi: string, value: number | null, status: Status) => {
    let m = values.get(unit);
    if (!m) values.set(unit, (m = new Map()));
    m.set(kpi, { value, status });
  };

  for (const kpi of kpis) {
    const kp = kpiPeriods.get(kpi.id)!;
    const scope = scopes.get(kpi.id)!;
    const mine = new Set(reporting.get(kpi.id));
    const byUnit = index.get(kpi.id) ?? new Map<string, KpiSeries>();
    const compared: ComparisonInput[] = [];

    for (const unit of rowUnits) {
      const applicable = scope.has(unit.id);
      if (applicable && !mine.has(unit.id)) continue; // a unit above reporting units: shown as a roll-up
      const row = buildRow(h, kpi, unit.id, kp, applicable ? byUnit.get(unit.id) : undefined, applicable, options.spc);
      rows.push(row);
      if (applicable) {
        compared.push({ unit: unit.id, value: row.value, n: row.n, counts: byUnit.get(unit.id)?.byPeriod.get(kp.key)?.counts });
        remember(unit.id, kpi.id, row.value, row.status);
      }
      if (row.problem.length) {
        const since = problemSince(kpi, byUnit.get(unit.id), kp);
        const problem = problemAt(h, { kpi: kpi.id, unit: unit.id, period: kp.key, status: row.status, signals: row.signals, actions: row.actions, since });
        if (problem) problems.push(problem);
      }
    }
    comparisons.push(compareUnits(kpi, kp.key, compared));

    for (const target of rollupTargets(h, mine)) {
      const r = rollUp(h, kpi, target.id, kp.key, byUnit);
      const interval = r.value === null ? null : valueInterval(kpi, { value: r.value, n: r.n });
      const st = evaluateStatus({ kpi, applicable: true, measurement: { value: r.value, n: r.n }, interval });
      const actions = openActionsFor(h, kpi.id, target.id, actionsAsOf(h, kp));
      const problem = problemReasons(st.status);
      const trend = r.value === null ? null : trendAt(kpi, rolledUpValues(h, kpi, target.id, byUnit), kp);
      rollups.push({ ...r, status: st.status, reason: st.reason, interval, attainment: r.value === null ? null : attainment(kpi, r.value), actions, problem, ...loopState(problem, [], actions), trend });
      remember(target.id, kpi.id, r.value, st.status);
    }
  }

  const composites: CompositeScore[] = [];
  const rollupKeys = new Set(rollups.map((r) => `${r.unit}\u0000${r.kpi}`));
  for (const unit of h.units.values()) {
    const unitValues = values.get(unit.id);
    if (!unitValues) continue;
    const inputs: CompositeInput[] = kpis.map((kpi) => ({
      kpi,
      applicable: rowUnitIds.has(unit.id) ? scopes.get(kpi.id)!.has(unit.id) : rollupKeys.has(`${unit.id}\u0000${kpi.id}`),
      value: unitValues.get(kpi.id)?.value ?? null,
      status: unitValues.get(kpi.id)?.status,
    }));
    composites.push(compositeScore(unit.id, period.key, inputs));
  }

  return {
    period: { ...period },
    today: h.today,
    kpis: kpis.map((k) => describeKpi(k, kpiPeriods.get(k.id)!)),
    units: [...h.units.values()].map((u) => ({ id: u.id, name: u.name, type: u.type, parent: u.parentUnit?.id ?? null })),
    rows,
    rollups,
    composites,
    comparisons,
    problems,
    summary: summarise(rows, problems),
    findings: openFindingsAsOf(h, actionsAsOf(h, period)),
  };
}

function describeKpi(k: KpiEntity, kp: Period): ScorecardKpi {
  return {
    id: k.id,
    name: k.name,
    method: k.method,
    unitOfMeasure: k.unitOfMeasure,
    direction: k.direction,
    target: k.target,
    warning: k.warning,
    targetText: describeTarget(k),
    weight: k.weight,
    layer: k.layer,
    frequency: k.frequency,
    minSampleSize: k.minSampleSize ?? null,
    period: kp.key,
  };
}

function summarise(rows: readonly ScorecardRow[], problems: readonly Problem[]): ScorecardSummary {
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const r of rows) byStatus[r.status]++;
  return {
    rows: rows.length,
    byStatus,
    stale: rows.filter((r) => r.flags.stale).length,
    smallSample: rows.filter((r) => r.flags.smallSample).length,
    unfavourableSignals: rows.filter((r) => r.problem.includes('signal')).length,
    problems: problems.length,
    noAction: problems.filter((p) => p.noAction).length,
    overdueActions: problems.filter((p) => p.overdueAction).length,
  };
}

/**
 * The full control chart of one KPI for one unit, up to a period (for drawing it on a page). The
 * series' chart is computed once and cut at the period (series-charts.ts); the result is shared, so
 * do not modify it.
 */
export function chartFor(h: ScoringModel, kpiId: string, unitId: string, periodKey?: string, options: SpcOptions = {}): ChartResult | undefined {
  const kpi = h.kpis.get(kpiId);
  const series = seriesIndex(h).get(kpiId)?.get(unitId);
  if (!kpi || !series) return undefined;
  const end = periodKey === undefined ? series.points.at(-1)?.period.end ?? '' : parseScorecardPeriod(periodKey).end;
  return chartUpTo(series, end, options);
}
