/**
 * The periodic review of one controlled document (ISO 9001 7.5.2/7.5.3): the next review falls
 * due `reviewIntervalMonths` after the last review (`lastReviewed`, else the effective date);
 * within `DUE_SOON_DAYS` it is due soon, after it overdue. Only an effective version is reviewed.
 */
import type { ReviewStatus } from '../model/handbook.ts';
import { addMonths, daysBetween } from '../time/dates.ts';
import { sopOf, type ControlledDocument } from '../control/document.ts';

export const DUE_SOON_DAYS = 30;

/** The review schedule of one version of a controlled document on `today`. */
export function reviewStatus(
  doc: { status: string; lastReviewed?: string | undefined; effective?: string | undefined; reviewIntervalMonths?: number | undefined },
  today: string,
): ReviewStatus {
  const last = doc.lastReviewed ?? doc.effective;
  if (doc.status !== 'effective' || !last || doc.reviewIntervalMonths === undefined) return { lastReview: last, due: undefined, daysLeft: undefined, state: 'not-scheduled' };
  const due = addMonths(last, doc.reviewIntervalMonths);
  const daysLeft = daysBetween(today, due);
  return { lastReview: last, due, daysLeft, state: daysLeft < 0 ? 'overdue' : daysLeft <= DUE_SOON_DAYS ? 'due-soon' : 'ok' };
}

/** The review of a controlled document of the model: an SOP's as derived when it was loaded (`SopEntity.review`), another's computed for `today`. */
export function reviewOf(doc: ControlledDocument, today: string): ReviewStatus {
  return sopOf(doc)?.review ?? reviewStatus(doc, today);
}
