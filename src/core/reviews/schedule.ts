/**
 * The periodic-review schedule: every effective controlled document (SOPs, the quality manual and
 * policies, standards, KPIs) with its next review date and the days left,
 * grouped into overdue, due within a horizon, and later. The dates come from `status.ts`: last review (`lastReviewed`, else the effective date) plus the
 * review interval.
 *
 * A review that changes nothing is recorded by setting `lastReviewed` to the review date: the
 * version, the approval signatures and the change log stay as they are.
 */
import type { Handbook } from '../model/handbook.ts';
import { compareText } from '../order.ts';
import { controlledDocuments, type ControlledDocument } from '../control/document.ts';
import { reviewOf } from './status.ts';

export const DEFAULT_HORIZON_DAYS = 90;

export interface ScheduledReview {
  document: ControlledDocument;
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

export function reviewSchedule(h: Pick<Handbook, 'sops' | 'pages' | 'standards' | 'kpis' | 'today'>, horizonDays = DEFAULT_HORIZON_DAYS): ReviewSchedule {
  const all: ScheduledReview[] = [];
  for (const document of controlledDocuments(h)) {
    const { lastReview, due, daysLeft } = reviewOf(document, h.today);
    if (document.status !== 'effective' || !lastReview || !due || daysLeft === undefined) continue;
    all.push({ document, lastReview, due, daysLeft });
  }
  all.sort((a, b) => a.daysLeft - b.daysLeft || compareText(a.document.id, b.document.id));
  return {
    today: h.today,
    horizonDays,
    overdue: all.filter((r) => r.daysLeft < 0),
    due: all.filter((r) => r.daysLeft >= 0 && r.daysLeft <= horizonDays),
    later: all.filter((r) => r.daysLeft > horizonDays),
  };
}
