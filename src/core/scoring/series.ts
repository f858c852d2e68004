/**
 * Time series per KPI and unit, built once from the handbook's measurement index (one pass over the
 * measurements) and shared by every scorecard built from the same handbook. Status, trend and
 * control charts all read these series, so no scorecard cell ever scans the measurement list.
 */
import type { KpiEntity } from '../model/handbook.ts';
import type { ScoringModel } from './scoring-model.ts';
import type { Counts } from '../model/measurement-counts.ts';
import type { Period } from '../time/period.ts';
import { seriesContext, type SeriesContext } from './phases.ts';
import { compareText } from '../order.ts';

const NO_CONTEXT: SeriesContext = Object.freeze({ phases: [], acknowledgements: [] }) as unknown as SeriesContext;

/** One reported period of a KPI for a unit. `value: null` is an explicit "no data". */
export interface SeriesPoint {
  period: Period;
  value: number | null;
  /** Sample size, when reported. */
  n: number | null;
  note: string | null;
  /** The value is not final yet (`provisional: true` in the data). */
  provisional?: boolean;
  /** The counts behind the value, when the measurement gives them (for its interval). */
  counts?: Counts | undefined;
}

/** The values of one KPI for one unit, oldest first. */
export interface KpiSeries {
  kpi: KpiEntity;
  unit: string;
  points: SeriesPoint[];
  /** Point per period key. */
  byPeriod: Map<string, SeriesPoint>;
  /** The chart's declared phases and acknowledged signals (phases.ts); shared and empty when there are none. */
  context: SeriesContext;
}

/** Series per KPI id, then unit id. */
export type SeriesIndex = Map<string, Map<string, KpiSeries>>;

const cache = new WeakMap<ScoringModel, SeriesIndex>();

/**
 * Every (KPI, unit) series of the handbook. Measurements whose period does not match the KPI's
 * frequency, or which has not ended by `h.today`, are left out (the measurement rules report them).
 */
export function seriesIndex(h: ScoringModel): SeriesIndex {
  const cached = cache.get(h);
  if (cached) return cached;
  const index: SeriesIndex = new Map();
  for (const [kpiId, byUnit] of h.index.measurementsByKpi) {
    const kpi = h.kpis.get(kpiId);
    if (!kpi) continue;
    const perUnit = new Map<string, KpiSeries>();
    for (const [unit, byPeriod] of byUnit) {
      const points: SeriesPoint[] = [];
      for (const m of byPeriod.values()) {
        const period = m.periodInfo;
        if (!period || period.frequency !== kpi.frequency || period.end >= h.today) continue;
        points.push({ period, value: m.value, n: m.n ?? null, note: m.note ?? null, provisional: m.provisional === true, counts: m.counts });
      }
      points.sort((a, b) => compareText(a.period.start, b.period.start));
      const context = seriesContext(h, kpi, unit);
      const some = context.phases.length > 0 || context.acknowledgements.length > 0;
      perUnit.set(unit, { kpi, unit, points, byPeriod: new Map(points.map((p) => [p.period.key, p])), context: some ? context : NO_CONTEXT });
    }
    index.set(kpiId, perUnit);
  }
  cache.set(h, index);
  return index;
}

/** The points of a series up to and including the period ending on `end`. */
export function pointsUpTo(points: readonly SeriesPoint[], end: string): SeriesPoint[] {
  let hi = points.length;
  while (hi > 0 && points[hi - 1]!.period.end > end) hi--;
  return points.slice(0, hi);
}

/** The latest point with a value at or before `end`. */
export function latestValueUpTo(points: readonly SeriesPoint[], end: string): SeriesPoint | undefined {
  for (let i = points.length - 1; i >= 0; i--) {
    const p = points[i]!;
    if (p.period.end <= end && p.value !== null) return p;
  }
  return undefined;
}
