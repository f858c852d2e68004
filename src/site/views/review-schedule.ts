/**
 * What the review schedule (/reviews/) and the management-review list show besides the documents'
 * reviews, prepared from what derive computed once (`Derived.riskReviews`,
 * `Derived.managementReviewSchedule`): the active risks whose review is overdue or due within the
 * horizon, with their owners, and the next management review due (and any overdue).
 */
import type { Handbook, ManagementReviewDue } from '../../core/model/handbook.ts';
import { DEFAULT_HORIZON_DAYS } from '../../core/reviews/schedule.ts';
import type { UiLocale } from '../words/locale.ts';
import { pickLocalized } from '../words/text.ts';

export interface RiskReviewRow {
  id: string;
  title: string;
  /** The title's language when it is not the page's (no translation). */
  titleLang: string | undefined;
  owner: string;
  lastReview: string;
  due: string;
  daysLeft: number;
}

/** The active risks whose review is overdue or due within `horizonDays`, most overdue first. */
export function riskReviewRows(h: Handbook, locale: UiLocale, horizonDays = DEFAULT_HORIZON_DAYS): RiskReviewRow[] {
  return h.derived.riskReviews
    .filter((r) => r.daysLeft <= horizonDays)
    .map(({ risk, due, daysLeft }) => {
      const title = pickLocalized(risk.title, locale);
      return { id: risk.id, title: title.text, titleLang: title.lang, owner: risk.owner, lastReview: risk.lastReviewed, due, daysLeft };
    });
}

export interface ManagementReviewsDue {
  /** The next review to hold (the oldest quarter without one), if any review is recorded. */
  next: ManagementReviewDue | undefined;
  /** The quarters past their due date without a review, oldest first. */
  overdue: readonly ManagementReviewDue[];
  overdueAfterMonths: number;
}

export function managementReviewsDue(h: Handbook): ManagementReviewsDue {
  const { next, overdue, overdueAfterMonths } = h.derived.managementReviewSchedule;
  return { next, overdue, overdueAfterMonths };
}
