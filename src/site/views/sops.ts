/**
 * SOP lists and procedure logic for pages: SOPs grouped by process area, where each step leads,
 * and the change log in reading order.
 */
import type { Handbook, ProcessAreaEntity, SopEntity } from '../../core/model/handbook.ts';
import type { ChangeLogEntry, SopStatus, Step } from '../../core/schema/sop.ts';
import { byId } from '../../core/order.ts';

export interface AreaGroup {
  area: ProcessAreaEntity;
  sops: SopEntity[];
}

/** Every process area in source order with its SOPs sorted by id (from `index.sopsByArea`). */
export function sopsByArea(h: Pick<Handbook, 'areas' | 'index'>): AreaGroup[] {
  return [...h.areas.values()].map((area) => ({ area, sops: [...(h.index.sopsByArea.get(area.id) ?? [])].sort(byId) }));
}

/** Only an effective SOP may be worked to; every other status is marked plainly. */
export function isInForce(status: SopStatus): boolean {
  return status === 'effective';
}

export interface StepExit {
  /** The answer that leads there, for a decision. */
  label?: string;
  /** A step id, or `end`. */
  target: string;
}

export interface StepFlow {
  step: Step;
  /** The decision's question, if the step is a branch. */
  question?: string;
  exits: StepExit[];
}

/**
 * Where each step leads: the decision's options, else `next`, else the following step in the
 * list (or the end after the last one).
 */
export function stepFlow(steps: readonly Step[]): StepFlow[] {
  return steps.map((step, i) => {
    if (step.decision) {
      return { step, question: step.decision.question, exits: step.decision.options.map((o) => ({ label: o.label, target: o.next })) };
    }
    return { step, exits: [{ target: step.next ?? steps[i + 1]?.id ?? 'end' }] };
  });
}

/** The change log newest first (the source lists it oldest first). */
export function changeLogNewestFirst<T extends ChangeLogEntry | Omit<ChangeLogEntry, 'summary'>>(log: readonly T[]): T[] {
  return [...log].reverse();
}
