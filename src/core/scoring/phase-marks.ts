/**
 * What starts a new phase of a control chart, and the acknowledgements of signals: the inputs that
 * `phases.ts` prepares from the handbook and `spc.ts` applies.
 */
import type { LocalizedText } from '../schema/common.ts';
import type { SignalRule } from '../schema/control-chart.ts';
import type { SignalAcknowledgement } from './western-electric.ts';

/** Why a phase begins. */
export type PhaseCause =
  | { kind: 'start' }
  | { kind: 'action'; action: string; closed: string }
  | { kind: 'sop-version'; sop: string; version: string; date: string }
  | { kind: 'declared'; reason: LocalizedText }
  | { kind: 'ramp-up'; reason: LocalizedText }
  | { kind: 'after-ramp-up' };

/** A declared change: the points of periods starting on or after `start` (a date) form a new phase. */
export interface PhaseMark {
  start: string;
  cause: PhaseCause;
  /** The phase is a ramp-up: drawn, left out of every baseline, tested by no rule. */
  rampUp?: boolean;
}

/** A recorded acknowledgement of the signal(s) at a period. */
export interface AcknowledgementInput extends SignalAcknowledgement {
  period: string;
  /** Only this rule's signals; every signal at the period when absent. */
  rule?: SignalRule;
}
