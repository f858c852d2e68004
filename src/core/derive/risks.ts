/** Each risk's level before and after controls (`risks/rating.ts`), and when it is next reviewed. */
import type { Handbook, RiskEntity } from '../model/handbook.ts';
import { riskLevel } from '../risks/rating.ts';
import { addMonths } from '../time/dates.ts';
import type { Mutable } from './mutable.ts';

export function deriveRisks(h: Pick<Handbook, 'risks' | 'today'>): void {
  for (const r of h.risks.values() as Iterable<Mutable<RiskEntity>>) {
    r.levelBefore = riskLevel(r.before);
    r.levelAfter = riskLevel(r.after);
    r.nextReview = addMonths(r.lastReviewed, r.reviewIntervalMonths);
    r.reviewOverdue = r.status === 'active' && r.nextReview < h.today;
  }
}
