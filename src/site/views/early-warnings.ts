/** The early-warnings page's words for what the analysis decides (src/core/analysis/early-warnings.ts). */
import type { SignalRun } from '../../core/analysis/early-warnings.ts';
import type { UiLocale } from '../words/locale.ts';
import { wordsFor } from '../words/words.ts';

/** How early a run of signals came, in words. */
export function runText(run: SignalRun | null, frequency: string, locale: UiLocale = 'en'): string {
  if (!run) return '—';
  const t = wordsFor(locale).scorecards;
  const noun = t.periods.nouns[frequency as keyof typeof t.periods.nouns] ?? t.warnings.run.period;
  if (run.firstOffTarget === null) return t.warnings.run.signalling(run.since);
  if (run.leadPeriods !== null && run.leadPeriods > 0) return t.warnings.run.early(run.since, run.leadPeriods, noun, run.firstOffTarget);
  return t.warnings.run.already(run.since);
}
