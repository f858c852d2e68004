/**
 * Audit findings: only a done audit has findings; each major or minor finding links an improvement
 * action opened within the audit's `actionWithinDays` of the audit; a finding that repeats an
 * earlier one (same unit and SOP or clause, within 12 months) escalates; closing dates in order;
 * the step named exists in the SOP.
 */
import { earlierFinding, findingDate } from '../derive/audits.ts';
import { daysBetween } from '../time/dates.ts';
import type { Rule } from './rule.ts';

export const findings: Rule = {
  name: 'findings',
  run(h, bag) {
    for (const f of h.findings.values()) {
      const o = f.origin;
      const audit = h.audits.get(f.audit);
      if (audit && audit.status !== 'done') {
        bag.report('finding/audit-not-done', o.at(['audit']), `${f.id} is a finding of ${audit.id}, which is ${audit.status}, not done.`, `Record ${audit.id} as done (\`status: done\`, \`done:\`) before its findings, or name the audit that found it.`);
      }
      const day = findingDate(h, f);
      if (f.status === 'closed' && f.closed === undefined) {
        bag.report('finding/closed-date-missing', o.at(['status']), `${f.id} is closed but has no \`closed\` date.`, 'Add `closed:` with the day the auditor verified the correction.');
      } else if (f.status === 'open' && f.closed !== undefined) {
        bag.report('finding/closed-date-missing', o.at(['closed']), `${f.id} has a closing date but its status is open.`, 'Set `status: closed`, or remove the `closed` date.');
      }
      if (f.closed !== undefined && day !== undefined && f.closed < day) {
        bag.report('finding/date-order', o.at(['closed']), `${f.id} is closed on ${f.closed}, before its audit was done (${day}).`, 'Correct the closing date or the audit\'s `done` date.');
      }
      if (f.step !== undefined) {
        const sop = f.sop === undefined ? undefined : h.sops.get(f.sop);
        if (f.sop === undefined) {
          bag.report('finding/unknown-step', o.at(['step']), `${f.id} names the step ${f.step} but no SOP.`, 'Add `sop:` with the SOP the step belongs to, or remove `step`.');
        } else if (sop && !sop.steps.some((s) => s.id === f.step)) {
          bag.report('finding/unknown-step', o.at(['step']), `${f.sop} has no step ${f.step}.`, `Use one of its steps: ${sop.steps.map((s) => s.id).join(', ')}.`);
        }
      }
      if (audit && day !== undefined && f.grade !== 'observation') {
        const limit = audit.actionWithinDays;
        const action = f.action === undefined ? undefined : h.actions.get(f.action);
        if (f.action === undefined) {
          if (daysBetween(day, h.today) > limit) {
            bag.report(
              'finding/action-missing',
              o.at(['grade']),
              `The ${f.grade} finding ${f.id} has no improvement action, ${daysBetween(day, h.today)} days after ${audit.id} (the audit allows ${limit}).`,
              'Open a corrective action (`npm run new -- action`, source audit-finding) and name it in `action:`.',
            );
          }
        } else if (action && daysBetween(day, action.opened) > limit) {
          bag.report(
            'finding/action-late',
            o.at(['action']),
            `${action.id} was opened on ${action.opened}, ${daysBetween(day, action.opened)} days after ${audit.id} was done (${day}); the audit allows ${limit}.`,
            'Say in the action why it started late; keep to `actionWithinDays` for the next audit (or set the time the audit plan allowed).',
          );
        }
      }
      const earlier = earlierFinding(h, f);
      if (earlier && !(f.repeatOf === earlier.id && f.grade === 'major')) {
        const when = findingDate(h, earlier);
        const subject = f.sop !== undefined ? f.sop : `clause ${f.clause}`;
        const treatment = f.grade === 'major' ? 'Name it in `repeatOf:`' : f.grade === 'minor' ? 'A repeated minor finding needs major-finding treatment: grade it `major`, name the earlier one in `repeatOf:`' : 'Grade it at least `minor` (a repeat is `major`), name the earlier one in `repeatOf:`';
        bag.report(
          'finding/repeat',
          o.at(['grade']),
          `${f.id} (${f.grade}) repeats ${earlier.id} (${earlier.grade}, ${when}) on ${subject} in ${f.unit}.`,
          `${treatment} and make sure its action addresses why the earlier correction did not hold.`,
        );
      }
    }
  },
};
