/**
 * Periodic review (ISO 9001 7.5.2/7.5.3): the next review falls due `reviewIntervalMonths` after
 * the last review (or the effective date). Overdue reviews are warnings (errors with --strict);
 * reviews due within 30 days are noted.
 */
import type { ReviewStatus } from '../model/handbook.ts';
import { addMonths, daysBetween } from '../time/dates.ts';
import { controlledDocuments, sopOf } from '../control/document.ts';
import type { Rule } from './rule.ts';

export const DUE_SOON_DAYS = 30;

/** The review schedule of one version of a controlled document on `today`: due `reviewIntervalMonths` after the last review or the effective date. */
export function reviewStatus(
  sop: { status: string; lastReviewed?: string | undefined; effective?: string | undefined; reviewIntervalMonths?: number | undefined },
  today: string,
): ReviewStatus {
  const last = sop.lastReviewed ?? sop.effective;
  if (sop.status !== 'effective' || !last || sop.reviewIntervalMonths === undefined) return { lastReview: last, due: undefined, daysLeft: undefined, state: 'not-scheduled' };
  const due = addMonths(last, sop.reviewIntervalMonths);
  const daysLeft = daysBetween(today, due);
  return { lastReview: last, due, daysLeft, state: daysLeft < 0 ? 'overdue' : daysLeft <= DUE_SOON_DAYS ? 'due-soon' : 'ok' };
}

export const reviews: Rule = {
  name: 'reviews',
  run(h, bag) {
    for (const sop of controlledDocuments(h)) {
      const review = reviewStatus(sop, h.today);
      const entity = sopOf(sop);
      if (entity) entity.review = review;
      const { due, daysLeft, state } = review;
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
