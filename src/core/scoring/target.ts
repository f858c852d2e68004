/**
 * What counts as good for a KPI: its target and warning thresholds as ranges of values, whatever
 * the direction, and how far a value lies from the target. Every other scoring file reads the
 * thresholds through here, so higher-is-better, lower-is-better and band KPIs are handled once.
 */
import type { Direction, Kpi, Threshold } from '../schema/kpi.ts';

/** A closed range of values; open ends are ±Infinity. */
export interface ValueRange {
  min: number;
  max: number;
}

/** The part of a KPI definition that scoring needs. */
export type KpiThresholds = Pick<Kpi, 'direction' | 'target' | 'warning'>;

/**
 * Comparisons allow a tiny tolerance so that a value computed by a roll-up (e.g. 84.99999999999999)
 * still counts as exactly on a threshold of 85.
 */
const TOLERANCE = 1e-9;

const near = (a: number, b: number) => Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));

/** `v >= t`, tolerating floating-point noise. */
export const atLeast = (v: number, t: number) => v > t || near(v, t);
/** `v <= t`, tolerating floating-point noise. */
export const atMost = (v: number, t: number) => v < t || near(v, t);

/**
 * The values a threshold accepts: `[t, ∞)` when higher is better, `(−∞, t]` when lower is better,
 * `[min, max]` for a band. A misconfigured threshold (a band on a higher/lower KPI, reported by the
 * KPI rules) is read leniently: its min for higher, its max for lower.
 */
export function thresholdRange(direction: Direction, threshold: Threshold): ValueRange {
  if (direction === 'band') return typeof threshold === 'number' ? { min: threshold, max: threshold } : { ...threshold };
  if (direction === 'higher') return { min: typeof threshold === 'number' ? threshold : threshold.min, max: Number.POSITIVE_INFINITY };
  return { min: Number.NEGATIVE_INFINITY, max: typeof threshold === 'number' ? threshold : threshold.max };
}

/** The on-target range of a KPI. */
export const targetRange = (kpi: KpiThresholds): ValueRange => thresholdRange(kpi.direction, kpi.target);
/** The range up to and including the warning threshold (on target or at risk). */
export const warningRange = (kpi: KpiThresholds): ValueRange => thresholdRange(kpi.direction, kpi.warning);

/** True when `v` lies in `range`, ends included. */
export const inRange = (v: number, range: ValueRange) => atLeast(v, range.min) && atMost(v, range.max);

/** How far `v` lies outside `range` (0 inside it). */
export function distanceOutside(v: number, range: ValueRange): number {
  if (inRange(v, range)) return 0;
  return v < range.min ? range.min - v : v - range.max;
}

/** Effect of a change from `before` to `after`, given the KPI's direction. */
export type ChangeEffect = 'improved' | 'worsened' | 'unchanged';

/**
 * Whether going from `before` to `after` is better: up when higher is better, down when lower is
 * better, closer to the target band for a band KPI (moves inside the band are `unchanged`).
 */
export function changeEffect(kpi: KpiThresholds, before: number, after: number): ChangeEffect {
  if (kpi.direction === 'band') {
    const band = targetRange(kpi);
    const d0 = distanceOutside(before, band);
    const d1 = distanceOutside(after, band);
    return near(d0, d1) ? 'unchanged' : d1 < d0 ? 'improved' : 'worsened';
  }
  if (near(before, after)) return 'unchanged';
  const up = after > before;
  return up === (kpi.direction === 'higher') ? 'improved' : 'worsened';
}

/** Short human text of a KPI's target, e.g. `≥ 85`, `≤ 2`, `95–105`. */
export function describeTarget(kpi: KpiThresholds): string {
  return describeThreshold(kpi.direction, kpi.target);
}

export function describeThreshold(direction: Direction, threshold: Threshold): string {
  const r = thresholdRange(direction, threshold);
  if (direction === 'higher') return `≥ ${r.min}`;
  if (direction === 'lower') return `≤ ${r.max}`;
  return `${r.min}–${r.max}`;
}
