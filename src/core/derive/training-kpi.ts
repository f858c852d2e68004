/**
 * Certification coverage as a KPI: the KPI the training settings name (`coverageKpi`, e.g.
 * `KPI-CERT`, a quarterly percentage) takes its `k` (certified) and `n` (staff) per unit and
 * quarter from the coverage records, all roles of the unit counted together. Where no measurement
 * is typed for the KPI, unit and quarter, the computed one is added to the model (its origin in the
 * coverage file), before the measurements' counts and periods are derived, so that the scorecards
 * read it through the normal scoring path; a typed one is kept, and the `training` rule reports it
 * when it disagrees.
 */
import type { CoverageEntity, Handbook } from '../model/handbook.ts';
import { addComputedMeasurement, hasMeasurement } from './computed-measurement.ts';

export interface CoverageKpiCount {
  kpi: string;
  unit: string;
  /** The quarter, `2026-Q3`. */
  period: string;
  /** Certified staff. */
  k: number;
  /** Staff. */
  n: number;
  file: CoverageEntity;
  /** Index of the unit's first row in the file. */
  row: number;
}

/** The KPI computed from the coverage records, if the settings name one that exists and is quarterly. */
export function coverageKpiId(h: Pick<Handbook, 'trainingSettings' | 'kpis'>): string | undefined {
  const id = h.trainingSettings[0]?.coverageKpi;
  const kpi = id ? h.kpis.get(id) : undefined;
  return kpi && kpi.frequency === 'quarterly' ? kpi.id : undefined;
}

/** The coverage KPI's counts per unit and quarter. */
export function coverageKpiCounts(h: Pick<Handbook, 'trainingSettings' | 'kpis' | 'trainingCoverage'>): CoverageKpiCount[] {
  const kpi = coverageKpiId(h);
  if (!kpi) return [];
  const out: CoverageKpiCount[] = [];
  for (const file of [...h.trainingCoverage.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const byUnit = new Map<string, CoverageKpiCount>();
    file.rows.forEach((r, i) => {
      let c = byUnit.get(r.unit);
      if (!c) byUnit.set(r.unit, (c = { kpi, unit: r.unit, period: file.id, k: 0, n: 0, file, row: i }));
      c.k += r.certified;
      c.n += r.staff;
    });
    out.push(...byUnit.values());
  }
  return out;
}

/** Adds a measurement of the coverage KPI for each unit and quarter no typed measurement gives. */
export function deriveCoverageMeasurements(h: Pick<Handbook, 'trainingSettings' | 'kpis' | 'trainingCoverage' | 'measurements' | 'index'>): void {
  for (const c of coverageKpiCounts(h)) {
    if (c.n === 0 || hasMeasurement(h, c)) continue;
    const path = ['rows', c.row];
    addComputedMeasurement(h, c, { file: c.file.origin.file, at: () => c.file.origin.at(path), atKey: () => c.file.origin.atKey(path) });
  }
}
