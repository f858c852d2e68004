/** Changes in words, the same in diagnostics and in the pull-request report. */
import type { StepChange } from './sop-diff.ts';
import { stepFieldName } from './sop-diff.ts';
import { formatValue } from './values.ts';

/** `step S2 time limit: 30 min → 20 min`, `step S10 added`, `step S4 removed` */
export function describeStepChange(change: StepChange): string {
  if (change.kind === 'added') return `step ${change.step.id} added`;
  if (change.kind === 'removed') return `step ${change.step.id} removed`;
  return change.fields
    .map((f) => (f.field === 'action' || f.field === 'decision' ? `step ${change.id} ${f.field} changed` : `step ${change.id} ${stepFieldName(f.field)}: ${formatValue(f.before)} → ${formatValue(f.after)}`))
    .join('; ');
}
