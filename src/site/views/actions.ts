/**
 * Improvement actions in reading order: open actions by due date (most urgent first), then the
 * closed ones, most recently closed first.
 */
import type { Handbook, ImprovementActionEntity } from '../../core/model/handbook.ts';
import { evaluateCriterion, recurrencesOf, type CriterionResult, type Recurrence } from '../../core/scoring/effectiveness.ts';
import { describeTarget } from '../../core/scoring/target.ts';
import type { ImprovementAction } from '../../core/schema/improvement-action.ts';
import type { UiLocale } from '../words/locale.ts';
import { compareText } from '../../core/order.ts';
import { wordsFor } from '../words/words.ts';

/** English labels of the PDCA stages, for callers without a locale; see `stageLabel`. */
export const STAGE_LABELS: Record<ImprovementAction['stage'], string> = wordsFor('en').actions.stages;

/** `Plan` / `策划`, `Closed` / `已关闭`. */
export function stageLabel(stage: ImprovementAction['stage'], locale: UiLocale): string {
  return wordsFor(locale).actions.stages[stage];
}

export function sortActions(actions: Iterable<ImprovementActionEntity>): ImprovementActionEntity[] {
  return [...actions].sort((a, b) => {
    const aClosed = a.stage === 'closed';
    const bClosed = b.stage === 'closed';
    if (aClosed !== bClosed) return aClosed ? 1 : -1;
    if (aClosed) return compareText(b.closed ?? b.due, a.closed ?? a.due) || compareText(a.id, b.id);
    return compareText(a.due, b.due) || compareText(a.id, b.id);
  });
}

/** What the data say about an action: its criterion judged, and recurrences after an effective closure. */
export interface ActionEvidence {
  criterion: CriterionResult | null;
  /** e.g. `≥ 95`: the criterion KPI's target. */
  targetText: string | null;
  recurrences: Recurrence[];
}

/** The evidence of every action, by id (computed once per page). */
export function actionEvidence(h: Handbook): Map<string, ActionEvidence> {
  const out = new Map<string, ActionEvidence>();
  for (const a of h.actions.values()) {
    const criterion = evaluateCriterion(h, a);
    const kpi = criterion ? h.kpis.get(criterion.kpi) : undefined;
    out.set(a.id, { criterion, targetText: kpi ? describeTarget(kpi) : null, recurrences: recurrencesOf(h, a) });
  }
  return out;
}
