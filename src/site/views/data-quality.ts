/** The data-quality page's words for what the analysis decides (src/core/analysis/data-quality.ts). */
import type { Recency } from '../../core/analysis/data-quality.ts';
import type { UiLocale } from '../words/locale.ts';
import { scorecardText } from '../words/ui/scorecards.ts';

/** English words of the recencies (see `recencyLabel`). */
export const RECENCY_LABELS: Record<Recency, string> = scorecardText('en').quality.recency;

/** `One period late` / `滞后一期`. */
export function recencyLabel(recency: Recency, locale: UiLocale = 'en'): string {
  return scorecardText(locale).quality.recency[recency];
}
