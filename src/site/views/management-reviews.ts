/**
 * What the management-review pages (src/pages/[...locale]/management-reviews/) show, prepared: the
 * quarters with their review (or none yet), and a quarter's input pack (core/analysis/
 * management-review-pack.ts) read at the scorecard of its last month with data, with the risks
 * raised by KPI warnings (site/stores/risk-alerts.ts), and the review's record.
 */
import { packQuarters, reviewPack } from '../../core/analysis/management-review-pack.ts';
import type { Handbook } from '../../core/model/handbook.ts';
import { REVIEW_INPUT_NAMES, REVIEW_INPUTS } from '../../core/schema/management-review.ts';
import type { Period } from '../../core/time/period.ts';
import { riskAlertsOf } from '../stores/risk-alerts.ts';
import { scorecardFor, scorecardPeriods } from '../stores/scorecards.ts';

export function managementReviewsPage(h: Handbook) {
  return packQuarters(h).map((quarter) => ({ quarter, inProgress: h.today <= quarter.end, review: h.managementReviews.get(`MR-${quarter.key}`) }));
}

/** The latest monthly scorecard period inside the quarter, if any month of it has data. */
function scorecardMonth(h: Handbook, quarter: Period): string | undefined {
  const months = scorecardPeriods(h).filter((p) => p.frequency === 'monthly' && p.start >= quarter.start && p.end <= quarter.end);
  return months.length === 0 ? undefined : months.reduce((a, b) => (b.start > a.start ? b : a)).key;
}

export function managementReviewPage(h: Handbook, quarter: Period) {
  const month = scorecardMonth(h, quarter);
  const pack = reviewPack(h, quarter, { scorecard: month === undefined ? undefined : scorecardFor(h, month), raisedRisks: new Set(riskAlertsOf(h).keys()) });
  const considered = new Set(pack.review?.inputs ?? []);
  return {
    ...pack,
    inputs: REVIEW_INPUT_NAMES.map((input) => ({ input, clause: REVIEW_INPUTS[input], considered: considered.has(input) })),
    satisfaction: pack.kpis.filter((k) => k.kpi.layer === 'satisfaction'),
    others: pack.kpis.filter((k) => k.kpi.layer !== 'satisfaction'),
  };
}

export type ManagementReviewPage = ReturnType<typeof managementReviewPage>;
