/**
 * The audit findings a scorecard shows beside its KPIs (docs/adding-a-kind.md, step 5): the
 * findings open at the scorecard's review date (found by an audit done by then, and not closed by
 * then), per unit, most serious first. A finding is a separate input of the scorecard: it changes
 * no KPI status, composite or comparison, which stay as the statistics say; the pages show it
 * beside them, labelled, so that a unit whose KPIs look fine but that has an open major finding is
 * not taken for a unit without problems.
 */
import type { ScoringModel } from './scoring-model.ts';
import type { FindingGrade } from '../schema/finding.ts';
import { compareText } from '../order.ts';

export interface ScorecardFinding {
  id: string;
  unit: string;
  grade: FindingGrade;
  sop: string | undefined;
  /** The day its audit was done. */
  found: string;
  /** The action that corrects it, if it names one. */
  action: string | undefined;
  /** The action was open on the review date and past its due date. */
  actionOverdue: boolean;
}

const GRADE_ORDER: Record<FindingGrade, number> = { major: 0, minor: 1, observation: 2 };

/** The findings open on `asOf`: their audit was done by then, and they were not closed by then. */
export function openFindingsAsOf(h: Pick<ScoringModel, 'findings' | 'audits' | 'actions'>, asOf: string): ScorecardFinding[] {
  const out: ScorecardFinding[] = [];
  for (const f of h.findings.values()) {
    const audit = h.audits.get(f.audit);
    if (audit?.status !== 'done' || audit.done === undefined || audit.done > asOf) continue;
    if (f.status === 'closed' && (f.closed === undefined || f.closed <= asOf)) continue;
    const action = f.action === undefined ? undefined : h.actions.get(f.action);
    const actionOpen = action !== undefined && action.opened <= asOf && (action.closed === undefined ? action.stage !== 'closed' : action.closed > asOf);
    out.push({ id: f.id, unit: f.unit, grade: f.grade, sop: f.sop, found: audit.done, action: f.action, actionOverdue: actionOpen && action.due < asOf });
  }
  return out.sort((a, b) => compareText(a.unit, b.unit) || GRADE_ORDER[a.grade] - GRADE_ORDER[b.grade] || compareText(b.found, a.found) || compareText(a.id, b.id));
}
