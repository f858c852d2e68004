/**
 * Trend of a KPI for a unit at a period (DOMAIN.md §4): the change against the previous period and
 * against the same period a year earlier, and how many periods in a row it has got worse.
 *
 * Changes compare with the immediately preceding period (and the same period a year before), not
 * with the last period that happens to have data: when that period is missing or null the change is
 * `null`. Likewise a missing or null period ends a run of deterioration.
 */
import type { Period } from '../time/period.ts';
import { changeEffect, type ChangeEffect, type KpiThresholds } from './target.ts';
import { previousPeriodOf, samePeriodYearEarlierOf } from './reporting-period.ts';

export interface PeriodChange {
  /** The period compared with. */
  from: string;
  fromValue: number;
  /** value − fromValue, in the KPI's unit (points, minutes…). */
  difference: number;
  /** Given the KPI's direction. */
  effect: ChangeEffect;
  improvement: boolean;
}

export interface Trend {
  period: string;
  vsPrevious: PeriodChange | null;
  vsYearEarlier: PeriodChange | null;
  /** Consecutive period-to-period deteriorations ending at this period (0 if it did not get worse). */
  deteriorationRun: number;
  /** First period of that run (the last value before the decline started), or null. */
  deteriorationSince: string | null;
}

/** Values per period key; `null` is an explicit missing value. */
export type ValueLookup = (periodKey: string) => number | null | undefined;

function change(kpi: KpiThresholds, from: Period, fromValue: number | null | undefined, value: number): PeriodChange | null {
  if (fromValue === null || fromValue === undefined) return null;
  const effect = changeEffect(kpi, fromValue, value);
  return { from: from.key, fromValue, difference: value - fromValue, effect, improvement: effect === 'improved' };
}

/** The trend at `period`; null when the period itself has no value. */
export function trendAt(kpi: KpiThresholds, valueOf: ValueLookup, period: Period): Trend | null {
  const value = valueOf(period.key);
  if (value === null || value === undefined) return null;
  const prev = previousPeriodOf(period);
  const yearEarlier = samePeriodYearEarlierOf(period);
  let run = 0;
  let since: string | null = null;
  let current = period;
  let currentValue = value;
  for (;;) {
    const before = previousPeriodOf(current);
    const beforeValue = valueOf(before.key);
    if (beforeValue === null || beforeValue === undefined || changeEffect(kpi, beforeValue, currentValue) !== 'worsened') break;
    run++;
    since = before.key;
    current = before;
    currentValue = beforeValue;
  }
  return {
    period: period.key,
    vsPrevious: change(kpi, prev, valueOf(prev.key), value),
    vsYearEarlier: yearEarlier ? change(kpi, yearEarlier, valueOf(yearEarlier.key), value) : null,
    deteriorationRun: run,
    deteriorationSince: since,
  };
}
