/**
 * Composite score of a unit for a period (balanced scorecard, DOMAIN.md §4): the weighted mean of
 * the attainment of each KPI (see attainment.ts for the normalisation), weighted by `kpi.weight`.
 * KPIs with no data or not applicable to the unit are left out and the weights renormalised over
 * the rest; the result says how much weight it covers:
 *   score = Σ wᵢ·aᵢ / Σ wᵢ over the KPIs with a value;
 *   coveredWeight = that Σ wᵢ ÷ the total weight of the KPIs that apply to the unit, in percent.
 * The weights of every KPI, of those that apply, and of those covered are reported as well, and
 * beside the score the number of KPIs off target and at risk (a good average must not hide a KPI
 * that fails).
 */
import type { Kpi } from '../schema/kpi.ts';
import { attainment, NORMALISATION, type KpiForAttainment } from './attainment.ts';
import type { AttainmentExplanation } from './explanation.ts';
import type { Status } from './status.ts';

export interface CompositeInput {
  kpi: Pick<Kpi, 'id' | 'weight'> & KpiForAttainment;
  applicable: boolean;
  /** The value for the period; null or undefined when there is none. */
  value: number | null | undefined;
  /** The value's status on the scorecard, counted beside the score. */
  status?: Status | undefined;
}

export interface CompositePart {
  kpi: string;
  weight: number;
  value: number | null;
  /** 0–100, or null when left out. */
  attainment: number | null;
  included: boolean;
  /** Why a KPI is left out. */
  excluded: 'no-data' | 'not-applicable' | 'cannot-normalise' | null;
}

export interface CompositeScore {
  unit: string;
  period: string;
  /** 0–100, or null when no KPI had data. */
  score: number | null;
  /** Share of the applicable KPIs' weight that had data, 0–100. */
  coveredWeight: number;
  weights: { total: number; applicable: number; covered: number };
  kpisCovered: number;
  kpisApplicable: number;
  /** KPIs of the unit off target, at risk, and missing the target within noise. */
  offTarget: number;
  atRisk: number;
  withinNoise: number;
  parts: CompositePart[];
  /** How attainment is normalised (explanation.ts). */
  normalisation: AttainmentExplanation;
}

export function compositeScore(unit: string, period: string, inputs: readonly CompositeInput[]): CompositeScore {
  let total = 0;
  let applicable = 0;
  let covered = 0;
  let weighted = 0;
  let kpisApplicable = 0;
  let kpisCovered = 0;
  const parts: CompositePart[] = [];
  const count = { 'off-target': 0, 'at-risk': 0, 'within-noise': 0 } as Record<Status, number>;
  for (const { kpi, applicable: applies, value, status } of inputs) {
    if (applies && status && status in count) count[status]++;
    total += kpi.weight;
    const v = value ?? null;
    if (!applies) {
      parts.push({ kpi: kpi.id, weight: kpi.weight, value: null, attainment: null, included: false, excluded: 'not-applicable' });
      continue;
    }
    applicable += kpi.weight;
    kpisApplicable++;
    if (v === null) {
      parts.push({ kpi: kpi.id, weight: kpi.weight, value: null, attainment: null, included: false, excluded: 'no-data' });
      continue;
    }
    const a = attainment(kpi, v);
    covered += kpi.weight;
    kpisCovered++;
    weighted += kpi.weight * a;
    parts.push({ kpi: kpi.id, weight: kpi.weight, value: v, attainment: a, included: true, excluded: null });
  }
  return {
    unit,
    period,
    score: covered > 0 ? weighted / covered : null,
    coveredWeight: applicable > 0 ? (covered / applicable) * 100 : 0,
    weights: { total, applicable, covered },
    kpisCovered,
    kpisApplicable,
    offTarget: count['off-target'],
    atRisk: count['at-risk'],
    withinNoise: count['within-noise'],
    parts,
    normalisation: NORMALISATION,
  };
}
