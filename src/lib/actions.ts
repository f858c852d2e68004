/**
 * Improvement actions in reading order: open actions by due date (most urgent first), then the
 * closed ones, most recently closed first.
 */
import type { ImprovementActionEntity } from '../core/model/handbook.ts';
import type { ImprovementAction } from '../core/schema/improvement-action.ts';
import { compareText } from './order.ts';

export const STAGE_LABELS: Record<ImprovementAction['stage'], string> = {
  plan: 'Plan',
  do: 'Do',
  check: 'Check',
  act: 'Act',
  closed: 'Closed',
};

export function sortActions(actions: Iterable<ImprovementActionEntity>): ImprovementActionEntity[] {
  return [...actions].sort((a, b) => {
    const aClosed = a.stage === 'closed';
    const bClosed = b.stage === 'closed';
    if (aClosed !== bClosed) return aClosed ? 1 : -1;
    if (aClosed) return compareText(b.closed ?? b.due, a.closed ?? a.due) || compareText(a.id, b.id);
    return compareText(a.due, b.due) || compareText(a.id, b.id);
  });
}
