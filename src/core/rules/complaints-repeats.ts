/**
 * Repeat complaints rising (`derive/repeat-complaints.ts`): a unit whose repeat share signals a rise
 * on its p′ chart at its latest month, or is above the ceiling over the last three months beyond
 * sampling noise, is a
 * warning at the `repeat` count of its latest month.
 */
import type { RepeatComplaintWatch } from '../model/handbook.ts';
import type { Rule } from './rule.ts';

const RULE_NAMES: Record<string, string> = { we1: 'rule 1', we2: 'rule 2', we3: 'rule 3', we4: 'rule 4', trend: 'the trend rule' };

const pct = (x: number) => `${Math.round(x * 10) / 10} %`;

/** What flagged the unit, in a sentence. */
export function repeatFinding(w: RepeatComplaintWatch): string {
  const { window: win } = w;
  const share = win.share === null ? '' : ` (${pct(win.share)}, 95 % interval ${pct(win.lower!)} to ${pct(win.upper!)})`;
  const parts = [`${w.unit} had ${win.repeat} repeat ${win.repeat === 1 ? 'complaint' : 'complaints'} of ${win.received} received in ${win.from} to ${win.to}${share}`];
  if (w.aboveCeiling) parts.push(`above the ceiling of ${pct(w.ceiling)} beyond sampling noise`);
  if (w.signals.length > 0) {
    const byMonth = new Map<string, string[]>();
    for (const s of w.signals) byMonth.set(s.month, [...(byMonth.get(s.month) ?? []), RULE_NAMES[s.rule] ?? s.rule]);
    const where = [...byMonth].map(([m, rules]) => `${m} (${rules.join(', ')})`).join(' and ');
    parts.push(`its ${w.chart === 'p-prime' ? 'p′' : 'p'} chart (centre ${pct(w.centre ?? 0)}) signals a rise in ${where}, rising since ${w.signallingSince}`);
  }
  return `${parts.join('; ')}.`;
}

export const complaintsRepeats: Rule = {
  name: 'complaints-repeats',
  run(h, bag) {
    for (const w of h.derived.repeatComplaints) {
      if (!w.flagged) continue;
      const month = w.months.at(-1)!.month;
      const entry = h.complaints.find((c) => c.unit === w.unit && c.month === month && c.repeat !== undefined);
      if (!entry) continue;
      bag.report(
        'complaints/repeat-share',
        entry.origin.at(['repeat']),
        repeatFinding(w),
        'Repeat complaints mean the first solution did not hold: look at the repeat cases in the CRM for a common cause, and open an improvement action (or name the one that covers it). The ceiling is `complaints.repeatCeiling` in data/check-settings.yaml.',
      );
    }
  },
};
