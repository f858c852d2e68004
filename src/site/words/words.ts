/**
 * The words of the interface, one dictionary per language: `en/` (whose types are the `Words`) and
 * `zh/` (typed by them, so a word missing in Chinese fails `npm run typecheck`). Each folder holds
 * one file per area (`scorecards.ts`, `charts.ts`, `document.ts` for the labels of SOPs and pages
 * in their own language, `document-control.ts`, `explanations.ts` for the scoring engine's
 * explanations…). Pages and components read the words of their page from `Astro.locals.words`
 * (src/middleware.ts); view builders and documents in another language ask `wordsFor(locale)`.
 */
import { explain, type Explanation } from '../../core/scoring/explanation.ts';
import type { UiLocale } from './locale.ts';
import { en } from './en/index.ts';
import { zh } from './zh/index.ts';

import type { Words } from './shape.ts';

export type { Words };

const BY_LOCALE: Record<UiLocale, Words> = { en, 'zh-CN': zh };

/** The words of a language. */
export function wordsFor(locale: UiLocale): Words {
  return BY_LOCALE[locale];
}

/** An explanation of the scoring engine (src/core/scoring/explanation.ts) in the words of a language. */
export function explanationText(e: Explanation, locale: UiLocale): string {
  return explain(wordsFor(locale).explanations, e);
}
