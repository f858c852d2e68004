/**
 * Improvement actions (ISO 9001 10.2): dates in order, closed only with an effectiveness
 * evaluation, and flagged when past their deadline.
 */
import type { Rule } from './rule.ts';

export const actions: Rule = {
  name: 'actions',
  run(h, bag) {
    for (const a of h.actions.values()) {
      const o = a.origin;
      if (a.due < a.opened) bag.report('action/date-order', o.at(['due']), `The due date ${a.due} is before the action was opened (${a.opened}).`, 'Correct one of the two dates.');
      if (a.closed && a.closed < a.opened) bag.report('action/date-order', o.at(['closed']), `The closing date ${a.closed} is before the action was opened (${a.opened}).`, 'Correct one of the two dates.');
      if (a.opened > h.today) bag.report('action/date-order', o.at(['opened']), `The action is opened on ${a.opened}, after today (${h.today}).`, 'Record actions once they are opened.');
      if (a.stage === 'closed') {
        if (!a.closed) bag.report('action/closed-date-missing', o.atKey(['stage']), `${a.id} is closed but has no \`closed\` date.`, 'Add `closed:` with the date the action was closed.');
        const missing = [a.evaluation.result === undefined ? 'result' : undefined, a.evaluation.effective === undefined ? 'effective' : undefined].filter(Boolean);
        if (missing.length > 0) {
          bag.report(
            'action/closed-without-evaluation',
            o.atKey(['evaluation']),
            `${a.id} is closed, but its effectiveness evaluation has no ${missing.join(' or ')}.`,
            'Before closing, record under `evaluation` what was found (`result`) and whether the goal was met (`effective: true` or `false`). Otherwise keep the stage at `check`.',
          );
        }
      } else if (a.closed) {
        bag.report('action/closed-date-missing', o.at(['closed']), `${a.id} has a closing date but its stage is ${a.stage}.`, 'Set `stage: closed` (after the evaluation), or remove the `closed` date.');
      }
      a.overdue = a.stage !== 'closed' && a.due < h.today;
      if (a.overdue) {
        bag.report('action/overdue', o.at(['due']), `${a.id} was due on ${a.due} and is still in stage ${a.stage}.`, `${a.owner} should complete it or agree a new \`due\` date (keep the reason in the commit message).`);
      }
    }
  },
};
