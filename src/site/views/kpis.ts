/**
 * KPI values for pages: the latest reported period of a KPI and each unit's value in it.
 */
import type { Handbook, MeasurementEntity } from '../../core/model/handbook.ts';
import { compareText, sourceOrder } from '../../core/order.ts';

export interface LatestRow {
  unit: string;
  /** The unit's value in the latest period; undefined when the unit reported nothing for it. */
  measurement: MeasurementEntity | undefined;
}

export interface LatestValues {
  /** The latest period any unit reported, e.g. `2026-10`; undefined when there are no values. */
  period: string | undefined;
  rows: LatestRow[];
}

function periodStart(m: MeasurementEntity): string {
  return m.periodInfo?.start ?? m.period;
}

/**
 * The latest period present for a KPI in `index.measurementsByKpi`, and one row per unit that has
 * ever reported the KPI (in the order of `data/units.yaml`). A unit without a value for that
 * period gets a row without a measurement, shown as "no data", never as zero.
 */
export function latestValues(h: Pick<Handbook, 'units' | 'index'>, kpiId: string): LatestValues {
  const byUnit = h.index.measurementsByKpi.get(kpiId);
  if (!byUnit) return { period: undefined, rows: [] };
  let latest: MeasurementEntity | undefined;
  for (const byPeriod of byUnit.values()) {
    for (const m of byPeriod.values()) {
      if (!latest || compareText(periodStart(m), periodStart(latest)) > 0) latest = m;
    }
  }
  if (!latest) return { period: undefined, rows: [] };
  const period = latest.period;
  const rank = sourceOrder(h.units);
  const rows = [...byUnit.entries()]
    .map(([unit, byPeriod]) => ({ unit, measurement: byPeriod.get(period) }))
    .sort((a, b) => (rank.get(a.unit) ?? Infinity) - (rank.get(b.unit) ?? Infinity) || compareText(a.unit, b.unit));
  return { period, rows };
}
