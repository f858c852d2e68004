/**
 * The periodic reviews of the risk register (ISO 9001 6.1): each active risk is reviewed by its
 * owner `reviewIntervalMonths` after its last review (`derive/risks.ts` sets `nextReview`). Listed
 * beside the documents' reviews on the review schedule, soonest first.
 */
import type { Handbook, RiskReviewDue } from '../model/handbook.ts';
import { compareText } from '../order.ts';
import { daysBetween } from '../time/dates.ts';

export function riskReviewSchedule(h: Pick<Handbook, 'risks' | 'today'>): RiskReviewDue[] {
  return [...h.risks.values()]
    .filter((r) => r.status === 'active')
    .map((risk) => ({ risk, due: risk.nextReview, daysLeft: daysBetween(h.today, risk.nextReview) }))
    .sort((a, b) => a.daysLeft - b.daysLeft || compareText(a.risk.id, b.risk.id));
}
