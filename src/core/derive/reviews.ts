/** The periodic review of each SOP on the handbook's day (`reviews/status.ts`), shown on its page and in lists. */
import type { Handbook, SopEntity } from '../model/handbook.ts';
import { reviewStatus } from '../reviews/status.ts';
import type { Mutable } from './mutable.ts';

export function deriveReviews(h: Pick<Handbook, 'sops' | 'today'>): void {
  for (const sop of h.sops.values() as Iterable<Mutable<SopEntity>>) sop.review = reviewStatus(sop, h.today);
}
