/**
 * A measurement the handbook computes from its records (a complaint-rate or compliance KPI from the
 * complaint register, certification coverage from the training records) where none is typed:
 * added to the model's measurements and to the index by KPI, unit and period (periods in order, as
 * typed ones are read), so that scorecards read it like any other. Its origin is the record it was
 * computed from, so a problem with it is reported there.
 */
import type { Handbook, MeasurementEntity, Origin } from '../model/handbook.ts';

export interface ComputedCounts {
  kpi: string;
  unit: string;
  period: string;
  k: number;
  n: number;
}

/** True when a measurement of this KPI, unit and period is already in the model (typed or computed). */
export function hasMeasurement(h: Pick<Handbook, 'index'>, c: Omit<ComputedCounts, 'k' | 'n'>): boolean {
  return h.index.measurementsByKpi.get(c.kpi)?.get(c.unit)?.has(c.period) ?? false;
}

export function addComputedMeasurement(h: Pick<Handbook, 'measurements' | 'index'>, c: ComputedCounts, origin: Origin): MeasurementEntity {
  const m: MeasurementEntity = {
    kpi: c.kpi,
    unit: c.unit,
    period: c.period,
    value: null,
    valueWritten: undefined,
    n: c.n,
    k: c.k,
    promoters: undefined,
    passives: undefined,
    detractors: undefined,
    responses: undefined,
    sd: undefined,
    median: undefined,
    p90: undefined,
    note: undefined,
    provisional: undefined,
    counts: undefined,
    origin,
    periodInfo: undefined,
  };
  h.measurements.push(m);
  let byUnit = h.index.measurementsByKpi.get(c.kpi);
  if (!byUnit) h.index.measurementsByKpi.set(c.kpi, (byUnit = new Map()));
  // Periods in order, as the typed ones are read (period keys of one frequency sort as text).
  const periods = [...(byUnit.get(c.unit) ?? new Map<string, MeasurementEntity>()), [c.period, m] as const].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  byUnit.set(c.unit, new Map(periods));
  return m;
}
