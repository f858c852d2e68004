/**
 * A (KPI, unit) series looked at period by period as a scorecard of that period would show it: the
 * status of a value (status.ts: interval and persistence included) and whether the period was a
 * problem (at risk, off target or an unfavourable control-chart signal), to find since when a
 * problem has lasted and whether a KPI fell off target again after an action.
 */
import type { KpiEntity } from '../model/handbook.ts';
import type { Period } from '../time/period.ts';
import { valueInterval } from './intervals.ts';
import { previousPeriodOf } from './reporting-period.ts';
import { missRunAt } from './scorecard-row.ts';
import { chartAt } from './series-charts.ts';
import type { KpiSeries } from './series.ts';
import { evaluateStatus, type Status } from './status.ts';

/** Most periods looked back for the start of a problem. */
export const PROBLEM_LOOKBACK = 24;

/** The status the scorecard of period `p` gives the series' value there. */
export function statusAt(kpi: KpiEntity, series: KpiSeries, p: Period): Status {
  const point = series.byPeriod.get(p.key);
  if (!point || point.value === null) return 'no-data';
  return evaluateStatus({
    kpi,
    applicable: true,
    measurement: { value: point.value, n: point.n },
    interval: valueInterval(kpi, { value: point.value, n: point.n, counts: point.counts }),
    missRun: missRunAt(kpi, series, p),
  }).status;
}

/** Whether the scorecard of period `p` shows a problem for the series: at risk, off target, or an unfavourable signal. */
export function problemAtPeriod(kpi: KpiEntity, series: KpiSeries, p: Period): boolean {
  const status = statusAt(kpi, series, p);
  if (status === 'at-risk' || status === 'off-target') return true;
  if (status === 'no-data') return false;
  return chartAt(series, p).signals.some((s) => s.unfavourable);
}

/** The first period of the unbroken run of problem periods that ends with `kp` (which is one). */
export function problemSince(kpi: KpiEntity, series: KpiSeries | undefined, kp: Period): Period {
  let first = kp;
  if (!series) return first;
  for (let i = 0, p = previousPeriodOf(kp); i < PROBLEM_LOOKBACK && problemAtPeriod(kpi, series, p); i++, p = previousPeriodOf(p)) first = p;
  return first;
}
