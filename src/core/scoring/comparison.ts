/**
 * Comparing units on one KPI for one period, with the context a plain league table lacks
 * (DOMAIN.md §4: show n and an interval, classify against an expected range, rank only with that).
 *
 *  - Proportions with sample sizes (funnel plot): the overall rate p₀ = Σ(valueᵢ/100·nᵢ)/Σnᵢ over
 *    the units compared; each unit's expected range is p₀ ± z·√(p₀(1−p₀)/nᵢ) at 95 % (z = 1.96) and
 *    99.8 % (z = 3.09), clipped to 0–100 %. A unit is `above` or `below` when outside the 95 % range;
 *    `beyond` says which range it left. Each unit carries its 95 % Wilson interval.
 *  - Other KPIs: the mean of the units' values ± 2 sd (and ± 3 sd), sd the sample standard
 *    deviation across units (each unit counts once, including the unit itself). Net scores (NPS,
 *    CES net) with n carry a conservative 95 % interval (intervals.ts); means carry none, since
 *    only the value and n are recorded.
 *  - Fewer than 3 units with a value: no expected range (`method: 'none'`), classification
 *    `unclassified`.
 * Ranks: 1 is best given the KPI's direction (closest to the band for a band KPI); ties share a
 * rank (1, 2, 2, 4). Units without a value get no rank.
 */
import type { Kpi } from '../schema/kpi.ts';
import { KPI_METHODS } from '../schema/kpi-method.ts';
import { distanceOutside, targetRange } from './target.ts';
import { netScoreInterval, wilsonInterval, Z95, Z998, type Interval } from './intervals.ts';

export type Classification = 'within' | 'above' | 'below' | 'unclassified' | 'no-data';
export type ComparisonMethod = 'funnel' | 'mean-2sd' | 'none';

export interface ExpectedRange {
  /** 95 % funnel limits, or mean ± 2 sd. */
  inner: { lower: number; upper: number };
  /** 99.8 % funnel limits, or mean ± 3 sd. */
  outer: { lower: number; upper: number };
}

export interface UnitComparison {
  unit: string;
  value: number | null;
  n: number | null;
  interval: Interval | null;
  expected: ExpectedRange | null;
  classification: Classification;
  /** The widest range the value lies outside: `95%`/`99.8%` (funnel) or `2sd`/`3sd`; null when within. */
  beyond: '95%' | '99.8%' | '2sd' | '3sd' | null;
  /** Whether being above/below is good news for the KPI; null when within or unclassified. */
  favourable: boolean | null;
  /** 1 = best; null without a value. */
  rank: number | null;
  smallSample: boolean;
}

export interface KpiComparison {
  kpi: string;
  period: string;
  method: ComparisonMethod;
  /** Overall rate p₀ (funnel, in percent) or mean across units; null when no unit has a value. */
  centre: number | null;
  /** Standard deviation across units (mean-2sd only). */
  sd: number | null;
  /** Units with a value / units compared. */
  unitsWithData: number;
  units: UnitComparison[];
  note: string;
}

export interface ComparisonInput {
  unit: string;
  value: number | null | undefined;
  n: number | null | undefined;
}

export type KpiForComparison = Pick<Kpi, 'id' | 'method' | 'direction' | 'target' | 'warning' | 'minSampleSize'>;

export const MIN_UNITS_TO_COMPARE = 3;

export function compareUnits(kpi: KpiForComparison, period: string, inputs: readonly ComparisonInput[]): KpiComparison {
  const withValue = inputs.filter((i) => i.value !== null && i.value !== undefined);
  const proportion = KPI_METHODS[kpi.method].proportion;
  const funnel = proportion && withValue.length > 0 && withValue.every((i) => i.n !== null && i.n !== undefined && i.n > 0);
  const enough = withValue.length >= MIN_UNITS_TO_COMPARE;
  const netScore = kpi.method === 'nps' || kpi.method === 'ces-net';

  let method: ComparisonMethod = 'none';
  let centre: number | null = null;
  let sd: number | null = null;
  let note: string;
  if (funnel) {
    const totalN = withValue.reduce((s, i) => s + i.n!, 0);
    centre = withValue.reduce((s, i) => s + i.value! * i.n!, 0) / totalN;
    method = enough ? 'funnel' : 'none';
    note = enough
      ? `Funnel plot around the overall rate ${centre.toFixed(1)} % (Σ value·n ÷ Σ n); limits 95 % and 99.8 % for each unit's n.`
      : `Fewer than ${MIN_UNITS_TO_COMPARE} units with a value: no expected range.`;
  } else if (withValue.length > 0) {
    centre = withValue.reduce((s, i) => s + i.value!, 0) / withValue.length;
    sd = withValue.length > 1 ? Math.sqrt(withValue.reduce((s, i) => s + (i.value! - centre!) ** 2, 0) / (withValue.length - 1)) : null;
    method = enough ? 'mean-2sd' : 'none';
    note = enough
      ? `Mean across units ${round(centre)} ± 2 sd (sd ${round(sd ?? 0)}); with few units the limits are wide, so treat "within" as "not shown to differ".`
      : `Fewer than ${MIN_UNITS_TO_COMPARE} units with a value: no expected range.`;
    if (proportion) note += ' Some values lack a sample size, so no funnel plot.';
  } else {
    note = 'No unit has a value for this period.';
  }

  const goodSide = (side: 'above' | 'below'): boolean | null =>
    kpi.direction === 'band' ? null : (side === 'above') === (kpi.direction === 'higher');

  // Expected ranges are shared by the units they are the same for (all units around a mean; units
  // of equal n in a funnel): a scorecard of 200 units × 40 KPIs holds thousands of them.
  const sdRange: ExpectedRange | null =
    method === 'mean-2sd' && sd !== null
      ? { inner: { lower: centre! - 2 * sd, upper: centre! + 2 * sd }, outer: { lower: centre! - 3 * sd, upper: centre! + 3 * sd } }
      : null;
  const funnels = new Map<number, ExpectedRange>();
  const funnelRange = (n: number): ExpectedRange => {
    let r = funnels.get(n);
    if (!r) {
      const p0 = centre! / 100;
      const s = Math.sqrt((p0 * (1 - p0)) / n);
      const lim = (z: number) => ({ lower: Math.max(0, p0 - z * s) * 100, upper: Math.min(1, p0 + z * s) * 100 });
      funnels.set(n, (r = { inner: lim(Z95), outer: lim(Z998) }));
    }
    return r;
  };

  const units: UnitComparison[] = inputs.map((i): UnitComparison => {
    const value = i.value ?? null;
    const n = i.n ?? null;
    const smallSample = kpi.minSampleSize !== undefined && n !== null && n < kpi.minSampleSize;
    const base = { unit: i.unit, value, n, smallSample, rank: null as number | null };
    if (value === null) return { ...base, interval: null, expected: null, classification: 'no-data', beyond: null, favourable: null };
    let interval: Interval | null = null;
    if (n !== null && n > 0) {
      if (proportion) interval = wilsonInterval(value, n);
      else if (netScore) interval = netScoreInterval(value, n);
    }
    let expected: ExpectedRange | null = null;
    if (method === 'funnel') expected = funnelRange(n!);
    else if (method === 'mean-2sd') expected = sdRange;
    if (!expected) return { ...base, interval, expected, classification: 'unclassified', beyond: null, favourable: null };
    const side = value > expected.inner.upper ? 'above' : value < expected.inner.lower ? 'below' : null;
    if (!side) return { ...base, interval, expected, classification: 'within', beyond: null, favourable: null };
    const outside = side === 'above' ? value > expected.outer.upper : value < expected.outer.lower;
    const beyond = method === 'funnel' ? (outside ? '99.8%' : '95%') : outside ? '3sd' : '2sd';
    let favourable = goodSide(side);
    if (kpi.direction === 'band') {
      const band = targetRange(kpi);
      favourable = distanceOutside(value, band) <= distanceOutside(centre!, band);
    }
    return { ...base, interval, expected, classification: side, beyond, favourable };
  });

  // Rank by badness: distance from the target band, or the value in the KPI's direction.
  const badness = (v: number) =>
    kpi.direction === 'higher' ? -v : kpi.direction === 'lower' ? v : distanceOutside(v, targetRange(kpi));
  const ranked = units.filter((u) => u.value !== null).sort((a, b) => badness(a.value!) - badness(b.value!));
  ranked.forEach((u, k) => {
    const prev = ranked[k - 1];
    u.rank = prev && badness(prev.value!) === badness(u.value!) ? prev.rank : k + 1;
  });

  return { kpi: kpi.id, period, method, centre, sd, unitsWithData: withValue.length, units, note };
}

const round = (x: number) => Math.round(x * 100) / 100;
