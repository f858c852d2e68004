/**
 * Effectiveness of improvement actions, recomputed from the measurements (DOMAIN.md §4, ISO 9001
 * 10.2): an action's criterion (`evaluation.criterion`: KPI, units, periods after the last measure,
 * rule) is judged on the data, and an action closed as effective is watched for six months for a
 * recurrence.
 *
 *  - Units judged: the criterion's units, or the units the action links; a unit that does not report
 *    the KPI itself stands for the units below it that do.
 *  - Periods judged: the KPI's first `periods` periods that start after `after`.
 *  - `every-period`: met when every unit's value is on target in every judged period; `pooled`: met
 *    when the values of all units and periods, pooled by n (rollup.ts), are on target.
 *  - Outcome: `met`; `unmet` (a judged value misses the target, or the pooled value does);
 *    `pending` (a judged period has not ended yet); `unverified` (an ended period has no value).
 *  - Recurrence: for an action closed with `effective: true`, the KPI (the criterion's, else each
 *    KPI it links) at each unit judged, in each period that ends after the closing date (its value
 *    is reported after it) and within six months of it, has the status the scorecard would give it (status.ts: a credible
 *    miss, not one within noise). The first period at risk or off target is a recurrence.
 */
import type { ImprovementActionEntity, KpiEntity } from '../model/handbook.ts';
import type { ScoringModel } from './scoring-model.ts';
import { addMonths, dayNumber, fromDayNumber } from '../time/dates.ts';
import { periodContaining, type Period } from '../time/period.ts';
import { nextPeriodOf } from './reporting-period.ts';
import { aggregate, type RollupSource } from './rollup.ts';
import { statusAt } from './problem-history.ts';
import { seriesIndex } from './series.ts';
import { classifyValue, type Status } from './status.ts';
import { describeTarget } from './target.ts';

export type CriterionOutcome = 'met' | 'unmet' | 'pending' | 'unverified';

export interface JudgedValue {
  unit: string;
  period: string;
  value: number | null;
  status: 'on-target' | 'at-risk' | 'off-target' | 'no-data';
}

export interface CriterionResult {
  action: string;
  kpi: string;
  rule: 'every-period' | 'pooled';
  /** Reporting units judged. */
  units: string[];
  /** Period keys judged, oldest first. */
  periods: string[];
  outcome: CriterionOutcome;
  /** Every judged value, unit by unit, oldest first. */
  values: JudgedValue[];
  /** The pooled value (rule `pooled`); null otherwise or without values. */
  pooled: number | null;
  /** The criterion in words, e.g. `KPI-FR-SLA on target (≥ 95) in each of the 3 periods after 2025-03-31 (2025-04 to 2025-06) at br-xuhui`. */
  description: string;
}

export interface Recurrence {
  action: string;
  kpi: string;
  unit: string;
  period: string;
  value: number;
  status: Status;
  closed: string;
}

/** Months after an effective closure in which a renewed miss counts as a recurrence. */
export const RECURRENCE_MONTHS = 6;

const addDays = (date: string, days: number) => fromDayNumber(dayNumber(date) + days);

/** The first period of `kpi` that starts after `date`. */
function firstPeriodAfter(kpi: KpiEntity, date: string): Period {
  const day = addDays(date, 1);
  const p = periodContaining(day, kpi.frequency);
  return p.start === day ? p : nextPeriodOf(p);
}

/** The first period of `kpi` that ends after `date` (its values are reported after that day). */
function firstPeriodEndingAfter(kpi: KpiEntity, date: string): Period {
  return periodContaining(addDays(date, 1), kpi.frequency);
}

/** The units that report `kpi` standing for the units named (each itself if it reports, else those below that do), in the order of the unit file. */
export function reportingUnitsFor(h: ScoringModel, kpiId: string, named: readonly string[]): string[] {
  const series = seriesIndex(h).get(kpiId);
  const out = new Set<string>();
  for (const u of named) {
    if (series?.has(u)) {
      out.add(u);
      continue;
    }
    for (const d of h.index.unitAndDescendants(u)) if (d !== u && series?.has(d)) out.add(d);
  }
  return [...h.units.keys()].filter((id) => out.has(id));
}

/** The criterion of `a` judged on the data, or null when it has none (or names an unknown KPI). */
export function evaluateCriterion(h: ScoringModel, a: ImprovementActionEntity): CriterionResult | null {
  const c = a.evaluation.criterion;
  if (!c) return null;
  const kpi = h.kpis.get(c.kpi);
  if (!kpi) return null;
  const units = reportingUnitsFor(h, kpi.id, c.units ?? a.links.units);
  const periods: Period[] = [];
  for (let p = firstPeriodAfter(kpi, c.after); periods.length < c.periods; p = nextPeriodOf(p)) periods.push(p);
  const byUnit = seriesIndex(h).get(kpi.id);
  const values: JudgedValue[] = [];
  let pending = false;
  for (const unit of units) {
    const s = byUnit?.get(unit);
    for (const p of periods) {
      if (p.end >= h.today) {
        pending = true;
        continue;
      }
      const point = s?.byPeriod.get(p.key);
      const value = point?.value ?? null;
      values.push({ unit, period: p.key, value, status: value === null ? 'no-data' : classifyValue(kpi, value) });
    }
  }
  const rule = c.rule;
  let pooled: number | null = null;
  let outcome: CriterionOutcome;
  if (rule === 'pooled') {
    const sources: RollupSource[] = [];
    for (const unit of units) {
      const s = byUnit?.get(unit);
      for (const p of periods) {
        const point = s?.byPeriod.get(p.key);
        if (point && point.value !== null && p.end < h.today) sources.push({ unit: `${unit}@${p.key}`, value: point.value, n: point.n });
      }
    }
    pooled = aggregate(kpi, sources).value;
    outcome = pending ? 'pending' : values.some((v) => v.value === null) || units.length === 0 ? 'unverified' : pooled !== null && classifyValue(kpi, pooled) === 'on-target' ? 'met' : 'unmet';
  } else if (values.some((v) => v.status === 'at-risk' || v.status === 'off-target')) {
    outcome = 'unmet';
  } else {
    outcome = pending ? 'pending' : values.some((v) => v.value === null) || units.length === 0 ? 'unverified' : 'met';
  }
  const span = periods.length === 1 ? periods[0]!.key : `${periods[0]!.key} to ${periods.at(-1)!.key}`;
  const how = periods.length === 1 ? 'in the first period' : rule === 'pooled' ? `pooled over the ${periods.length} periods` : `in each of the ${periods.length} periods`;
  const description = `${kpi.id} on target (${describeTarget(kpi)}) ${how} after ${c.after} (${span}) at ${units.length ? units.join(', ') : 'no unit that reports it'}`;
  return { action: a.id, kpi: kpi.id, rule, units, periods: periods.map((p) => p.key), outcome, values, pooled, description };
}

/**
 * Recurrences after an effective closure: for each KPI and unit the action is judged on, the first
 * period within six months of closing whose status is at risk or off target.
 */
export function recurrencesOf(h: ScoringModel, a: ImprovementActionEntity): Recurrence[] {
  if (a.stage !== 'closed' || !a.closed || a.evaluation.effective !== true) return [];
  const c = a.evaluation.criterion;
  const kpiIds = c ? [c.kpi] : a.links.kpis;
  const named = c?.units ?? a.links.units;
  const until = addMonths(a.closed, RECURRENCE_MONTHS);
  const out: Recurrence[] = [];
  for (const kpiId of kpiIds) {
    const kpi = h.kpis.get(kpiId);
    const byUnit = seriesIndex(h).get(kpiId);
    if (!kpi || !byUnit) continue;
    for (const unit of reportingUnitsFor(h, kpiId, named)) {
      const series = byUnit.get(unit)!;
      for (let p = firstPeriodEndingAfter(kpi, a.closed); p.end <= until && p.end < h.today; p = nextPeriodOf(p)) {
        const status = statusAt(kpi, series, p);
        if (status === 'at-risk' || status === 'off-target') {
          out.push({ action: a.id, kpi: kpiId, unit, period: p.key, value: series.byPeriod.get(p.key)!.value!, status, closed: a.closed });
          break;
        }
      }
    }
  }
  return out;
}
