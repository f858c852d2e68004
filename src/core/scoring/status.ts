/**
 * The status of one KPI value for one unit and period (DOMAIN.md §4), with two flags beside it.
 *
 * Rules, evaluated in this fixed order; the first match wins:
 *  1. `not-applicable` — the unit is in the KPI's `notApplicable` list or outside its `units`;
 *  2. `no-data`        — nothing was reported, or the value is `null`. Never read as zero or on target;
 *  3. `on-target`      — the value meets the target. Exactly on the target counts as on target;
 *  4. `at-risk`        — between the target and the warning threshold. Exactly on the warning
 *                        threshold is still at risk (the threshold is the last at-risk value);
 *  5. `off-target`     — beyond the warning threshold.
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
import { describeThreshold, inRange, targetRange, warningRange } from './target.ts';
import { periodOrdinal } from './reporting-period.ts';

export const STATUSES = ['not-applicable', 'no-data', 'on-target', 'at-risk', 'off-target'] as const;
export type Status = (typeof STATUSES)[number];

export interface StatusFlags {
  /** The latest value is older than the KPI's frequency allows. */
  stale: boolean;
  /** n is below the KPI's minimum sample size. */
  smallSample: boolean;
}

export interface StatusResult {
  status: Status;
  flags: StatusFlags;
  /** Why, in words, e.g. `79.4 is beyond the warning threshold (≥ 80).` */
  reason: string;
}

export type KpiForStatus = Pick<Kpi, 'direction' | 'target' | 'warning' | 'scale' | 'minSampleSize' | 'frequency'>;

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
}

/** On target, at risk or off target, for a value that exists. */
export function classifyValue(kpi: Pick<Kpi, 'direction' | 'target' | 'warning'>, value: number): 'on-target' | 'at-risk' | 'off-target' {
  if (inRange(value, targetRange(kpi))) return 'on-target';
  if (inRange(value, warningRange(kpi))) return 'at-risk';
  return 'off-target';
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
  if (!input.applicable) return { status: 'not-applicable', flags: { stale: false, smallSample: false }, reason: 'The KPI does not apply to this unit.' };
  if (!measurement) return { status: 'no-data', flags, reason: 'Nothing was reported for this period.' };
  if (measurement.value === null) return { status: 'no-data', flags, reason: 'The value was reported as missing (null).' };
  const v = measurement.value;
  flags.smallSample = isSmallSample(kpi, measurement.n);
  const status = classifyValue(kpi, v);
  const target = describeThreshold(kpi.direction, kpi.target);
  const warning = describeThreshold(kpi.direction, kpi.warning);
  const reason =
    status === 'on-target'
      ? `${v} meets the target (${target}).`
      : status === 'at-risk'
        ? `${v} misses the target (${target}) but is within the warning threshold (${warning}).`
        : `${v} is beyond the warning threshold (${warning}).`;
  return { status, flags, reason };
}
