/**
 * How the scoring engine explains itself: as a code with parameters, never as a sentence. A status
 * says `{ code: 'status/beyond-warning', value: 79.4, direction: 'higher', warning: 80, … }`, a
 * roll-up `{ code: 'rollup/pooled', units: 3, n: 1204, excluded: [] }`; numbers stay numbers. Each
 * language puts them in words with an `ExplanationWords` (one function per code): English in
 * `explanation-words.ts` (the exports use it), Chinese with the site's other words.
 */
import type { Direction, Threshold } from '../schema/kpi.ts';
import type { Interval } from './intervals.ts';

/** Why a miss counts although chance could explain it: it persisted, or its interval lies beyond the line. */
export type Credibility = { by: 'persistence'; periods: number } | { by: 'interval'; interval: Interval };

/** Why a value has its status (status.ts). */
export type StatusExplanation =
  /** The KPI does not apply to the unit. */
  | { code: 'status/not-applicable' }
  /** Nothing was reported for the period. */
  | { code: 'status/not-reported' }
  /** The value was reported as `null`. */
  | { code: 'status/reported-missing' }
  /** The value meets the target. */
  | { code: 'status/meets-target'; value: number; direction: Direction; target: Threshold }
  /** The value misses the target but is within the warning threshold (`credible`: why the miss counts, when it was tested). */
  | { code: 'status/within-warning'; value: number; direction: Direction; target: Threshold; warning: Threshold; credible: Credibility | null }
  /** The value is beyond the warning threshold (`credible` as above). */
  | { code: 'status/beyond-warning'; value: number; direction: Direction; warning: Threshold; credible: Credibility | null }
  /** The value misses the target but its interval reaches it. */
  | { code: 'status/within-noise'; value: number; direction: Direction; target: Threshold; interval: Interval }
  /** The value is beyond the warning threshold but its interval reaches it (lying beyond the target): at risk. */
  | { code: 'status/interval-reaches-warning'; value: number; direction: Direction; target: Threshold; warning: Threshold; interval: Interval };

/** How a unit's value was pooled from the units below it (rollup.ts). `excluded`: units left out for lack of a sample size. */
export type RollupExplanation =
  | { code: 'rollup/no-values' }
  | { code: 'rollup/nothing-to-pool'; excluded: string[] }
  | { code: 'rollup/pooled'; units: number; n: number; excluded: string[] }
  | { code: 'rollup/weighted'; units: number; n: number }
  | { code: 'rollup/plain-mean'; units: number };

/**
 * How the units were compared for a period (comparison.ts). `lacksSampleSizes`: the method needs
 * sample sizes and some values lack one, so no funnel plot.
 */
export type ComparisonExplanation =
  | { code: 'comparison/no-values' }
  | { code: 'comparison/too-few-units'; least: number; lacksSampleSizes: boolean }
  /** `tau`: over-dispersion in the value's unit (0 or null: none found). */
  | { code: 'comparison/funnel'; centre: number; tau: number | null }
  | { code: 'comparison/leave-one-out'; mean: number; sd: number; lacksSampleSizes: boolean };

/** Why there is no control chart, or no baseline in a phase (spc.ts, scorecard-row.ts). */
export type ChartExplanation =
  | { code: 'chart/too-few-points'; points: number; least: number }
  | { code: 'chart/no-moving-range' }
  /** `percent`: the baseline proportion, 0 or 100. */
  | { code: 'chart/p-no-spread'; percent: number }
  | { code: 'chart/u-no-spread' }
  | { code: 'chart/phase-too-few'; least: number }
  | { code: 'chart/ramp-up' }
  | { code: 'chart/no-values' }
  | { code: 'chart/not-applicable' }
  /** No chart, without a more precise reason. */
  | { code: 'chart/none' };

/** How attainment is normalised (attainment.ts). */
export type AttainmentExplanation = { code: 'attainment/normalisation' };

export type Explanation = StatusExplanation | RollupExplanation | ComparisonExplanation | ChartExplanation | AttainmentExplanation;
export type ExplanationCode = Explanation['code'];
export type ExplanationOf<C extends ExplanationCode> = Extract<Explanation, { code: C }>;

/** Every code, so a test can prove that each language has words for each (the type below makes the list complete). */
const CODES: { [C in ExplanationCode]: true } = {
  'status/not-applicable': true,
  'status/not-reported': true,
  'status/reported-missing': true,
  'status/meets-target': true,
  'status/within-warning': true,
  'status/beyond-warning': true,
  'status/within-noise': true,
  'status/interval-reaches-warning': true,
  'rollup/no-values': true,
  'rollup/nothing-to-pool': true,
  'rollup/pooled': true,
  'rollup/weighted': true,
  'rollup/plain-mean': true,
  'comparison/no-values': true,
  'comparison/too-few-units': true,
  'comparison/funnel': true,
  'comparison/leave-one-out': true,
  'chart/too-few-points': true,
  'chart/no-moving-range': true,
  'chart/p-no-spread': true,
  'chart/u-no-spread': true,
  'chart/phase-too-few': true,
  'chart/ramp-up': true,
  'chart/no-values': true,
  'chart/not-applicable': true,
  'chart/none': true,
  'attainment/normalisation': true,
};
export const EXPLANATION_CODES = Object.keys(CODES) as ExplanationCode[];

/** The words of one language for every explanation: one function per code. */
export type ExplanationWords = { [C in ExplanationCode]: (e: ExplanationOf<C>) => string };

/** An explanation in the words of one language. */
export function explain(words: ExplanationWords, e: Explanation): string {
  return (words[e.code] as (e: Explanation) => string)(e);
}

/** A key equal for equal explanations (to share what is derived from one). */
export const explanationKey = (e: Explanation): string => JSON.stringify(e);

/** Explanations without parameters, shared. */
export const NOT_APPLICABLE: StatusExplanation = Object.freeze({ code: 'status/not-applicable' });
export const NOT_REPORTED: StatusExplanation = Object.freeze({ code: 'status/not-reported' });
export const REPORTED_MISSING: StatusExplanation = Object.freeze({ code: 'status/reported-missing' });
export const NORMALISATION: AttainmentExplanation = Object.freeze({ code: 'attainment/normalisation' });
