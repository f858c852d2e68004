/** Each measurement's period, parsed for its KPI's frequency (undefined when it does not match; the `measurements` rule reports it). */
import type { Handbook, MeasurementEntity } from '../model/handbook.ts';
import { parsePeriod, type Period } from '../time/period.ts';
import type { Mutable } from './mutable.ts';

export function derivePeriods(h: Pick<Handbook, 'kpis' | 'measurements'>): void {
  // A handbook has few distinct periods and many values: parse each (period, frequency) once.
  const periods = new Map<string, Period | undefined>();
  for (const m of h.measurements as Mutable<MeasurementEntity>[]) {
    const kpi = h.kpis.get(m.kpi);
    if (!kpi) continue;
    const key = `${kpi.frequency}:${m.period}`;
    let period = periods.get(key);
    if (period === undefined && !periods.has(key)) periods.set(key, (period = parsePeriod(m.period, kpi.frequency)));
    m.periodInfo = period;
  }
}
