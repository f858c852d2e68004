/**
 * Improvement actions (ISO 9001 10.2): dates in order, closed only with an effectiveness
 * evaluation, flagged when past their deadline; evaluated by someone other than the owner; an
 * `effective: true` checked against the action's criterion recomputed from the measurements; and a
 * renewed miss within six months of an effective closure flagged as a recurrence
 * (scoring/effectiveness.ts).
 */
import { evaluateCriterion, recurrencesOf, RECURRENCE_MONTHS } from '../scoring/effectiveness.ts';
import { plural } from '../text/plural.ts';
import type { Rule } from './rule.ts';

const STATUS_WORDS = { 'at-risk': 'at risk', 'off-target': 'off target' } as Record<string, string>;

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
      if (a.evaluation.evaluator !== undefined && a.evaluation.evaluator === a.owner) {
        bag.report(
          'action/evaluator-is-owner',
          o.at(['evaluation', 'evaluator']),
          `${a.id} is evaluated by its own owner (${a.owner}).`,
          'Name as `evaluator` someone who did not run the action, e.g. the quality manager or the process owner of another unit (ISO 9001: effectiveness is judged impartially).',
        );
      }
      const judged = h.kpis.has(a.evaluation.criterion?.kpi ?? '') ? evaluateCriterion(h, a) : null;
      if (judged && a.evaluation.effective === true) {
        if (judged.outcome === 'unmet') {
          const misses = judged.rule === 'pooled' ? [] : judged.values.filter((v) => v.status === 'at-risk' || v.status === 'off-target');
          const shown = misses.slice(0, 3).map((v) => `${v.unit} ${v.period}: ${Math.round((v.value ?? 0) * 100) / 100}`).join('; ');
          const more = misses.length > 3 ? ` and ${misses.length - 3} more` : '';
          const found = judged.rule === 'pooled' ? `the pooled value is ${judged.pooled === null ? 'missing' : Math.round(judged.pooled * 100) / 100}` : `${plural(misses.length, 'value')} missed it (${shown}${more})`;
          bag.report(
            'action/effectiveness-contradicted',
            o.at(['evaluation', 'effective']),
            `${a.id} is marked effective, but the data do not meet its criterion: ${judged.description}; ${found}.`,
            'Set `effective: false` and say in `result` what was learnt (and open a follow-up action), or correct the criterion if it does not say what the action set out to achieve.',
          );
        } else if (judged.outcome !== 'met') {
          bag.report(
            'action/effectiveness-unverified',
            o.at(['evaluation', 'effective']),
            `${a.id} is marked effective, but its criterion cannot be judged yet: ${judged.description}; ${judged.outcome === 'pending' ? 'some of those periods have not ended' : 'some of those values are missing'}.`,
            'Keep the action at stage `check` until the data are in, or report the missing values.',
          );
        }
      }
      for (const r of recurrencesOf(h, a)) {
        bag.report(
          'action/recurrence',
          o.at(['evaluation', 'effective']),
          `${a.id} was closed as effective on ${r.closed}, but ${r.kpi} at ${r.unit} is ${STATUS_WORDS[r.status] ?? r.status} again in ${r.period} (${Math.round(r.value * 100) / 100}), within ${RECURRENCE_MONTHS} months.`,
          'Open a new action on the recurrence (naming this one in its goal), or reopen this one at stage `act`; check whether the root cause was the real one.',
        );
      }
      if (a.overdue) {
        bag.report('action/overdue', o.at(['due']), `${a.id} was due on ${a.due} and is still in stage ${a.stage}.`, `${a.owner} should complete it or agree a new \`due\` date (keep the reason in the commit message).`);
      }
    }
  },
};
