/** The data-quality page's words for what the analysis decides (src/core/analysis/data-quality.ts). */
import type { Recency } from '../../core/analysis/data-quality.ts';
import type { UiLocale } from '../words/locale.ts';
import { wordsFor } from '../words/words.ts';

/** English words of the recencies (see `recencyLabel`). */
export const RECENCY_LABELS: Record<Recency, string> = wordsFor('en').scorecards.quality.recency;

/** `One period late` / `滞后一期`. */
export function recencyLabel(recency: Recency, locale: UiLocale = 'en'): string {
  return wordsFor(locale).scorecards.quality.recency[recency];
}
