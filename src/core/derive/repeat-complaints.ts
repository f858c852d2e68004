/**
 * Repeat complaints watched for a rise (ISO 10002 8.4: complaints that come back mean the first
 * solution did not hold). Per unit, the monthly share repeat ÷ received of the complaint register is
 * a proportion with its sample size: it goes on the core's attribute control chart
 * (`scoring/spc.ts`: a p-chart, made Laney p′ when the months vary more than binomial sampling
 * explains, baseline the first 12 months), with the run rules the KPI early warnings use
 * (`rule-sets.ts`' default: rule 1, rule 2 and the trend rule); only rises count. A unit is flagged
 * when a rise signals at its latest month, or when its share over the register's last three months,
 * pooled, is above the ceiling (`complaints.repeatCeiling` in data/check-settings.yaml, default
 * 5 %) beyond sampling noise: the Wilson 95 % interval of the pooled share lies wholly above it, so
 * that a small unit with a few repeats more than usual is left to its chart.
 *
 * On realistic noise (test/core/derive/repeat-complaints.test.ts: 2–3 % repeats, 40–130 complaints
 * a month, binomial counts with over-dispersion between months) a stable unit is flagged in 1.9 % of
 * the months it is judged (about once in four and a half years), and a rise from 2.5 % to 7 % is
 * flagged within three months in 75 % of runs (60 % with 40 complaints a month, 91 % with 130) and
 * within six in 92 %.
 */
import type { Handbook, RepeatComplaintWatch } from '../model/handbook.ts';
import { checkSettingsOf } from '../schema/check-settings.ts';
import type { KpiForChart } from '../scoring/spc.ts';
import { pChart } from '../scoring/spc.ts';
import type { SeriesPoint } from '../scoring/series.ts';
import { wilsonInterval } from '../scoring/intervals.ts';
import { parsePeriod, previousPeriod } from '../time/period.ts';

/** The register's months a unit is judged on: the latest three. */
export const REPEAT_WINDOW_MONTHS = 3;

/** The share as the chart reads it: a proportion in percent, lower is better (target and warning only name the direction). */
const REPEAT_SHARE: KpiForChart = { method: 'percentage', direction: 'lower', target: 0, warning: 0 };

export interface RepeatMonth {
  month: string;
  repeat: number;
  received: number;
}

/** Judges one unit's months (oldest first, any gaps) at the window `from`–`to` against `ceiling` (percent). */
export function watchRepeats(unit: string, months: readonly RepeatMonth[], window: { from: string; to: string }, ceiling: number): RepeatComplaintWatch {
  const points: SeriesPoint[] = months.map((m) => ({ period: parsePeriod(m.month, 'monthly')!, value: m.received > 0 ? (100 * m.repeat) / m.received : null, n: m.received > 0 ? m.received : null, note: null }));
  const chart = pChart(REPEAT_SHARE, points);
  const inWindow = months.filter((m) => m.month >= window.from && m.month <= window.to);
  const repeat = inWindow.reduce((s, m) => s + m.repeat, 0);
  const received = inWindow.reduce((s, m) => s + m.received, 0);
  const share = received > 0 ? (100 * repeat) / received : null;
  const rises = chart.kind === 'none' ? [] : chart.signals.filter((s) => s.unfavourable);
  const signals = rises.filter((s) => s.period >= window.from && s.period <= window.to).map((s) => ({ month: s.period, rule: s.rule }));
  const latest = months.at(-1)?.month;
  const signalsNow = latest !== undefined && latest >= window.from && signals.some((s) => s.month === latest);
  const interval = share === null ? null : wilsonInterval(share, received);
  const aboveCeiling = interval !== null && interval.lower > ceiling;
  return {
    unit,
    months,
    window: { ...window, repeat, received, share, lower: interval?.lower ?? null, upper: interval?.upper ?? null },
    chart: chart.kind === 'none' ? 'none' : chart.kind === 'p-prime' ? 'p-prime' : 'p',
    centre: chart.kind === 'none' ? null : chart.centre,
    upper: chart.kind === 'none' ? null : (chart.points.at(-1)?.upper ?? null),
    signals,
    signalsNow,
    signallingSince: signals.length === 0 ? undefined : runStart([...new Set(rises.map((s) => s.period))].sort(), signals.at(-1)!.month),
    ceiling,
    aboveCeiling,
    flagged: signalsNow || aboveCeiling,
  };
}

/** The first month of the run of signal months ending at `last`, where each is at most three months after the one before. */
function runStart(months: readonly string[], last: string): string {
  let i = months.indexOf(last);
  while (i > 0 && monthsBetween(months[i - 1]!, months[i]!) <= REPEAT_WINDOW_MONTHS) i--;
  return months[i]!;
}

function monthsBetween(a: string, b: string): number {
  const [ya, ma] = a.split('-').map(Number) as [number, number];
  const [yb, mb] = b.split('-').map(Number) as [number, number];
  return (yb - ya) * 12 + (mb - ma);
}

/** The repeat-complaint watch of every unit that records repeats, in the register's order of units. */
export function deriveRepeatComplaints(h: Pick<Handbook, 'complaints' | 'checkSettings'>): RepeatComplaintWatch[] {
  const ceiling = checkSettingsOf(h.checkSettings).complaints.repeatCeiling;
  const byUnit = new Map<string, RepeatMonth[]>();
  let last: string | undefined;
  for (const c of h.complaints) {
    if (c.repeat === undefined) continue;
    const list = byUnit.get(c.unit) ?? byUnit.set(c.unit, []).get(c.unit)!;
    if (list.some((m) => m.month === c.month)) continue; // a duplicate entry is reported as complaints/duplicate
    list.push({ month: c.month, repeat: c.repeat, received: c.received });
    if (last === undefined || c.month > last) last = c.month;
  }
  const to = last === undefined ? undefined : parsePeriod(last, 'monthly');
  if (!to) return [];
  let from = to;
  for (let i = 1; i < REPEAT_WINDOW_MONTHS; i++) from = previousPeriod(from);
  return [...byUnit].map(([unit, months]) => watchRepeats(unit, months.sort((a, b) => (a.month < b.month ? -1 : 1)), { from: from.key, to: to.key }, ceiling));
}
