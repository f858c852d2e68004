/**
 * The scoring engine's explanations (explanation.ts) in plain English: the words of the exports and
 * of the English pages (src/site/words takes them from here). Numbers are written as the engine
 * has always written them: values to 2 decimals, thresholds as `≥ 85`, `≤ 2`, `95–105`.
 */
import type { Direction, Threshold } from '../schema/kpi.ts';
import { explain, type Credibility, type Explanation, type ExplanationWords } from './explanation.ts';
import type { Interval } from './intervals.ts';
import { describeThreshold } from './target.ts';

/** A value as the explanations show it: to 2 decimals (412 of 471 is 87.4734…, shown 87.47). */
export const shownValue = (v: number): string => String(Number(v.toFixed(2)));
/** A derived number (an interval's end, a pooled centre, τ) rounded to 2 decimals. */
export const rounded = (x: number): string => String(Math.round(x * 100) / 100);
/** A threshold as `≥ 85`, `≤ 2` or `95–105`. */
export const thresholdText = (direction: Direction, t: Threshold): string => describeThreshold(direction, t);

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const range = (i: Interval) => `${rounded(i.lower)} to ${rounded(i.upper)}`;

function credibleText(c: Credibility | null): string {
  if (c === null) return '';
  if (c.by === 'persistence') return ` It has missed the target ${c.periods} periods in a row.`;
  return ` Its ${c.interval.level} % interval ${range(c.interval)} lies beyond it.`;
}

const leftOut = (units: readonly string[]) => (units.length ? ` Left out for lack of a sample size: ${units.join(', ')}.` : '');
const noFunnel = (lacks: boolean) => (lacks ? ' Some values lack a sample size, so no funnel plot.' : '');
const DL = 'DerSimonian–Laird on z-scores winsorised at 10 %, Spiegelhalter 2005';

export const ENGLISH_EXPLANATIONS: ExplanationWords = {
  'status/not-applicable': () => 'The KPI does not apply to this unit.',
  'status/not-reported': () => 'Nothing was reported for this period.',
  'status/reported-missing': () => 'The value was reported as missing (null).',
  'status/meets-target': (e) => `${shownValue(e.value)} meets the target (${thresholdText(e.direction, e.target)}).`,
  'status/within-warning': (e) =>
    `${shownValue(e.value)} misses the target (${thresholdText(e.direction, e.target)}) but is within the warning threshold (${thresholdText(e.direction, e.warning)}).${credibleText(e.credible)}`,
  'status/beyond-warning': (e) => `${shownValue(e.value)} is beyond the warning threshold (${thresholdText(e.direction, e.warning)}).${credibleText(e.credible)}`,
  'status/within-noise': (e) =>
    `${shownValue(e.value)} misses the target (${thresholdText(e.direction, e.target)}), but its ${e.interval.level} % interval ${range(e.interval)} reaches it: within noise.`,
  'status/interval-reaches-warning': (e) =>
    `${shownValue(e.value)} misses the target (${thresholdText(e.direction, e.target)}): its ${e.interval.level} % interval ${range(e.interval)} lies beyond the target but reaches the warning threshold (${thresholdText(e.direction, e.warning)}).`,
  'rollup/no-values': () => 'No unit below has a value.',
  'rollup/nothing-to-pool': (e) => `No value with a sample size to pool.${leftOut(e.excluded)}`,
  'rollup/pooled': (e) => `Pooled by sample size (Σ value·n ÷ Σ n) over ${plural(e.units, 'unit', 'units')}, n = ${e.n}.${leftOut(e.excluded)}`,
  'rollup/weighted': (e) => `Weighted by n (Σ value·n ÷ Σ n) over ${plural(e.units, 'unit', 'units')}, n = ${e.n}.`,
  'rollup/plain-mean': (e) => `Plain mean of ${plural(e.units, 'unit value', 'unit values')}: not every value has a sample size, so units are weighted equally.`,
  'comparison/no-values': () => 'No unit has a value for this period.',
  'comparison/too-few-units': (e) => `Fewer than ${e.least} units with a value: no expected range.${noFunnel(e.lacksSampleSizes)}`,
  'comparison/funnel': (e) =>
    `Funnel plot: each unit against the pooled value of the other units (all units: ${rounded(e.centre)}), 95 % and 99.8 % limits for its sample size (Student t for few units), ` +
    (e.tau !== null && e.tau > 0 ? `widened for over-dispersion (τ = ${rounded(e.tau)}: ${DL})` : `with no over-dispersion found (${DL})`) +
    '; a unit is flagged only beyond 99.8 %.',
  'comparison/leave-one-out': (e) =>
    `Leave-one-out: each unit against the mean and sd of the other units (all units: mean ${rounded(e.mean)}, sd ${rounded(e.sd)}), 95 % and 99.8 % prediction limits (Student t); a unit is flagged only beyond 99.8 %.${noFunnel(e.lacksSampleSizes)}`,
  'chart/too-few-points': (e) => `Only ${plural(e.points, 'point', 'points')} with a value; a control chart needs at least ${e.least} for its baseline.`,
  'chart/no-moving-range': () => 'The baseline values are all equal (no moving range), so no limits can be drawn.',
  'chart/p-no-spread': (e) => `The baseline proportion is ${e.percent}%: a p-chart has no spread at 0% or 100%.`,
  'chart/u-no-spread': () => 'The baseline rate is 0: a u-chart has no spread without events.',
  'chart/phase-too-few': (e) => `Fewer than ${e.least} points with a value in this phase: no baseline of its own.`,
  'chart/ramp-up': () => 'A ramp-up: left out of every baseline.',
  'chart/no-values': () => 'No values reported.',
  'chart/not-applicable': () => 'Not applicable.',
  'chart/none': () => 'No control chart.',
  'attainment/normalisation': () =>
    "Attainment is anchored on each KPI's thresholds: 100 at the target (and beyond), the warning score (50 unless the KPI sets another) at the warning threshold, 0 at the KPI's floor (and beyond), linear in between.",
};

/** An explanation in English (the exports' words). */
export const explainInEnglish = (e: Explanation): string => explain(ENGLISH_EXPLANATIONS, e);
