/**
 * The swimlane diagram of an SOP, prepared for `Swimlane.astro`: one lane per role (in order of
 * first appearance), one row per step (in list order), each step in its actor's lane, and where it
 * goes next. The diagram is HTML laid out by CSS (a grid of lanes on a wide screen, one column of
 * steps named by their role on a phone), so every word wraps to the width there is and nothing is
 * cut off or shrunk; the flow reads from top to bottom, and an exit is written out where it is not
 * simply the next row: a decision's answers, a jump to another step, the end.
 */
import type { Step } from '../../core/schema/sop.ts';

export type EdgeKind = 'next' | 'implicit' | 'decision';

export interface SwimlaneExit {
  /** A step id or `end`. */
  to: string;
  kind: EdgeKind;
  /** The decision's answer, for a decision branch. */
  label?: string;
}

export interface SwimlaneStep {
  id: string;
  role: string;
  /** Index of the actor's lane. */
  lane: number;
  /** Row of the step, from 0. */
  row: number;
  action: string;
  timeLimit?: string;
  record?: string;
  /** The decision's question, if the step branches. */
  question?: string;
  /** Exits written on the step: every branch of a decision; otherwise a next step that is not the following row, or the end. */
  exits: SwimlaneExit[];
}

export interface SwimlaneLayout {
  /** Role ids, one lane each. */
  lanes: string[];
  steps: SwimlaneStep[];
}

/** Role ids in order of first appearance among the steps. */
export function laneOrder(steps: readonly Pick<Step, 'actor'>[]): string[] {
  const roles: string[] = [];
  for (const step of steps) if (!roles.includes(step.actor)) roles.push(step.actor);
  return roles;
}

/** Every exit of a step: decision options, else `next`, else the following step (or the end). */
export function stepExits(steps: readonly Step[], i: number): SwimlaneExit[] {
  const step = steps[i]!;
  if (step.decision) return step.decision.options.map((o) => ({ to: o.next, kind: 'decision' as const, label: o.label }));
  if (step.next !== undefined) return [{ to: step.next, kind: 'next' }];
  return [{ to: steps[i + 1]?.id ?? 'end', kind: 'implicit' }];
}

export function layoutSwimlane(steps: readonly Step[]): SwimlaneLayout {
  const lanes = laneOrder(steps);
  return {
    lanes,
    steps: steps.map((step, row) => {
      const following = steps[row + 1]?.id;
      const exits = stepExits(steps, row).filter((e) => e.kind === 'decision' || e.to !== following);
      return {
        id: step.id,
        role: step.actor,
        lane: lanes.indexOf(step.actor),
        row,
        action: step.action,
        ...(step.timeLimit !== undefined && { timeLimit: step.timeLimit }),
        ...(step.record !== undefined && { record: step.record }),
        ...(step.decision && { question: step.decision.question }),
        exits,
      };
    }),
  };
}

/**
 * The CSS background of the lanes: one band per lane, alternately plain and shaded, as wide as the
 * grid's equal columns (`linear-gradient` with hard stops).
 */
export function laneStripes(lanes: number, plain = 'var(--bg)', shaded = 'var(--bg-soft)'): string {
  if (lanes <= 1) return plain;
  const stops: string[] = [];
  for (let i = 0; i < lanes; i++) {
    const from = Math.round((i / lanes) * 10000) / 100;
    const to = Math.round(((i + 1) / lanes) * 10000) / 100;
    stops.push(`${i % 2 ? shaded : plain} ${from}% ${to}%`);
  }
  return `linear-gradient(to right, ${stops.join(', ')})`;
}
