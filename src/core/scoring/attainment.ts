/**
 * Attainment: how close a value comes to its KPI's target, normalised to 0–100 % so that KPIs in
 * different units can be averaged in a composite score. The rule, applied to every KPI (and
 * repeated in each composite result as `NORMALISATION`):
 *
 *  - higher is better: (value − scale.min) / (target − scale.min), capped at 100 %, floored at 0.
 *    With a scale starting at 0 this is value / target (CSAT 79.4 against 85 → 93.4 %). For scales
 *    that go negative (NPS −100…100) it is the position between the scale's minimum and the target
 *    (NPS −5 against 40 → 95/140 = 67.9 %).
 *  - lower is better: (target − scale.min) / (value − scale.min), capped at 100 %: target / value on
 *    a scale from 0 (2.2 complaints per 1,000 against 2.0 → 90.9 %; a value of 0 → 100 %).
 *  - band: 100 % inside the target band; below it as higher-is-better towards the band's min; above
 *    it as lower-is-better towards the band's max.
 * A value at or beyond the target always scores 100 %: overshooting one KPI cannot make up for
 * another.
 */
import type { Kpi } from '../schema/kpi.ts';
import { targetRange } from './target.ts';

export const NORMALISATION =
  'Attainment = (value − scale min) ÷ (target − scale min) when higher is better, (target − scale min) ÷ (value − scale min) when lower is better (value ÷ target and target ÷ value on scales from 0), 100 % inside a target band; capped at 100 %, floored at 0 %.';

export type KpiForAttainment = Pick<Kpi, 'direction' | 'target' | 'warning' | 'scale'>;

const clamp = (x: number) => Math.min(1, Math.max(0, x));

function towardsFloor(value: number, target: number, min: number): number {
  // Higher is better: position between the scale minimum and the target.
  if (value >= target) return 1;
  const span = target - min;
  return span > 0 ? clamp((value - min) / span) : 0;
}

function towardsCeiling(value: number, target: number, min: number): number {
  // Lower is better: the target's distance from the scale minimum over the value's.
  if (value <= target) return 1;
  const over = value - min;
  return over > 0 ? clamp((target - min) / over) : 1;
}

/** Attainment of `value` in percent (0–100); null when the scale has no finite minimum. */
export function attainment(kpi: KpiForAttainment, value: number): number | null {
  const min = kpi.scale.min;
  if (!Number.isFinite(min)) return null;
  const range = targetRange(kpi);
  let a: number;
  if (kpi.direction === 'higher') a = towardsFloor(value, range.min, min);
  else if (kpi.direction === 'lower') a = towardsCeiling(value, range.max, min);
  else if (value < range.min) a = towardsFloor(value, range.min, min);
  else if (value > range.max) a = towardsCeiling(value, range.max, min);
  else a = 1;
  return a * 100;
}
