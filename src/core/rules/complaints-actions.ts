/**
 * Every major complaint opened a corrective action in time: the action it names exists (the
 * references rule says when not), and was opened no earlier than the day the complaint was logged
 * and no later than the complaint procedure's time limits allow (grading, then opening the
 * action: SOP-CS-001's S3 and S4, read from the SOP). Dates are whole days, so the limit is
 * rounded up to whole days after the day of logging.
 */
import type { Handbook } from '../model/handbook.ts';
import { COMPLAINT_REGISTER_TIES } from '../model/kinds/complaint.ts';
import { dayNumber } from '../time/dates.ts';
import { durationMinutes, formatMinutes } from '../time/duration.ts';
import type { Rule } from './rule.ts';

/** A decision on whether a complaint is major, in either language. */
const MAJOR_QUESTION = /\bmajor\b|重大/i;
const YES = /^\s*(yes|是)/i;

/**
 * The procedure's time from logging a major complaint to its corrective action: the limit of the
 * step that decides whether a complaint is major (if it has one) plus that of the step its "yes"
 * leads to, in the complaint procedure (COMPLAINT_REGISTER_TIES); with the steps it is read from.
 * Undefined when the SOP, the decision or the second step's limit is missing.
 */
export function correctiveActionLimit(h: Pick<Handbook, 'sops'>): { minutes: number; days: number; explained: string } | undefined {
  const sop = h.sops.get(COMPLAINT_REGISTER_TIES.complaintProcedure);
  const decision = sop?.steps.find((s) => s.decision !== undefined && MAJOR_QUESTION.test(s.decision.question));
  if (!sop || !decision?.decision) return undefined;
  const yes = decision.decision.options.find((o) => YES.test(o.label)) ?? decision.decision.options[0];
  const opening = sop.steps.find((s) => s.id === yes?.next);
  const opens = opening?.timeLimit === undefined ? undefined : durationMinutes(opening.timeLimit);
  if (!opening || opens === undefined) return undefined;
  const decides = decision.timeLimit === undefined ? 0 : (durationMinutes(decision.timeLimit) ?? 0);
  const minutes = decides + opens;
  const parts = [...(decides > 0 ? [`${decision.id} ${formatMinutes(decides)}`] : []), `${opening.id} ${formatMinutes(opens)}`];
  return { minutes, days: Math.ceil(minutes / 1440), explained: `${sop.id} ${parts.join(' + ')}` };
}

export const complaintsActions: Rule = {
  name: 'complaints-actions',
  run(h, bag) {
    const limit = correctiveActionLimit(h);
    for (const c of h.complaints) {
      c.major.forEach((major, i) => {
        const action = h.actions.get(major.action);
        if (!action || !limit) return;
        const days = dayNumber(action.opened) - dayNumber(major.logged);
        if (days >= 0 && days <= limit.days) return;
        bag.report(
          'complaints/action-not-in-time',
          c.origin.at(['major', i, 'action']),
          days < 0
            ? `The major complaint ${major.ticket} was logged on ${major.logged}, but ${action.id} was opened on ${action.opened}, before it.`
            : `The major complaint ${major.ticket} was logged on ${major.logged}; ${action.id} was opened on ${action.opened}, ${days} days later. The complaint procedure allows ${formatMinutes(limit.minutes)} (${limit.explained}): by ${limit.days === 1 ? 'the next day' : `${limit.days} days after the day of logging`}.`,
          days < 0
            ? 'Name the corrective action this complaint opened (improvement action, source `complaint`), or correct the date it was logged.'
            : 'Open a corrective action as containment within the limit and name it here (a later action for the root cause can follow), or correct the dates.',
        );
      });
    }
  },
};
