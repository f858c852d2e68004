/**
 * The status of one KPI value for one unit and period (DOMAIN.md §4), with two flags beside it.
 *
 * Rules, evaluated in this fixed order; the first match wins:
 *  1. `not-applicable` — the unit is in the KPI's `notApplicable` list or outside its `units`;
 *  2. `no-data`        — nothing was reported, or the value is `null`. Never read as zero or on target;
 *  3. `on-target`      — the value meets the target. Exactly on the target counts as on target;
 *  4. the value misses the target. How far it misses (`at-risk` between the target and the warning
 *     threshold, exactly on the warning threshold included; `off-target` beyond it) counts only when
 *     the shortfall is credible:
 *     a. it persists: the value has missed the target in each of the last `persistence` periods
 *        (the KPI's, default 3), this one included → the status of the value itself;
 *     b. its 95 % interval (intervals.ts, from the sample) lies wholly beyond the warning threshold →
 *        `off-target`; wholly beyond the target (but reaching the warning threshold) → `at-risk`;
 *     c. the value has no interval (no sample size; a mean duration or a score) → the status of the
 *        value itself, as before;
 *     d. otherwise `within-noise`: the interval reaches the target, so chance alone may explain the
 *        miss. The reason gives the interval.
 * The reason is an explanation code with its numbers (explanation.ts), put in words per language.
 * Higher is better: on target at ≥ target, at risk at ≥ warning. Lower is better: ≤ target, ≤ warning.
 * Band: inside the target band, inside the warning band. A negative value (NPS) is just a number.
 *
 * Flags:
 *  - `stale`: the latest value is older than the frequency allows: its period lies more than one
 *    period before the reference period (the KPI's latest completed period as of `today`, or the
 *    scorecard's period). One period of grace lets last month's figures arrive during this month.
 *  - `smallSample`: the value's sample size n is below the KPI's `minSampleSize`.
 */
import type { Kpi } from '../schema/kpi.ts';
import type { Period } from '../time/period.ts';
import { NOT_APPLICABLE, NOT_REPORTED, REPORTED_MISSING, type Credibility, type StatusExplanation } from './explanation.ts';
import type { Interval } from './intervals.ts';
import { atLeast, atMost, inRange, targetRange, warningRange, type ValueRange } from './target.ts';
import { periodOrdinal } from './reporting-period.ts';

export const STATUSES = ['not-applicable', 'no-data', 'on-target', 'within-noise', 'at-risk', 'off-target'] as const;
export type Status = (typeof STATUSES)[number];

/** Periods in a row a miss must last to count without a credible interval, unless the KPI sets `persistence`. */
export const DEFAULT_PERSISTENCE = 3;

export interface StatusFlags {
  /** The latest value is older than the KPI's frequency allows. */
  stale: boolean;
  /** n is below the KPI's minimum sample size. */
  smallSample: boolean;
}

export interface StatusResult {
  status: Status;
  flags: StatusFlags;
  /** Why, as a code with parameters (explanation.ts), e.g. `{ code: 'status/beyond-warning', value: 79.4, … }`. */
  reason: StatusExplanation;
}

export type KpiForStatus = Pick<Kpi, 'direction' | 'target' | 'warning' | 'scale' | 'minSampleSize' | 'frequency'> & Partial<Pick<Kpi, 'persistence'>>;

export interface StatusInput {
  kpi: KpiForStatus;
  /** False when the unit is not-applicable or outside the KPI's units. */
  applicable: boolean;
  /** The measurement for the period: undefined when none was reported. */
  measurement: { value: number | null; n?: number | null | undefined } | undefined;
  /** Period of the latest non-null value at or before `reference` (for staleness). */
  latest?: Period | undefined;
  /** The period the status is for; staleness is measured against it. */
  reference?: Period | undefined;
  /** The value's 95 % interval (intervals.ts `valueInterval`); null or absent when it has none. */
  interval?: Interval | null | undefined;
  /** Periods in a row, ending with this one, whose values missed the target (default 1). */
  missRun?: number | undefined;
}

/** On target, at risk or off target, for a value that exists, by the value alone. */
export function classifyValue(kpi: Pick<Kpi, 'direction' | 'target' | 'warning'>, value: number): 'on-target' | 'at-risk' | 'off-target' {
  if (inRange(value, targetRange(kpi))) return 'on-target';
  if (inRange(value, warningRange(kpi))) return 'at-risk';
  return 'off-target';
}

/** True when the interval lies wholly outside the range (touching its end counts as reaching it). */
function whollyOutside(interval: Interval, range: ValueRange): boolean {
  return !atLeast(interval.upper, range.min) || !atMost(interval.lower, range.max);
}

/**
 * How far a miss is credible from its interval: `off-target` when the interval lies wholly beyond
 * the warning threshold, `at-risk` when wholly beyond the target, `within-noise` when it reaches the
 * target.
 */
export function credibleMiss(kpi: Pick<Kpi, 'direction' | 'target' | 'warning'>, interval: Interval): 'within-noise' | 'at-risk' | 'off-target' {
  if (whollyOutside(interval, warningRange(kpi))) return 'off-target';
  if (whollyOutside(interval, targetRange(kpi))) return 'at-risk';
  return 'within-noise';
}

/** True when `latest` lies more than one period before `reference` (both of the KPI's frequency). */
export function isStale(latest: Period | undefined, reference: Period | undefined): boolean {
  if (!latest || !reference) return false;
  return periodOrdinal(reference) - periodOrdinal(latest) > 1;
}

/** True when n is known and below the KPI's minimum sample size. */
export function isSmallSample(kpi: Pick<Kpi, 'minSampleSize'>, n: number | null | undefined): boolean {
  return kpi.minSampleSize !== undefined && n !== null && n !== undefined && n < kpi.minSampleSize;
}

/** The status of one value (see the rules at the top of this file). */
export function evaluateStatus(input: StatusInput): StatusResult {
  const { kpi, measurement } = input;
  const flags: StatusFlags = { stale: isStale(input.latest, input.reference), smallSample: false };
  if (!input.applicable) return { status: 'not-applicable', flags: { stale: false, smallSample: false }, reason: NOT_APPLICABLE };
  if (!measurement) return { status: 'no-data', flags, reason: NOT_REPORTED };
  if (measurement.value === null) return { status: 'no-data', flags, reason: REPORTED_MISSING };
  const value = measurement.value;
  flags.smallSample = isSmallSample(kpi, measurement.n);
  const raw = classifyValue(kpi, value);
  const { direction, target, warning } = kpi;
  if (raw === 'on-target') return { status: raw, flags, reason: { code: 'status/meets-target', value, direction, target } };
  const byValue = (credible: Credibility | null): StatusExplanation =>
    raw === 'at-risk'
      ? { code: 'status/within-warning', value, direction, target, warning, credible }
      : { code: 'status/beyond-warning', value, direction, warning, credible };
  const persistence = kpi.persistence ?? DEFAULT_PERSISTENCE;
  const run = input.missRun ?? 1;
  if (run >= persistence) return { status: raw, flags, reason: byValue({ by: 'persistence', periods: run }) };
  const interval = input.interval;
  if (!interval) return { status: raw, flags, reason: byValue(null) };
  const credible = credibleMiss(kpi, interval);
  if (credible === 'within-noise') return { status: 'within-noise', flags, reason: { code: 'status/within-noise', value, direction, target, interval } };
  if (credible === raw) return { status: raw, flags, reason: byValue({ by: 'interval', interval }) };
  return { status: credible, flags, reason: { code: 'status/interval-reaches-warning', value, direction, target, warning, interval } };
}
