/**
 * A translation of an SOP: a file next to the original, named after it with the language added
 * (`content/sops/customer-service/SOP-CS-001.zh-CN.mdx`), holding the same `id`, its own `lang`,
 * the version of the original it was made from (`sourceVersion`) and the translated words. The
 * procedure itself (who does what, time limits, links, approvals) stays in the original: a
 * translation cannot change it, only say it in another language. The MDX body below the
 * frontmatter is the translated body.
 *
 * Handbook pages are translated the same way, with `translationOf: <page id>` in the frontmatter
 * of the translated page (see `page.ts`).
 */
import { z } from 'zod';
import { Locale, NonEmptyText, PersonId, SopId, Title, Version } from './common.ts';
import { StepId } from './sop.ts';

export const StepTranslation = z
  .strictObject({
    id: StepId.describe('The id of the step in the original SOP, e.g. `S3`.'),
    action: NonEmptyText.optional().describe('The step\'s action in this language.'),
    record: NonEmptyText.optional().describe('The record the step produces, in this language.'),
    decision: z
      .strictObject({
        question: NonEmptyText.describe('The question of the decision, in this language.'),
        options: z.array(NonEmptyText).describe('The answers, in the order of the original\'s options.'),
      })
      .optional()
      .describe('The decision of a branching step, in this language.'),
  })
  .describe('The words of one step in this language; leave out a field to show the original\'s.');
export type StepTranslation = z.infer<typeof StepTranslation>;

export const SopTranslationFrontmatter = z
  .strictObject({
    id: SopId.describe('The id of the SOP this file translates: the same id as the original.'),
    lang: Locale.describe('The language of this translation (`en` or `zh-CN`); it must differ from the original\'s.'),
    sourceVersion: Version.describe(
      'The version of the original this translation was made from, e.g. `"3.2"`. When the original moves to a newer version, readers see the translation with a notice until this is updated.',
    ),
    title: Title.describe('The title in this language.'),
    summary: NonEmptyText.describe('The summary in this language.'),
    translator: PersonId.optional().describe('Who translated it (a person id), to ask about the wording.'),
    steps: z.array(StepTranslation).default([]).describe('The steps\' words in this language, by step id.'),
  })
  .describe('A translation of an SOP: a file named like the original with the language added, e.g. SOP-CS-001.zh-CN.mdx.');
export type SopTranslationFrontmatter = z.infer<typeof SopTranslationFrontmatter>;

/** Whether parsed SOP frontmatter is that of a translation (it names the version it translates). */
export function isSopTranslation(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'sourceVersion' in value;
}
