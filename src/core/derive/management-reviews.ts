/**
 * Each management review's status: `planned` while its date is after today, `held` once it has
 * met, and `superseded` once a later review has been held (the next review takes over its
 * decisions: ISO 9001 9.3.2 a, the status of actions from previous reviews). The site search keeps
 * superseded reviews out of default results, as it does superseded SOPs, so that the review in
 * force is found first.
 */
import type { Handbook, ManagementReviewEntity } from '../model/handbook.ts';
import type { Mutable } from './mutable.ts';

export function deriveManagementReviews(h: Pick<Handbook, 'managementReviews' | 'today'>): void {
  const reviews = [...h.managementReviews.values()] as Array<Mutable<ManagementReviewEntity>>;
  const held = reviews.filter((r) => r.date <= h.today);
  const latest = held.reduce<string | undefined>((max, r) => (max === undefined || r.date > max ? r.date : max), undefined);
  for (const r of reviews) r.status = r.date > h.today ? 'planned' : r.date < latest! ? 'superseded' : 'held';
}
