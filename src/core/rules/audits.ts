/**
 * The audit programme (ISO 9001 9.2): an audit's dates and status agree; a planned audit whose month
 * has passed is overdue; auditors never audit their own process or unit; the internal audits of the
 * current programme year (the year of the handbook's day) cover every process area and unit, and
 * high-risk SOPs at least twice (derive/audits.ts decides what is covered and what is high-risk).
 */
import { conflictsOf, HIGH_RISK_AUDITS_PER_YEAR, isOverdue, programmeCoverage, type Conflict } from '../derive/audits.ts';
import type { AuditEntity } from '../model/handbook.ts';
import { plural } from '../text/plural.ts';
import type { Rule } from './rule.ts';

const CONFLICT_WORDS: Record<Conflict['reason'], string> = {
  'sop-owner': 'owns',
  'sop-approver': 'approves',
  'area-owner': 'owns the process area',
  'unit-member': 'works in (or above) the unit',
  'unit-manager': 'manages (the unit above) the unit',
};

/** `a, b and c`. */
function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export const audits: Rule = {
  name: 'audits',
  run(h, bag) {
    for (const a of h.audits.values()) {
      const o = a.origin;
      if (a.status === 'done' && a.done === undefined) {
        bag.report('audit/done-date-missing', o.at(['status']), `${a.id} is done but has no \`done\` date.`, 'Add `done:` with the day of the closing meeting.');
      }
      if (a.status !== 'done' && a.done !== undefined) {
        bag.report('audit/done-date-missing', o.at(['done']), `${a.id} has a \`done\` date but its status is ${a.status}.`, 'Set `status: done`, or remove the `done` date.');
      }
      if (a.done !== undefined) {
        const windowStart = `${a.planned.slice(0, 7)}-01`;
        if (a.done < windowStart) {
          bag.report('audit/date-order', o.at(['done']), `${a.id} is done on ${a.done}, before the month it was planned for (${a.planned.slice(0, 7)}).`, 'Correct the date, or plan the audit for the month it was done in (a programme is not rewritten after the fact: say so in `result`).');
        } else if (a.done > h.today) {
          bag.report('audit/date-order', o.at(['done']), `${a.id} is done on ${a.done}, after today (${h.today}).`, 'Record an audit as done once its closing meeting has taken place; until then keep `status: planned`.');
        }
      }
      if (isOverdue(a, h.today)) {
        bag.report('audit/overdue', o.at(['planned']), `${a.id} was planned for ${a.planned} and is not done.`, 'Record it as done (`status: done`, `done:`), plan it again with a new date, or set `status: cancelled` and say why in `result`.');
      }
      if (a.type === 'internal' && a.lead === undefined) {
        bag.report('audit/lead-missing', o.atKey(['type']), `The internal audit ${a.id} names no lead auditor.`, 'Add `lead:` with the person of the internal-control team who leads it (data/people.yaml).');
      }
      checkIndependence(h, a, bag);
    }
    checkProgramme(h, bag);
  },
};

function checkIndependence(h: Parameters<Rule['run']>[0], a: AuditEntity, bag: Parameters<Rule['run']>[1]): void {
  const team: Array<[string, (string | number)[]]> = [];
  if (a.lead !== undefined) team.push([a.lead, ['lead']]);
  a.auditors.forEach((p, i) => team.push([p, ['auditors', i]]));
  for (const [person, path] of team) {
    if (!h.people.has(person)) continue;
    const conflicts = conflictsOf(h, a, person);
    if (conflicts.length === 0) continue;
    const what = list(conflicts.map((c) => `${CONFLICT_WORDS[c.reason]} ${c.id}`));
    bag.report(
      'audit/auditor-not-independent',
      a.origin.at(path),
      `${person} audits their own work in ${a.id}: ${person} ${what}.`,
      'Choose an auditor who neither owns nor approves the SOPs audited, owns no area audited and works in no unit audited (ISO 9001 9.2.2: auditors do not audit their own work), or narrow the scope.',
    );
  }
}

/** The programme of the handbook's year: every area and unit covered, high-risk SOPs at least twice. */
function checkProgramme(h: Parameters<Rule['run']>[0], bag: Parameters<Rule['run']>[1]): void {
  const year = h.today.slice(0, 4);
  const cover = programmeCoverage(h, year);
  const first = [...cover.audits].sort((x, y) => x.planned.localeCompare(y.planned) || x.id.localeCompare(y.id))[0];
  if (!first) return;
  const at = first.origin.at(['scope']);
  if (cover.areasNotCovered.length > 0 || cover.unitsNotCovered.length > 0) {
    const parts = [
      cover.areasNotCovered.length > 0 ? `the ${cover.areasNotCovered.length === 1 ? 'process area' : 'process areas'} ${list(cover.areasNotCovered)}` : undefined,
      cover.unitsNotCovered.length > 0 ? `the ${cover.unitsNotCovered.length === 1 ? 'unit' : 'units'} ${list(cover.unitsNotCovered)}` : undefined,
    ].filter((p): p is string => p !== undefined);
    bag.report(
      'audit/programme-gap',
      at,
      `No internal audit of the ${year} programme covers ${list(parts)}.`,
      `Plan an internal audit of each before the end of ${year} (data/audits/), or widen the scope of a planned one.`,
    );
  }
  for (const { sop, audits: ids } of cover.highRiskUnder) {
    bag.report(
      'audit/high-risk-under-audited',
      at,
      `${sop} is high-risk (staff are assessed on it) but the ${year} programme audits it ${ids.length === 0 ? 'never' : `${plural(ids.length, 'time')} (${list(ids)})`}; high-risk SOPs are audited at least ${plural(HIGH_RISK_AUDITS_PER_YEAR, 'time')} a year.`,
      `Add ${sop} to the \`scope.sops\` of another internal audit of ${year}.`,
    );
  }
}
