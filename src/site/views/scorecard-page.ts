/**
 * What the scorecard of a period shows (src/components/scorecard/ScorecardPage.astro, for
 * /scorecards/ and /scorecards/<period>/), prepared: the scorecard, its grid (the overview of a
 * large organisation when there are many units), the status counts, whether it is the latest
 * period and its neighbours, the KPIs shown at another period, and how attainment is normalised,
 * in the page's words.
 */
import type { Handbook } from '../../core/model/handbook.ts';
import { explain, NORMALISATION } from '../../core/scoring/index.ts';
import { latestPeriodKey, neighbours, scorecardFor, scorecardPeriods } from '../stores/scorecards.ts';
import type { UiLocale } from '../words/locale.ts';
import { periodLabel } from '../words/periods.ts';
import { wordsFor } from '../words/words.ts';
import { overviewGrid, scorecardGrid, statusCounts } from './scorecard-view.ts';

export function scorecardPage(handbook: Handbook, period: string, locale: UiLocale) {
  const scorecard = scorecardFor(handbook, period);
  const grid = scorecardGrid(scorecard, locale);
  const latestKey = latestPeriodKey(handbook);
  return {
    scorecard,
    counts: statusCounts(grid),
    /** A large organisation's grid shows its roll-ups; every unit has its own scorecard page. */
    shown: overviewGrid(grid),
    latestKey,
    isLatest: period === latestKey,
    ...neighbours(handbook, period),
    periods: scorecardPeriods(handbook),
    label: periodLabel(period, locale),
    otherPeriods: [...new Set(scorecard.kpis.filter((k) => k.period !== period).map((k) => k.period))],
    reportingUnits: grid.rows.filter((r) => !r.rollup).length,
    normalisation: explain(wordsFor(locale).explanations, NORMALISATION),
  };
}

export type ScorecardPage = ReturnType<typeof scorecardPage>;
