/**
 * The old time limit left in the words after a step's limit changed: the change makes step S2
 * "20 min" (was 30 min), but a sentence of the SOP's summary or text (or of a translation) still
 * states "within 30 minutes". Reported as `sop/time-limit-contradicted` by `check --base`. Only
 * when no other step of the SOP has the old limit (else the sentence may be about that one), and
 * only sentences that state one limit and name no standard and no other step.
 */
import type { DiagnosticBag, SourcePosition } from '../diagnostics/diagnostic.ts';
import type { Handbook, SopEntity } from '../model/handbook.ts';
import { lineAndColumn } from '../text/sentences.ts';
import { statedLimits } from '../text/time-phrases.ts';
import { durationMinutes } from '../time/duration.ts';
import type { SopDiff } from './sop-diff.ts';

const STEP_REFERENCE = /(?<![A-Za-z0-9-])S\d{1,3}[a-z]?(?![A-Za-z0-9-])/g;

export function checkStaleTimeLimits(diff: SopDiff, head: Handbook, bag: DiagnosticBag): void {
  const sop = diff.head;
  const limits = new Map<number, string>(); // minutes → a step that has it now
  for (const step of sop.steps) {
    const m = step.timeLimit ? durationMinutes(step.timeLimit) : undefined;
    if (m !== undefined && !limits.has(m)) limits.set(m, step.id);
  }
  for (const change of diff.steps) {
    if (change.kind !== 'changed') continue;
    const f = change.fields.find((x) => x.field === 'timeLimit');
    if (!f || typeof f.before !== 'string' || typeof f.after !== 'string') continue;
    const old = durationMinutes(f.before);
    if (old === undefined || limits.has(old)) continue;
    const documents: { origin: SopEntity['origin']; summary: string; body: string; bodyLine: number }[] = [sop, ...(head.translations.sops.get(sop.id)?.values() ?? [])];
    for (const doc of documents) {
      const look = (text: string, place: (offset: number) => SourcePosition, where: string) => {
        for (const stated of statedLimits(text)) {
          if (stated.phrase.minutes !== old) continue;
          const others = [...stated.sentence.matchAll(STEP_REFERENCE)].map((m) => m[0]).filter((id) => id !== change.id && sop.steps.some((s) => s.id === id));
          if (others.length > 0) continue;
          bag.report(
            'sop/time-limit-contradicted',
            place(stated.offset),
            `Step ${change.id}'s time limit changes from ${f.before} to ${f.after}, but ${where} still says "${stated.phrase.text}".`,
            `Update the words to ${f.after}, so that readers are not given the old limit.`,
          );
        }
      };
      look(doc.summary, () => doc.origin.at(['summary']), 'the summary');
      look(
        doc.body,
        (offset) => {
          const { line, column } = lineAndColumn(doc.body, offset);
          return { file: doc.origin.file, line: doc.bodyLine + line, column: column + 1 };
        },
        'the text',
      );
    }
  }
}
