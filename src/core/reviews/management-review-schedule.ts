/**
 * When management reviews are due (ISO 9001 9.3.1: top management reviews the quality system "at
 * planned intervals"). The handbook plans them quarterly (one record per quarter,
 * `data/management-reviews/MR-YYYY-QN.yaml`): a review needs its quarter's complete figures, so it
 * meets after the quarter ends, and is due by the end of the month `overdueAfterMonths` after it
 * (default 3, `data/check-settings.yaml`: the review of a quarter meets within the next quarter,
 * so that no two reviews are more than about six months apart and no pack is more than a quarter old).
 *
 * Quarters are counted from the first quarter reviewed (before it the handbook held no reviews) to
 * today's; a quarter without a record whose due date has passed is overdue, and the oldest quarter
 * without a record is the next review due.
 */
import type { Handbook, ManagementReviewDue, ManagementReviewSchedule } from '../model/handbook.ts';
import { checkSettingsOf } from '../schema/check-settings.ts';
import { addMonths, dayNumber, daysBetween, fromDayNumber } from '../time/dates.ts';
import { nextPeriod, parsePeriod, periodContaining, type Period } from '../time/period.ts';

/** The last day the review of `quarter` may meet: the end of the month `months` after the quarter's last. */
export function reviewDueDate(quarter: Period, months: number): string {
  return fromDayNumber(dayNumber(addMonths(quarter.start, 3 + months)) - 1);
}

export function managementReviewSchedule(h: Pick<Handbook, 'managementReviews' | 'checkSettings' | 'today'>): ManagementReviewSchedule {
  const months = checkSettingsOf(h.checkSettings).managementReviews.overdueAfterMonths;
  const due = (quarter: Period): ManagementReviewDue => {
    const date = reviewDueDate(quarter, months);
    return { quarter, due: date, daysLeft: daysBetween(h.today, date) };
  };
  const now = periodContaining(h.today, 'quarterly');
  const reviewed = [...h.managementReviews.keys()]
    .map((id) => parsePeriod(id.replace(/^MR-/, ''), 'quarterly'))
    .filter((q): q is Period => q !== undefined && q.start <= now.start);
  if (reviewed.length === 0) return { overdueAfterMonths: months, overdue: [], next: undefined };
  const keys = new Set(reviewed.map((q) => q.key));
  const first = reviewed.reduce((a, b) => (b.start < a.start ? b : a));
  const open: ManagementReviewDue[] = [];
  for (let q = first; q.start <= now.start; q = nextPeriod(q)) if (!keys.has(q.key)) open.push(due(q));
  return { overdueAfterMonths: months, overdue: open.filter((r) => r.daysLeft < 0), next: open[0] };
}
