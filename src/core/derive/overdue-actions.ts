/** An improvement action is overdue when it is not closed and its due date has passed. */
import type { Handbook, ImprovementActionEntity } from '../model/handbook.ts';
import type { Mutable } from './mutable.ts';

export function deriveOverdueActions(h: Pick<Handbook, 'actions' | 'today'>): void {
  for (const a of h.actions.values() as Iterable<Mutable<ImprovementActionEntity>>) a.overdue = a.stage !== 'closed' && a.due < h.today;
}
