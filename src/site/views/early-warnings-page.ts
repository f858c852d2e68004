/**
 * What the early-warnings page (src/pages/[...locale]/scorecards/early-warnings.astro) shows,
 * prepared: the current scorecards' periods, the warnings (core/analysis/early-warnings.ts) with
 * their signals, notes, phase, value, how early and the days to an action in the page's words,
 * and the counts above the table.
 */
import type { Handbook } from '../../core/model/handbook.ts';
import { currentScorecards, earlyWarnings } from '../../core/analysis/early-warnings.ts';
import { scorecardSource } from '../stores/scorecards.ts';
import type { UiLocale } from '../words/locale.ts';
import { wordsFor } from '../words/words.ts';
import { causeText, signalNotes } from './chart-spec.ts';
import { runText } from './early-warnings.ts';
import { signalSummary, valueText } from './scorecard-view.ts';

export function earlyWarningsPage(handbook: Handbook, locale: UiLocale) {
  const ct = wordsFor(locale).charts.control;
  const scorecards = currentScorecards(scorecardSource(handbook));
  const entries = earlyWarnings(handbook, scorecards);
  return {
    periods: scorecards.map((s) => s.period.key),
    counts: {
      warnings: entries.length,
      units: new Set(entries.map((e) => e.unit.id)).size,
      early: entries.filter((e) => e.run && e.run.leadPeriods !== null && e.run.leadPeriods > 0).length,
      notYet: entries.filter((e) => e.run && e.run.firstOffTarget === null).length,
      noAction: entries.filter((e) => e.noAction).length,
    },
    entries: entries.map((e) => ({
      ...e,
      signalText: signalSummary(e.signals, locale),
      notes: [...new Set(e.signals.flatMap((s) => signalNotes(handbook, s, locale)))],
      phaseText: e.phase ? ct.limitsOf(ct.phaseLabel(e.phase.number), causeText(e.phase.cause, locale)) : null,
      valueNowText: valueText(e.valueNow, e.kpi.unitOfMeasure, locale),
      runText: runText(e.run, e.kpi.frequency, locale),
    })),
  };
}

export type EarlyWarningsPage = ReturnType<typeof earlyWarningsPage>;
