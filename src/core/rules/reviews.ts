/**
 * Periodic review (ISO 9001 7.5.2/7.5.3): the next review falls due `reviewIntervalMonths` after
 * the last review (or the effective date; `reviews/status.ts`). Overdue reviews are warnings
 * (errors with --strict); reviews due within 30 days are noted.
 */
import { controlledDocuments } from '../control/document.ts';
import { reviewOf } from '../reviews/status.ts';
import type { Rule } from './rule.ts';

export const reviews: Rule = {
  name: 'reviews',
  run(h, bag) {
    for (const sop of controlledDocuments(h)) {
      const { due, daysLeft, state } = reviewOf(sop, h.today);
      if (due === undefined || daysLeft === undefined) continue;
      if (state === 'overdue') {
        bag.report(
          'review/overdue',
          sop.origin.at([sop.lastReviewed ? 'lastReviewed' : 'effective']),
          `The periodic review of ${sop.id} was due on ${due} (${-daysLeft} days ago).`,
          `${sop.owner} should review it: if nothing needs to change, set \`lastReviewed: ${h.today}\`; otherwise raise the version and add a change-log entry.`,
        );
      } else if (state === 'due-soon') {
        bag.report('review/due-soon', sop.origin.at([sop.lastReviewed ? 'lastReviewed' : 'effective']), `The periodic review of ${sop.id} is due on ${due} (in ${daysLeft} days).`, `Plan the review with ${sop.owner}.`);
      }
    }
  },
};
