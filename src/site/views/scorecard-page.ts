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
import { overviewGrid, scorecardGrid, statusCounts, unitsWithScorecard } from './scorecard-view.ts';
import { formatNumber } from '../words/format.ts';
import { localized } from '../words/text.ts';
import { unitScorecardUrl, unitUrl } from '../routes/urls.ts';
import type { Scorecard } from '../../core/scoring/index.ts';

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
    /** Whether the period's scorecard files are exported: not for a handbook without measurements, whose latest period has no data. */
    exported: scorecardPeriods(handbook).some((p) => p.key === period),
    label: periodLabel(period, locale),
    otherPeriods: [...new Set(scorecard.kpis.filter((k) => k.period !== period).map((k) => k.period))],
    reportingUnits: grid.rows.filter((r) => !r.rollup).length,
    normalisation: explain(wordsFor(locale).explanations, NORMALISATION),
    findings: findingsByUnit(handbook, scorecard, locale),
  };
}

/**
 * The audit findings open at the period's review (core/scoring/open-findings.ts), counted by grade
 * for the organisation and for each unit that has any, in unit order, each unit linked to the open
 * findings on its scorecard (or to its page when it has no scorecard).
 */
function findingsByUnit(h: Handbook, sc: Scorecard, locale: UiLocale) {
  const t = wordsFor(locale).unitRecords;
  const n = (x: number) => formatNumber(x, locale);
  const counts = (list: Scorecard['findings']) => ({
    major: n(list.filter((f) => f.grade === 'major').length),
    minor: n(list.filter((f) => f.grade === 'minor').length),
    observation: n(list.filter((f) => f.grade === 'observation').length),
  });
  const withScorecard = new Set(unitsWithScorecard(sc).map((u) => u.id));
  const order = [...h.units.keys()];
  const units = [...new Set(sc.findings.map((f) => f.unit))].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return {
    total: sc.findings.length,
    text: t.periodFindings(counts(sc.findings)),
    units: units.map((id) => {
      const unit = h.units.get(id);
      return {
        id,
        name: unit ? localized(unit.name, locale) : id,
        href: withScorecard.has(id) ? `${unitScorecardUrl(id, locale)}#open-findings` : unitUrl(id, locale),
        counts: t.unitFindingCounts(counts(sc.findings.filter((f) => f.unit === id))),
        major: sc.findings.some((f) => f.unit === id && f.grade === 'major'),
      };
    }),
  };
}

export type ScorecardPage = ReturnType<typeof scorecardPage>;
