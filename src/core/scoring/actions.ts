/**
 * Closing the loop (DOMAIN.md §4): every problem on a scorecard — a KPI off target or at risk for a
 * unit, or an unfavourable SPC signal — lists the open improvement actions that address it, or is
 * flagged `noAction`.
 *
 * An action addresses (KPI, unit) when it is open (stage other than `closed`), links the KPI, and
 * links the unit itself or a unit above it (an action for `region-south` covers its branches; an
 * action for one branch does not cover its neighbours or its region). An action that names no unit
 * covers no unit's problem: a problem is covered only where someone said they act on it. Overdue
 * actions (open past their due date) are flagged.
 *
 * Each problem says since when it has lasted (`since`: the first period of the unbroken run of
 * periods with a problem at that KPI and unit, looking back at most two years of periods) and, when
 * an action addresses it, how many days passed from the end of that first period to the day the
 * earliest of its actions was opened (`daysToAction`; 0 when the action was already open).
 */
import type { ImprovementActionEntity } from '../model/handbook.ts';
import type { ScoringModel } from './scoring-model.ts';
import { daysBetween } from '../time/dates.ts';
import type { Status } from './status.ts';
import type { Signal, SignalRule } from './western-electric.ts';
import { byId } from '../order.ts';

export interface LinkedAction {
  id: string;
  title: string;
  stage: string;
  source: string;
  owner: string;
  opened: string;
  due: string;
  overdue: boolean;
  /** The linked units that made it match (the unit itself or a unit above it). */
  via: string[];
}

export type ProblemReason = 'off-target' | 'at-risk' | 'signal';

export interface Problem {
  kpi: string;
  unit: string;
  period: string;
  status: Status;
  reasons: ProblemReason[];
  /** Rules of the unfavourable signals that fire at this period. */
  signals: SignalRule[];
  actions: LinkedAction[];
  /** True when no open action addresses the problem and it is not an acknowledged signal. */
  noAction: boolean;
  /** True when the problem is only unfavourable signals, all acknowledged with their assignable cause. */
  acknowledged: boolean;
  /** True when an action addressing it is overdue. */
  overdueAction: boolean;
  /** First period of the unbroken run of periods with a problem here, this one included. */
  since: string;
  /** Days from the end of `since` to the opening of the earliest action addressing it (0 if it was already open); null without an action. */
  daysToAction: number | null;
}

/** Whether `a` was open on `date`: opened by then and not yet closed. */
export function openOn(a: ImprovementActionEntity, date: string): boolean {
  if (a.opened > date) return false;
  if (a.closed !== undefined) return a.closed > date;
  return a.stage !== 'closed';
}

/**
 * Actions linked to `kpiId` that cover `unitId` (see the rule at the top of this file) and were open
 * on `asOf` (default today): a past scorecard shows the actions of its own time, with overdue
 * judged on that date.
 */
export function openActionsFor(h: ScoringModel, kpiId: string, unitId: string, asOf: string = h.today): LinkedAction[] {
  const out: LinkedAction[] = [];
  for (const a of h.index.actionsByKpi.get(kpiId) ?? []) {
    if (!openOn(a, asOf)) continue;
    const via = a.links.units.filter((u) => h.index.unitAndDescendants(u).has(unitId));
    if (via.length === 0) continue;
    out.push(linked(a, via, asOf));
  }
  return out.sort(byId);
}

function linked(a: ImprovementActionEntity, via: string[], asOf: string): LinkedAction {
  return { id: a.id, title: a.title, stage: a.stage, source: a.source, owner: a.owner, opened: a.opened, due: a.due, overdue: a.due < asOf, via };
}

export interface ProblemInput {
  kpi: string;
  unit: string;
  period: string;
  status: Status;
  /** Signals firing at this period (favourable ones are ignored). */
  signals: readonly Signal[];
  /** The open actions for (KPI, unit), when already looked up. */
  actions?: LinkedAction[];
  /** First period of the run of periods with a problem (default: this period). */
  since?: { key: string; end: string } | undefined;
}

/**
 * Why a cell is a problem: its status off target or at risk, and an unfavourable signal at its
 * period. Empty when it is none. The one place this is decided for rows, roll-ups and problems.
 */
export function problemReasons(status: Status, signals: readonly Signal[] = []): ProblemReason[] {
  const reasons: ProblemReason[] = [];
  if (status === 'off-target' || status === 'at-risk') reasons.push(status);
  if (signals.some((s) => s.unfavourable)) reasons.push('signal');
  return reasons;
}

/** Whether the loop is closed on a problem: read by every page and export that shows a problem. */
export interface LoopState {
  /** A problem that no open action addresses and that is not an acknowledged signal. */
  noAction: boolean;
  /** The problem is only unfavourable signals, each acknowledged with its assignable cause. */
  acknowledged: boolean;
  /** An action addressing it is overdue. */
  overdueAction: boolean;
}

/**
 * The loop state of a cell with problem `reasons`, the `signals` at its period and the open
 * `actions` addressing it (DOMAIN.md §4, closing the loop). Decided here once for the scorecard's
 * rows, roll-ups and problems and for the early warnings, so that no page or export decides it
 * again.
 */
export function loopState(reasons: readonly ProblemReason[], signals: readonly Signal[], actions: readonly LinkedAction[]): LoopState {
  const unfavourable = signals.filter((s) => s.unfavourable);
  const acknowledged = reasons.length > 0 && reasons.every((r) => r === 'signal') && unfavourable.every((s) => s.acknowledgement !== undefined);
  return {
    noAction: reasons.length > 0 && actions.length === 0 && !acknowledged,
    acknowledged,
    overdueAction: actions.some((a) => a.overdue),
  };
}

/**
 * Days from `since` (the last day of the first period of a problem or a run of signals) to the
 * opening of the earliest of `actions`: 0 when one was open already (or `since` is unknown), null
 * without an action.
 */
export function daysToAction(since: string | undefined, actions: readonly Pick<LinkedAction, 'opened'>[]): number | null {
  const firstOpened = actions.reduce<string | null>((min, a) => (min === null || a.opened < min ? a.opened : min), null);
  if (firstOpened === null) return null;
  return since === undefined || since === '' ? 0 : Math.max(0, daysBetween(since, firstOpened));
}

/** The problem at a scorecard cell with its actions, or null when the cell shows no problem. */
export function problemAt(h: ScoringModel, input: ProblemInput): Problem | null {
  const reasons = problemReasons(input.status, input.signals);
  if (reasons.length === 0) return null;
  const rules = [...new Set(input.signals.filter((s) => s.unfavourable).map((s) => s.rule))];
  const actions = input.actions ?? openActionsFor(h, input.kpi, input.unit);
  const since = input.since ?? { key: input.period, end: '' };
  return {
    kpi: input.kpi,
    unit: input.unit,
    period: input.period,
    status: input.status,
    reasons,
    signals: rules,
    actions,
    ...loopState(reasons, input.signals, actions),
    since: since.key,
    daysToAction: daysToAction(since.end, actions),
  };
}
