/**
 * The compliance KPIs computed from the complaint and feedback register: an `sla-compliance` KPI
 * that counts a time-limit standard (its `standard`) takes its `k` and `n` from the promises the
 * register keeps under that standard, summed over the months of the KPI's period (one month for a
 * monthly KPI, three for a quarterly one). A period is covered only when the register has every
 * one of its months for the unit, each with the standard's counts.
 *
 * Where no measurement is typed for the KPI, unit and period, the computed one is added to the
 * model (with its origin in the register); a typed one is kept, and the `complaints` rule reports
 * it when it disagrees with the register.
 */
import type { ComplaintEntity, ComplaintKpiCount, Handbook, KpiEntity } from '../model/handbook.ts';
import { addComputedMeasurement, hasMeasurement } from './computed-measurement.ts';
import type { PromiseCount } from '../schema/complaint.ts';
export type { ComplaintKpiCount };
import { addMonths } from '../time/dates.ts';
import type { Frequency } from '../time/period.ts';

/** The months of a period of `frequency` (`2026-Q3` → 2026-07, 2026-08, 2026-09); none for weekly periods, which months do not make. */
export function monthsOfPeriod(period: string, frequency: Frequency): string[] {
  if (frequency === 'monthly') return [period];
  if (frequency === 'quarterly') {
    const m = /^(\d{4})-Q([1-4])$/.exec(period);
    if (!m) return [];
    const first = (Number(m[2]) - 1) * 3 + 1;
    return [0, 1, 2].map((i) => `${m[1]}-${String(first + i).padStart(2, '0')}`);
  }
  if (frequency === 'annual') return Array.from({ length: 12 }, (_, i) => addMonths(`${period}-01-01`, i).slice(0, 7));
  return [];
}

/** The period of `frequency` a month belongs to: `2026-08` → `2026-Q3` (quarterly). */
export function periodOfMonth(month: string, frequency: Frequency): string | undefined {
  if (frequency === 'monthly') return month;
  if (frequency === 'quarterly') return `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
  if (frequency === 'annual') return month.slice(0, 4);
  return undefined;
}

/** The promise counts an entry keeps under `standard` (complaint promises first, then feedback). */
export function promiseOf(entry: ComplaintEntity, standard: string): { count: PromiseCount; path: (string | number)[] } | undefined {
  const own = entry.promises[standard];
  if (own) return { count: own, path: ['promises', standard] };
  const feedback = entry.feedback?.promises[standard];
  if (feedback) return { count: feedback, path: ['feedback', 'promises', standard] };
  return undefined;
}

/** The KPIs computed from the register: `sla-compliance` KPIs that count a standard. */
export function registerKpis(h: Pick<Handbook, 'kpis'>): KpiEntity[] {
  return [...h.kpis.values()].filter((k) => k.method === 'sla-compliance' && k.standard !== undefined);
}

/** Every compliance KPI's counts the register covers, by KPI, unit and period. */
export function complaintKpiCounts(h: Pick<Handbook, 'kpis' | 'complaints'>): ComplaintKpiCount[] {
  const byUnitMonth = new Map<string, ComplaintEntity>();
  for (const c of h.complaints) {
    const key = `${c.unit}\u0000${c.month}`;
    if (!byUnitMonth.has(key)) byUnitMonth.set(key, c); // a second entry is reported by the rule
  }
  const out: ComplaintKpiCount[] = [];
  for (const kpi of registerKpis(h)) {
    const standard = kpi.standard!;
    const seen = new Set<string>();
    for (const c of byUnitMonth.values()) {
      if (!promiseOf(c, standard)) continue;
      const period = periodOfMonth(c.month, kpi.frequency);
      if (period === undefined || seen.has(`${c.unit}\u0000${period}`)) continue;
      seen.add(`${c.unit}\u0000${period}`);
      const entries = monthsOfPeriod(period, kpi.frequency).map((m) => byUnitMonth.get(`${c.unit}\u0000${m}`));
      if (entries.some((e) => e === undefined || !promiseOf(e, standard))) continue; // the period is not covered
      let k = 0;
      let n = 0;
      for (const e of entries as ComplaintEntity[]) {
        const { count } = promiseOf(e, standard)!;
        k += count.kept;
        n += count.of;
      }
      out.push({ kpi: kpi.id, unit: c.unit, period, k, n, standard, entries: entries as ComplaintEntity[] });
    }
  }
  return out;
}

/**
 * Adds a measurement for each computed count that no typed measurement gives (same KPI, unit and
 * period), before the measurements' counts and periods are derived; returns every computed count.
 */
export function deriveComplaintMeasurements(h: Pick<Handbook, 'kpis' | 'complaints' | 'measurements' | 'index'>): ComplaintKpiCount[] {
  const counts = complaintKpiCounts(h);
  for (const c of counts) {
    if (hasMeasurement(h, c)) continue;
    const first = c.entries[0]!;
    const path = promiseOf(first, c.standard)!.path;
    // Every field of the computed measurement is found at the promise it was computed from.
    addComputedMeasurement(h, c, { file: first.origin.file, at: () => first.origin.at(path), atKey: () => first.origin.atKey(path) });
  }
  return counts;
}
