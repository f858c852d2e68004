/**
 * Each measurement's value, sample size and counts, derived from the counts written
 * (`model/measurement-counts.ts`): what the scoring reads. Counts that cannot be used, and values
 * given without their counts, are kept as findings for the `measurement-counts` rule to report.
 */
import type { CountFinding, Handbook, MeasurementEntity } from '../model/handbook.ts';
import { readCounts } from '../model/measurement-counts.ts';
import type { Mutable } from './mutable.ts';

/** Sets `value`, `n` and `counts` of every measurement of a known KPI; returns the findings. */
export function deriveMeasurementCounts(h: Pick<Handbook, 'kpis' | 'measurements'>): CountFinding[] {
  const findings: CountFinding[] = [];
  for (const m of h.measurements as Mutable<MeasurementEntity>[]) {
    const kpi = h.kpis.get(m.kpi);
    if (!kpi) continue; // reported by the reference rule
    const result = readCounts(kpi, m, m.valueWritten);
    m.value = result.value;
    m.counts = result.counts;
    if (result.n !== undefined) m.n = result.n;
    if (result.problems.length > 0 || result.withoutCounts) findings.push({ measurement: m, problems: result.problems, withoutCounts: result.withoutCounts });
  }
  return findings;
}
