/**
 * Run rules on a control chart (DOMAIN.md §4): the four Western Electric rules and Nelson's trend
 * rule. The rules read points that already carry their centre line, sigma and control limits, so
 * they work the same on an XmR chart (constant limits) and a p-chart (limits varying with n).
 *
 *  - `we1`   one point beyond the control limits (3σ; on an XmR chart centre ± 2.660·MR̄);
 *  - `we2`   two of three successive points beyond 2σ on the same side;
 *  - `we3`   four of five successive points beyond 1σ on the same side;
 *  - `we4`   eight successive points on the same side of the centre line;
 *  - `trend` six successive points each higher (or each lower) than the one before (Nelson).
 *
 * "Beyond" is strict: a point exactly on a zone line is not beyond it, and a point exactly on the
 * centre line is on neither side (it breaks a `we4` run). Equal successive values break a trend.
 * A signal is reported at every point that completes the pattern and is itself one of the points
 * that make it (so a run of ten on one side fires `we4` at its 8th, 9th and 10th point); the
 * earliest signal of a run is the early warning. At the start of a series a window may be shorter
 * when the pattern is already certain (the first two points both beyond 2σ already are two of three).
 *
 * Points are the successive available values: missing periods and null values are skipped, not
 * treated as breaking a run; a signal whose points straddle such a gap says so (`spansGap`).
 */
import type { LocalizedText } from '../schema/common.ts';
import { SIGNAL_RULES, type SignalRule } from '../schema/control-chart.ts';
import type { KpiThresholds } from './target.ts';
import { distanceOutside, targetRange } from './target.ts';

export { SIGNAL_RULES, type SignalRule } from '../schema/control-chart.ts';

/** Most serious rule first: rule 1, 2, 3, 4, then the trend rule (the order of signals in every list and export). */
export const SIGNAL_ORDER_OF: Record<SignalRule, number> = { we1: 0, we2: 1, we3: 2, we4: 3, trend: 4 };

/** Which side of the centre line (WE rules) or which way the points move (trend). */
export type SignalSide = 'above' | 'below' | 'rising' | 'falling';

export interface Signal {
  rule: SignalRule;
  /** The period at which the pattern is complete. */
  period: string;
  /** The periods of the points that make the pattern, oldest first. */
  points: string[];
  side: SignalSide;
  /** True when the points moved the way that is bad for the KPI; an improvement signal is false. */
  unfavourable: boolean;
  /** True when a missing or null period lies between the points involved. */
  spansGap: boolean;
  description: string;
  /** True when a value it needs is provisional (not final yet): the signal may still go away. */
  provisional?: boolean;
  /** Set when the signal was acknowledged in data with its assignable cause. */
  acknowledgement?: SignalAcknowledgement;
}

/** Who acknowledged a signal, when, and its assignable cause. */
export interface SignalAcknowledgement {
  /** A person id. */
  by: string;
  /** The date, `YYYY-MM-DD`. */
  on: string;
  cause: LocalizedText;
}

/** A chart point as the rules read it. */
export interface RulePoint {
  period: string;
  value: number;
  centre: number;
  sigma: number;
  lower: number;
  upper: number;
  /** Number of periods skipped (missing or null) since the previous point. */
  gapBefore: number;
}

export const RULE_DESCRIPTIONS: Record<SignalRule, string> = {
  we1: 'One point beyond the control limits (3σ).',
  we2: 'Two of three successive points beyond 2σ on the same side.',
  we3: 'Four of five successive points beyond 1σ on the same side.',
  we4: 'Eight successive points on the same side of the centre line.',
  trend: 'Six successive points steadily rising or falling.',
};

type Side = 'above' | 'below';

const beyondSigma = (p: RulePoint, k: number, side: Side) =>
  side === 'above' ? p.value > p.centre + k * p.sigma : p.value < p.centre - k * p.sigma;

const beyondLimit = (p: RulePoint, side: Side) => (side === 'above' ? p.value > p.upper : p.value < p.lower);

const onSide = (p: RulePoint, side: Side) => (side === 'above' ? p.value > p.centre : p.value < p.centre);

/**
 * Whether a signal is bad news. Higher is better: below / falling is unfavourable; lower is better:
 * above / rising. Band: the last point involved lies farther from the target band than the
 * reference (the centre line for WE rules, the first point of the run for a trend).
 */
function isUnfavourable(kpi: KpiThresholds, side: SignalSide, last: number, reference: number): boolean {
  if (kpi.direction === 'band') {
    const band = targetRange(kpi);
    return distanceOutside(last, band) > distanceOutside(reference, band);
  }
  const up = side === 'above' || side === 'rising';
  return kpi.direction === 'higher' ? !up : up;
}

/** Every signal of the rules in `rules` (default: all five) on `points` (successive available values, oldest first). */
export function detectSignals(kpi: KpiThresholds, points: readonly RulePoint[], rules: readonly SignalRule[] = SIGNAL_RULES): Signal[] {
  const signals: Signal[] = [];
  const wanted = new Set(rules);
  const emit = (rule: SignalRule, i: number, involved: number[], side: SignalSide, reference: number) => {
    if (!wanted.has(rule)) return;
    const p = points[i]!;
    signals.push({
      rule,
      period: p.period,
      points: involved.map((j) => points[j]!.period),
      side,
      unfavourable: isUnfavourable(kpi, side, p.value, reference),
      spansGap: involved.slice(1).some((j) => points[j]!.gapBefore > 0),
      description: RULE_DESCRIPTIONS[rule],
    });
  };
  const sides: Side[] = ['above', 'below'];
  const run: Record<Side, number> = { above: 0, below: 0 };
  let rising = 1;
  let falling = 1;

  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    for (const side of sides) {
      // Rule 1: this point beyond the control limit.
      if (beyondLimit(p, side)) emit('we1', i, [i], side, p.centre);
      // Rules 2 and 3: k of the last m points beyond nσ on this side, this point among them.
      for (const [rule, k, m, n] of [
        ['we2', 2, 3, 2],
        ['we3', 4, 5, 1],
      ] as const) {
        if (!beyondSigma(p, n, side)) continue;
        const involved: number[] = [];
        for (let j = Math.max(0, i - m + 1); j <= i; j++) if (beyondSigma(points[j]!, n, side)) involved.push(j);
        if (involved.length >= k) emit(rule, i, involved, side, p.centre);
      }
      // Rule 4: eight in a row on this side of the centre line.
      run[side] = onSide(p, side) ? run[side] + 1 : 0;
      if (run[side] >= 8) emit('we4', i, range(i - 7, i), side, p.centre);
    }
    // Trend: six points, each strictly higher (or lower) than the one before.
    if (i > 0) {
      const prev = points[i - 1]!.value;
      rising = p.value > prev ? rising + 1 : 1;
      falling = p.value < prev ? falling + 1 : 1;
      if (rising >= 6) emit('trend', i, range(i - 5, i), 'rising', points[i - 5]!.value);
      if (falling >= 6) emit('trend', i, range(i - 5, i), 'falling', points[i - 5]!.value);
    }
  }
  return signals;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);
