/**
 * Which control chart a KPI's data get, and why, as a code with parameters that pages put in words
 * (src/site/words/en/charts.ts, zh/charts.ts), e.g. `{ kind: 'p-prime', code: 'over-dispersed', sigmaZ: 3.4 }` → "Laney
 * p′ chart: between-period variation is 3.4× the binomial (σz = 3.4)".
 */
import { KPI_METHODS, type KpiMethod } from '../schema/kpi-method.ts';
import type { ChartRequest } from '../schema/control-chart.ts';

/** `p-prime` and `u-prime` are Laney's p′ and u′ charts. */
export const CHART_KINDS = ['xmr', 'p', 'p-prime', 'u', 'u-prime'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

export { CHART_REQUESTS, type ChartRequest } from '../schema/control-chart.ts';

export type ChartFamily = 'p' | 'u' | 'xmr';

export type ChartChoiceCode =
  /** σz > 1: the limits are widened by σz (Laney p′ or u′). */
  | 'over-dispersed'
  /** σz ≤ 1: the plain binomial (Poisson) limits stand; never narrower. */
  | 'within-sampling'
  /** The KPI definition asks for this chart. */
  | 'declared'
  /** A proportion or rate whose baseline values lack sample sizes: XmR. */
  | 'no-sample-sizes'
  /** Values that are not counts of events (NPS, means, durations, scores): XmR. */
  | 'not-counts';

export interface ChartChoice {
  kind: ChartKind;
  code: ChartChoiceCode;
  /** Laney's σz of the baseline on p and u charts; null on XmR. */
  sigmaZ: number | null;
}

/** Whether a method's values are counts a p-chart (proportions) or u-chart (rates per 1,000) can chart. */
export function attributeFamily(method: KpiMethod): 'p' | 'u' | null {
  if (KPI_METHODS[method].proportion) return 'p';
  if (method === 'per-thousand') return 'u';
  return null;
}

/** The family of chart for a method and a request; a request that does not fit the method is ignored (the check reports it). */
export function chartFamily(method: KpiMethod, request: ChartRequest): ChartFamily {
  const natural = attributeFamily(method);
  if (request === 'xmr' || natural === null) return 'xmr';
  return natural;
}
