/**
 * Attainment: how close a value comes to its KPI's target, on a 0–100 scale anchored on the KPI's
 * own thresholds (DOMAIN.md §4), so that KPIs on different scales can be averaged in a composite
 * score. The rule, applied to every KPI (and repeated in each composite result as `NORMALISATION`):
 *
 *  - 100 at the target and beyond it (overshooting one KPI cannot make up for another);
 *  - the KPI's `warningScore` (default 50) at the warning threshold, linear between the two;
 *  - 0 at the KPI's `floor` and beyond it, linear between the warning threshold and the floor.
 *
 * The floor lies beyond the warning threshold, on the failing side. Without a declared floor it is
 * one warning step further: target 85, warning 80 → floor 75 (clipped to the scale). A band KPI is
 * scored the same way on each side of its target band. Only the thresholds matter, never where the
 * scale starts: NPS 30 against a target of 40 and a warning of 30 scores the warning score, as CSAT
 * 80 against 85 and 80 does.
 */
import type { Kpi, Threshold } from '../schema/kpi.ts';
import { thresholdRange, type ValueRange } from './target.ts';

/** The score at the warning threshold when a KPI does not set its own `warningScore`. */
export const DEFAULT_WARNING_SCORE = 50;

/** The rule above as an explanation (explanation.ts), repeated in each composite result. */
export { NORMALISATION } from './explanation.ts';

export type KpiForAttainment = Pick<Kpi, 'direction' | 'target' | 'warning' | 'scale'> & Partial<Pick<Kpi, 'floor' | 'warningScore'>>;

/** The anchors of one side of a KPI: target, warning and floor values on a line towards failing. */
interface Anchors {
  target: number;
  warning: number;
  floor: number;
}

/**
 * The floor of a KPI as a range like its thresholds: the declared `floor`, or one warning step
 * beyond the warning threshold, clipped to the scale.
 */
export function floorRange(kpi: KpiForAttainment): ValueRange {
  if (kpi.floor !== undefined) return thresholdRange(kpi.direction, kpi.floor);
  const t = thresholdRange(kpi.direction, kpi.target);
  const w = thresholdRange(kpi.direction, kpi.warning);
  const clip = (x: number) => Math.min(kpi.scale.max, Math.max(kpi.scale.min, x));
  return {
    min: Number.isFinite(w.min) ? clip(w.min - (t.min - w.min)) : w.min,
    max: Number.isFinite(w.max) ? clip(w.max + (w.max - t.max)) : w.max,
  };
}

/** The floor value(s) a KPI uses, as written for its direction (a number, or `{ min, max }` for a band). */
export function effectiveFloor(kpi: KpiForAttainment): Threshold {
  const r = floorRange(kpi);
  if (kpi.direction === 'higher') return r.min;
  if (kpi.direction === 'lower') return r.max;
  return r;
}

/**
 * Score of a value on one side of the target; `sign` is −1 when failing lies below the target, +1
 * when above. Distances towards failing: 0 at the target, growing past the warning to the floor.
 */
function scoreOnSide(value: number, a: Anchors, sign: 1 | -1, warningScore: number): number {
  const d = (value - a.target) * sign;
  const dw = (a.warning - a.target) * sign;
  const df = (a.floor - a.target) * sign;
  if (d <= 0) return 100;
  if (d <= dw && dw > 0) return 100 - ((100 - warningScore) * d) / dw;
  if (d >= df) return 0;
  const from = dw > 0 ? dw : 0;
  const at = dw > 0 ? warningScore : 100;
  return df > from ? at * (1 - (d - from) / (df - from)) : 0;
}

/** Attainment of `value` on 0–100 (see the rule at the top of this file). */
export function attainment(kpi: KpiForAttainment, value: number): number {
  const ws = kpi.warningScore ?? DEFAULT_WARNING_SCORE;
  const t = thresholdRange(kpi.direction, kpi.target);
  const w = thresholdRange(kpi.direction, kpi.warning);
  const f = floorRange(kpi);
  if (value < t.min) return scoreOnSide(value, { target: t.min, warning: w.min, floor: f.min }, -1, ws);
  if (value > t.max) return scoreOnSide(value, { target: t.max, warning: w.max, floor: f.max }, 1, ws);
  return 100;
}
