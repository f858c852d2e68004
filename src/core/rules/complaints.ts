/**
 * The complaint and feedback register's own arithmetic: each breakdown (channel, cause, severity)
 * adds up to the complaints received; no promise is kept more often than it applied, nor applied
 * to more complaints than were received; the major complaints listed are as many as the severity
 * count says; the 90th percentile of resolution time is not below its median; one entry per unit
 * and month, for months that are over.
 */
import type { DiagnosticBag } from '../diagnostics/diagnostic.ts';
import type { ComplaintEntity, Handbook } from '../model/handbook.ts';
import { parsePeriod } from '../time/period.ts';
import type { Rule } from './rule.ts';

const BREAKDOWNS = [
  ['channels', 'channel'],
  ['causes', 'cause'],
  ['severity', 'severity grade'],
] as const;

const sum = (counts: Readonly<Record<string, number | undefined>>): number => Object.values(counts).reduce<number>((a, b) => a + (b ?? 0), 0);

export const complaints: Rule = {
  name: 'complaints',
  run(h, bag) {
    const seen = new Map<string, ComplaintEntity>();
    for (const c of h.complaints) {
      const key = `${c.unit}\u0000${c.month}`;
      const first = seen.get(key);
      if (first) {
        const at = first.origin.at(['unit']);
        bag.report('complaints/duplicate', c.origin.at(['unit']), `A second register entry for ${c.unit} in ${c.month} (the first is at ${at.file}:${at.line}).`, 'Keep one entry per unit and month: add the counts together or remove the copy.');
        continue;
      }
      seen.set(key, c);
      checkMonth(h, c, bag);
      checkBreakdowns(c, bag);
      checkPromises(c, bag);
      checkMajorCount(c, bag);
      checkResolution(c, bag);
    }
  },
};

function checkMonth(h: Handbook, c: ComplaintEntity, bag: DiagnosticBag): void {
  const period = parsePeriod(c.month, 'monthly');
  if (period && period.end >= h.today) {
    bag.report('complaints/future-month', c.origin.at(['month']), `The month ${c.month} ends on ${period.end}; it is not over yet (today is ${h.today}).`, 'Copy a month\'s figures from the CRM once the month has ended. Check the year and month.');
  }
}

function checkBreakdowns(c: ComplaintEntity, bag: DiagnosticBag): void {
  for (const [field, what] of BREAKDOWNS) {
    const counts = c[field] as Readonly<Record<string, number | undefined>>;
    if (Object.keys(counts).length === 0) continue;
    const total = sum(counts);
    if (total !== c.received) {
      bag.report(
        'complaints/count-mismatch',
        c.origin.at([field]),
        `The complaints per ${what} add up to ${total}, but ${c.received} were received (${c.unit}, ${c.month}).`,
        total > c.received ? `Every complaint has one ${what}: correct the counts so that they add up to \`received\`.` : `Count every complaint under one ${what} (use \`other\` if none fits) so that they add up to \`received\`.`,
      );
    }
  }
  for (const field of ['reopened', 'repeat'] as const) {
    const value = c[field];
    if (value !== undefined && value > c.received) {
      bag.report('complaints/count-exceeds', c.origin.at([field]), `${value} ${field} complaints, but only ${c.received} were received (${c.unit}, ${c.month}).`, `\`${field}\` counts complaints among those received in the month: it cannot be larger than \`received\`.`);
    }
  }
}

function checkPromises(c: ComplaintEntity, bag: DiagnosticBag): void {
  const groups = [
    { path: ['promises'], promises: c.promises, received: c.received, what: 'complaints received' },
    ...(c.feedback ? [{ path: ['feedback', 'promises'], promises: c.feedback.promises, received: c.feedback.received, what: 'suggestions received' }] : []),
  ];
  for (const g of groups) {
    for (const [standard, p] of Object.entries(g.promises)) {
      const path = [...g.path, standard];
      if (p.kept > p.of) {
        bag.report('complaints/count-exceeds', c.origin.at([...path, 'kept']), `The promise of ${standard} was kept ${p.kept} times of ${p.of} (${c.unit}, ${c.month}).`, '`kept` counts cases among `of`: it cannot be larger.');
      }
      if (p.of > g.received) {
        bag.report('complaints/count-exceeds', c.origin.at([...path, 'of']), `The promise of ${standard} applied to ${p.of} cases, but only ${g.received} ${g.what} (${c.unit}, ${c.month}).`, `\`of\` counts cases among the ${g.what}: it cannot be larger.`);
      }
    }
  }
}

function checkMajorCount(c: ComplaintEntity, bag: DiagnosticBag): void {
  const graded = c.severity.major;
  if (graded === undefined && c.major.length === 0) return;
  if ((graded ?? 0) !== c.major.length) {
    bag.report(
      'complaints/major-not-listed',
      c.origin.at(graded === undefined ? ['major'] : ['severity', 'major']),
      `${graded ?? 0} complaints are graded major, but ${c.major.length} ${c.major.length === 1 ? 'is' : 'are'} listed under \`major\` (${c.unit}, ${c.month}).`,
      'List every major complaint by its ticket id with the corrective action it opened, and make `severity.major` their number.',
    );
  }
}

function checkResolution(c: ComplaintEntity, bag: DiagnosticBag): void {
  const r = c.resolutionHours;
  if (r && r.p90 < r.median) {
    bag.report('complaints/percentile-below-median', c.origin.at(['resolutionHours', 'p90']), `The 90th percentile of resolution time (${r.p90} h) is below its median (${r.median} h) (${c.unit}, ${c.month}).`, 'Nine in ten complaints closed within the 90th percentile, half within the median: p90 is at least the median. Check whether the two are swapped.');
  }
}
