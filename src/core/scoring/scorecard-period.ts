/**
 * Which periods a scorecard can be built for: every period (of any KPI frequency) that has ended
 * and has at least one value, so that a page per period can be generated; and which period each KPI
 * shows on the scorecard of a given period.
 */
import type { ScoringModel } from './scoring-model.ts';
import { parsePeriod, periodFrequency, type Frequency, type Period } from '../time/period.ts';
import { comparePeriods, dayBefore, FREQUENCY_ORDER, latestCompletedPeriod, periodEndingBy } from './reporting-period.ts';
import { seriesIndex } from './series.ts';

/** Every period with at least one non-null value, ordered by last day (finer frequency first on ties). */
export function periodsWithData(h: ScoringModel): Period[] {
  const found = new Map<string, Period>();
  for (const byUnit of seriesIndex(h).values()) {
    for (const s of byUnit.values()) for (const p of s.points) if (p.value !== null) found.set(p.period.key, p.period);
  }
  return [...found.values()].sort(comparePeriods).map((p) => ({ ...p }));
}

/**
 * The default scorecard period: the completed period with data that ended last; of several ending
 * on the same day (`2026-09` and `2026-Q3`), the finest. Without any data: the last completed month.
 */
export function defaultScorecardPeriod(h: ScoringModel): Period {
  const periods = periodsWithData(h);
  const last = periods.at(-1);
  if (!last) return latestCompletedPeriod('monthly', h.today);
  const sameEnd = periods.filter((p) => p.end === last.end);
  return sameEnd.reduce((a, b) => (FREQUENCY_ORDER[b.frequency] < FREQUENCY_ORDER[a.frequency] ? b : a));
}

/** Parses a scorecard period key of any frequency (`2026-10`, `2026-Q3`, `2026-W07`, `2026`). */
export function parseScorecardPeriod(key: string): Period {
  const frequency = periodFrequency(key);
  const period = frequency && parsePeriod(key, frequency);
  if (!period) throw new RangeError(`"${key}" is not a period: write 2026-10, 2026-Q3, 2026-W07 or 2026.`);
  return period;
}

/**
 * The period a KPI of `frequency` shows on the scorecard of `period`: its last period ending on or
 * before the scorecard period's end that has also ended before `today`. A quarterly KPI on the
 * October 2026 scorecard shows 2026-Q3; a monthly KPI on the 2026-Q3 scorecard shows 2026-09.
 */
export function kpiPeriodFor(frequency: Frequency, period: Period, today: string): Period {
  const yesterday = dayBefore(today);
  return periodEndingBy(frequency, period.end < yesterday ? period.end : yesterday);
}
