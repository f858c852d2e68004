/**
 * SOP consistency: steps that connect and time limits within the standards they implement. The
 * approvals, dates and change log of an SOP follow the rules of every controlled document
 * (`document-control.ts`).
 */
import { durationMinutes, formatMinutes } from '../time/duration.ts';
import type { Rule } from './rule.ts';
import type { SopEntity } from '../model/handbook.ts';
import type { DiagnosticBag } from '../diagnostics/diagnostic.ts';
import { nounFor } from '../text/plural.ts';

/** The steps a step continues to: its decision's options, else `next`, else the following step, else `end`. */
function successors(sop: SopEntity, i: number): string[] {
  const step = sop.steps[i]!;
  return step.decision ? step.decision.options.map((o) => o.next) : [step.next ?? sop.steps[i + 1]?.id ?? 'end'];
}

/**
 * A step that continues to itself without a decision (`sop/step-loops-to-itself`), and the steps
 * reachable from the first from which no end can be reached (`sop/step-no-end`, once per SOP, at
 * the first of them). A step naming an unknown step is reported elsewhere and counts as ending here,
 * and so does a step looping to itself, so that one mistake gets one diagnostic.
 */
function checkEnds(sop: SopEntity, reached: ReadonlySet<number>, bag: DiagnosticBag): void {
  const o = sop.origin;
  const position = new Map(sop.steps.map((step, i) => [step.id, i]));
  const ends = new Set<number>();
  sop.steps.forEach((step, i) => {
    if (!step.decision && step.next === step.id) {
      bag.report('sop/step-loops-to-itself', o.at(['steps', i, 'next']), `Step ${step.id} continues to itself, so the procedure never ends there.`, 'Point `next` to the step that follows, or to `end`; to repeat a step until something is done, make it a decision with an option that leaves.');
      ends.add(i);
    }
  });
  // Steps from which an end is reachable, found backwards from the steps that end.
  let changed = true;
  while (changed) {
    changed = false;
    sop.steps.forEach((_, i) => {
      if (ends.has(i)) return;
      if (successors(sop, i).some((t) => t === 'end' || !position.has(t) || ends.has(position.get(t)!))) {
        ends.add(i);
        changed = true;
      }
    });
  }
  const trapped = sop.steps.map((_, i) => i).filter((i) => reached.has(i) && !ends.has(i));
  if (trapped.length === 0) return;
  const ids = trapped.map((i) => sop.steps[i]!.id);
  bag.report(
    'sop/step-no-end',
    o.at(['steps', trapped[0]!, 'id']),
    `No end of the procedure can be reached from ${nounFor(ids.length, 'step')} ${ids.join(', ')}: ${nounFor(ids.length, 'it continues', 'they continue')} only among ${nounFor(ids.length, 'itself', 'themselves')}.`,
    'Give one of them `next: end`, or a decision option that leaves the loop.',
  );
}

export const sops: Rule = {
  name: 'sops',
  run(h, bag) {
    for (const sop of h.sops.values()) {
      const o = sop.origin;
      const area = h.areas.get(sop.area);
      const code = sop.id.split('-')[1];
      if (area && code !== area.code) {
        bag.report('schema/invalid-value', o.at(['area']), `${sop.id} has the area code ${code}, but the area "${area.id}" uses ${area.code}.`, `Put the SOP in the area whose code is ${code}, or renumber it SOP-${area.code}-NNN (\`npm run new sop\` picks the next free number).`);
      }

      // Steps
      const stepIds = new Set<string>();
      sop.steps.forEach((step, i) => {
        if (stepIds.has(step.id)) bag.report('sop/step-duplicate', o.at(['steps', i, 'id']), `Step id ${step.id} is used twice.`, 'Number the steps S1, S2, … without repeats.');
        stepIds.add(step.id);
      });
      sop.steps.forEach((step, i) => {
        const targets: [string, (string | number)[]][] = [];
        if (step.next) targets.push([step.next, ['steps', i, 'next']]);
        step.decision?.options.forEach((opt, j) => targets.push([opt.next, ['steps', i, 'decision', 'options', j, 'next']]));
        for (const [target, path] of targets) {
          if (target !== 'end' && !stepIds.has(target)) {
            bag.report('sop/step-unknown-next', o.at(path), `Step ${step.id} continues to ${target}, which is not a step of this SOP.`, `Use one of ${[...stepIds].join(', ')}, or \`end\`.`);
          }
        }
        if (step.standard && step.timeLimit) {
          const std = h.standards.get(step.standard);
          if (std && 'timeLimit' in std.criterion) {
            const stepMinutes = durationMinutes(step.timeLimit)!;
            const stdMinutes = durationMinutes(std.criterion.timeLimit)!;
            if (stepMinutes > stdMinutes) {
              bag.report(
                'sop/step-exceeds-standard',
                o.at(['steps', i, 'timeLimit']),
                `Step ${step.id} allows ${step.timeLimit}, but ${std.id} requires "${std.criterion.event}" within ${formatMinutes(stdMinutes)}.`,
                `Shorten the step's time limit to ${std.criterion.timeLimit} or less, or change the standard first (it is owned by ${std.owner}).`,
              );
            }
          }
        }
        if (step.standard && !sop.implements.includes(step.standard)) {
          bag.report('ref/unknown', o.at(['steps', i, 'standard']), `Step ${step.id} applies ${step.standard}, which is not in the SOP's \`implements\` list.`, `Add ${step.standard} to \`implements\`.`);
        }
      });

      // Every step must be reachable from the first, following `next`, decisions, or list order.
      const position = new Map(sop.steps.map((step, i) => [step.id, i]));
      const reached = new Set<number>();
      const queue = [0];
      while (queue.length) {
        const i = queue.pop()!;
        if (reached.has(i) || i >= sop.steps.length) continue;
        reached.add(i);
        const step = sop.steps[i]!;
        const targets = step.decision ? step.decision.options.map((o) => o.next) : [step.next ?? sop.steps[i + 1]?.id ?? 'end'];
        for (const t of targets) if (t !== 'end' && position.has(t)) queue.push(position.get(t)!);
      }
      sop.steps.forEach((step, i) => {
        if (!reached.has(i)) {
          bag.report('sop/step-unreachable', o.at(['steps', i, 'id']), `Step ${step.id} cannot be reached from the first step.`, 'Point a `next` or a decision option to it, or remove it.');
        }
      });

      // Every step must lead to an end: not to itself without a decision, not into a loop with no way out.
      checkEnds(sop, reached, bag);
      // Approvals, dates and the change log: the rules of every controlled document (document-control.ts).
    }
  },
};
