/**
 * A step's time limit contradicted by the SOP's own words: a sentence of its summary or text that
 * names the step (`S2`, "step S2", "步骤S2") and states one time limit ("within 30 minutes",
 * "30分钟内") other than the step's. The same for the summary and text of its translations. Only a
 * sentence that names exactly one step, no standard, and states exactly one limit counts, so that a
 * sentence comparing limits ("20 minutes, inside STD-RESP-001's 30") or naming several steps is
 * never reported: the check prefers missing a contradiction to crying wolf. A step's own action is
 * not read: "agree a second visit within 3 days" is what the step arranges, not its limit. With a
 * base revision, the change rules also catch the old limit left in the text after a step's limit
 * changed (core/change/stale-time-limits.ts).
 */
import type { DiagnosticBag, SourcePosition } from '../diagnostics/diagnostic.ts';
import type { SopEntity, SopTranslationEntity } from '../model/handbook.ts';
import type { Step } from '../schema/sop.ts';
import { lineAndColumn } from '../text/sentences.ts';
import { statedLimits, type TimePhrase } from '../text/time-phrases.ts';
import { durationMinutes } from '../time/duration.ts';
import type { Rule } from './rule.ts';

const STEP_REFERENCE = /(?<![A-Za-z0-9-])S\d{1,3}[a-z]?(?![A-Za-z0-9-])/g;

interface Timed {
  step: Step;
  minutes: number;
}

function report(bag: DiagnosticBag, at: SourcePosition, where: string, timed: Timed, phrase: TimePhrase): void {
  bag.report(
    'sop/time-limit-contradicted',
    at,
    `Step ${timed.step.id} has the time limit ${timed.step.timeLimit}, but ${where} says "${phrase.text}" for it.`,
    `Make them agree: change the words to the step's ${timed.step.timeLimit}, or the step's timeLimit if the words are right. Readers must not be given two limits for one step.`,
  );
}

/** Sentences of `text` that name one timed step and state another limit for it; `place` turns an offset into a position. */
function checkText(text: string, timed: ReadonlyMap<string, Timed>, allSteps: ReadonlySet<string>, place: (offset: number) => SourcePosition, where: string, bag: DiagnosticBag): void {
  for (const stated of statedLimits(text)) {
    const named = new Set([...stated.sentence.matchAll(STEP_REFERENCE)].map((m) => m[0]).filter((id) => allSteps.has(id)));
    if (named.size !== 1) continue;
    const step = timed.get([...named][0]!);
    if (step && stated.phrase.minutes !== step.minutes) report(bag, place(stated.offset), where, step, stated.phrase);
  }
}

function checkSop(sop: SopEntity, translations: Iterable<SopTranslationEntity>, bag: DiagnosticBag): void {
  const timed = new Map<string, Timed>();
  for (const step of sop.steps) {
    const minutes = step.timeLimit ? durationMinutes(step.timeLimit) : undefined;
    if (minutes !== undefined) timed.set(step.id, { step, minutes });
  }
  if (timed.size === 0) return;
  const all = new Set(sop.steps.map((s) => s.id));
  // The original and its translations.
  const documents: { origin: SopEntity['origin']; summary: string; body: string; bodyLine: number }[] = [
    sop,
    ...translations,
  ];
  for (const doc of documents) {
    const file = doc.origin.file;
    checkText(doc.summary, timed, all, () => doc.origin.at(['summary']), 'the summary', bag);
    checkText(
      doc.body,
      timed,
      all,
      (offset) => {
        const { line, column } = lineAndColumn(doc.body, offset);
        return { file, line: doc.bodyLine + line, column: column + 1 };
      },
      'the text',
      bag,
    );
  }
}

export const timeLimitsInText: Rule = {
  name: 'time-limits-in-text',
  run(h, bag) {
    for (const sop of h.sops.values()) checkSop(sop, h.translations.sops.get(sop.id)?.values() ?? [], bag);
  },
};
