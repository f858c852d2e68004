/**
 * Roll-up of a KPI from the units that report it (usually branches) to the units above them
 * (regions, departments, the organisation), following the unit tree. Values are pooled, never
 * averaged as a mean of means:
 *
 *  - methods that carry n (proportions, per-thousand, NPS and other survey scores, survey means):
 *    Σ valueᵢ·nᵢ / Σ nᵢ. 90 % of 100 and 50 % of 900 pool to (90 + 450)/1000 = 54 %, not 70 %.
 *    A value reported without n cannot be weighed and is left out (named in the note);
 *  - methods where n is optional (mean durations, assessed scores): weighted by n when every value
 *    has one, otherwise a plain mean of the unit values, and the note says so.
 * A unit's value is its own measurement when it reports one; otherwise the units below it are
 * pooled, taking each reporting unit once (the nearest unit with a value on every path). The result
 * says how many units and how large an n it covers, and which reporting units had no value.
 */
import type { KpiEntity, UnitEntity } from '../model/handbook.ts';
import type { ScoringModel } from './scoring-model.ts';
import { KPI_METHODS } from '../schema/kpi-method.ts';
import type { Kpi } from '../schema/kpi.ts';
import type { RollupExplanation } from './explanation.ts';
import type { KpiSeries, SeriesPoint } from './series.ts';

export interface RollupSource {
  unit: string;
  value: number;
  n: number | null;
}

export type Aggregation = 'weighted-by-n' | 'plain-mean' | 'none';

export interface Aggregate {
  value: number | null;
  /** Σ n of the values used; null when some had none. */
  n: number | null;
  aggregation: Aggregation;
  /** Units whose values were used. */
  units: string[];
  /** Units with a value that could not be used (no n where n is needed). */
  excluded: string[];
  /** How the value was pooled, or why there is none (explanation.ts). */
  note: RollupExplanation;
}

export interface Rollup extends Aggregate {
  kpi: string;
  /** The unit rolled up to. */
  unit: string;
  period: string;
  unitsCovered: number;
  /** Reporting units below `unit` with no value for the period. */
  unitsMissing: string[];
}

const NO_VALUES: RollupExplanation = Object.freeze({ code: 'rollup/no-values' });

/** Pools the values of several units (see the rules at the top of this file). */
export function aggregate(kpi: Pick<Kpi, 'method'>, sources: readonly RollupSource[]): Aggregate {
  if (sources.length === 0) return { value: null, n: null, aggregation: 'none', units: [], excluded: [], note: NO_VALUES };
  const hasN = (s: RollupSource) => s.n !== null && s.n > 0;
  if (KPI_METHODS[kpi.method].needsSampleSize) {
    const used = sources.filter(hasN);
    const excluded = sources.filter((s) => !hasN(s)).map((s) => s.unit);
    if (used.length === 0) return { value: null, n: null, aggregation: 'none', units: [], excluded, note: { code: 'rollup/nothing-to-pool', excluded } };
    const total = used.reduce((s, x) => s + x.n!, 0);
    return {
      value: used.reduce((s, x) => s + x.value * x.n!, 0) / total,
      n: total,
      aggregation: 'weighted-by-n',
      units: used.map((s) => s.unit),
      excluded,
      note: { code: 'rollup/pooled', units: used.length, n: total, excluded },
    };
  }
  if (sources.every(hasN)) {
    const total = sources.reduce((s, x) => s + x.n!, 0);
    return {
      value: sources.reduce((s, x) => s + x.value * x.n!, 0) / total,
      n: total,
      aggregation: 'weighted-by-n',
      units: sources.map((s) => s.unit),
      excluded: [],
      note: { code: 'rollup/weighted', units: sources.length, n: total },
    };
  }
  return {
    value: sources.reduce((s, x) => s + x.value, 0) / sources.length,
    n: null,
    aggregation: 'plain-mean',
    units: sources.map((s) => s.unit),
    excluded: [],
    note: { code: 'rollup/plain-mean', units: sources.length },
  };
}

/** The units above any unit that reports the KPI, nearest first per unit, each once. */
export function rollupTargets(h: ScoringModel, reporting: Iterable<string>): UnitEntity[] {
  const seen = new Set<string>();
  const out: UnitEntity[] = [];
  for (const id of reporting) {
    for (let u = h.units.get(id)?.parentUnit; u && !seen.has(u.id); u = u.parentUnit) {
      seen.add(u.id);
      out.push(u);
    }
  }
  return out;
}

/**
 * The values of a KPI rolled up to one unit, per period key: each (KPI, unit, period) pooled once
 * per handbook, since the trend of a roll-up (scorecard.ts) and the sparkline of its unit
 * scorecard read many periods of the same units, on every scorecard.
 */
export function rolledUpValues(h: ScoringModel, kpi: KpiEntity, unitId: string, series: ReadonlyMap<string, KpiSeries>): (periodKey: string) => number | null {
  let memo = rolledUp.get(h);
  if (!memo) rolledUp.set(h, (memo = new Map()));
  const known = memo;
  return (p) => {
    const key = `${kpi.id}\u0000${unitId}\u0000${p}`;
    let v = known.get(key);
    if (v === undefined) known.set(key, (v = rollUp(h, kpi, unitId, p, series).value));
    return v;
  };
}

const rolledUp = new WeakMap<ScoringModel, Map<string, number | null>>();

/**
 * Rolls a KPI up to one unit for one period from the series of the units below it.
 * `series` holds the KPI's series per reporting unit.
 */
export function rollUp(h: ScoringModel, kpi: KpiEntity, unitId: string, period: string, series: ReadonlyMap<string, KpiSeries>): Rollup {
  const sources: RollupSource[] = [];
  const missing: string[] = [];
  const visited = new Set<string>([unitId]);
  const stack = [...(h.units.get(unitId)?.children ?? [])].reverse();
  while (stack.length) {
    const u = stack.pop()!;
    if (visited.has(u.id)) continue;
    visited.add(u.id);
    const s = series.get(u.id);
    const point: SeriesPoint | undefined = s?.byPeriod.get(period);
    if (point && point.value !== null) {
      sources.push({ unit: u.id, value: point.value, n: point.n });
      continue;
    }
    if (s) missing.push(u.id);
    for (let i = u.children.length - 1; i >= 0; i--) stack.push(u.children[i]!);
  }
  const result = aggregate(kpi, sources);
  return { kpi: kpi.id, unit: unitId, period, ...result, unitsCovered: result.units.length, unitsMissing: missing };
}
