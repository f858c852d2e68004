/**
 * The periodic-review schedule: every effective SOP with its next review date and the days left,
 * grouped into overdue, due within a horizon, and later. The dates come from the review rule
 * (`src/core/rules/reviews.ts`): last review (`lastReviewed`, else the effective date) plus the
 * review interval.
 *
 * A review that changes nothing is recorded by setting `lastReviewed` to the review date: the
 * version, the approval signatures and the change log stay as they are.
 */
import type { Handbook, SopEntity } from '../model/handbook.ts';
import { compareText } from '../order.ts';

export const DEFAULT_HORIZON_DAYS = 90;

export interface ScheduledReview {
  sop: SopEntity;
  lastReview: string;
  due: string;
  /** Negative when overdue. */
  daysLeft: number;
}

export interface ReviewSchedule {
  today: string;
  horizonDays: number;
  overdue: ScheduledReview[];
  /** Due within the horizon (today included). */
  due: ScheduledReview[];
  later: ScheduledReview[];
}

export function reviewSchedule(h: Pick<Handbook, 'sops' | 'today'>, horizonDays = DEFAULT_HORIZON_DAYS): ReviewSchedule {
  const all: ScheduledReview[] = [];
  for (const sop of h.sops.values()) {
    const { lastReview, due, daysLeft } = sop.review;
    if (sop.status !== 'effective' || !lastReview || !due || daysLeft === undefined) continue;
    all.push({ sop, lastReview, due, daysLeft });
  }
  all.sort((a, b) => a.daysLeft - b.daysLeft || compareText(a.sop.id, b.sop.id));
  return {
    today: h.today,
    horizonDays,
    overdue: all.filter((r) => r.daysLeft < 0),
    due: all.filter((r) => r.daysLeft >= 0 && r.daysLeft <= horizonDays),
    later: all.filter((r) => r.daysLeft > horizonDays),
  };
}
