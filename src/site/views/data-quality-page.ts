/**
 * What the data-quality page (src/pages/[...locale]/scorecards/data-quality.astro) shows, prepared:
 * the checks with the KPIs that fail them, each KPI's marks (definition, method, target, recency),
 * and the KPIs with gaps, with unit names, lists and the reasons without a control chart in the
 * page's words.
 */
import type { Handbook } from '../../core/model/handbook.ts';
import { explain } from '../../core/scoring/index.ts';
import { dataQuality, type KpiQuality, type Recency } from '../../core/analysis/data-quality.ts';
import { latestScorecard } from '../stores/scorecards.ts';
import { frequencyLabel } from '../words/format.ts';
import type { UiLocale } from '../words/locale.ts';
import { scorecardUnitName } from './scorecard-unit-name.ts';
import { wordsFor } from '../words/words.ts';
import { recencyLabel } from './data-quality.ts';

/** Unit names listed in full up to this many; beyond, the first ones and how many more. */
const UNIT_NAMES_LISTED = 12;

/** A mark of the page: ✓, ! or ✕ with its status class. */
export interface QualityMark {
  icon: '✓' | '!' | '✕';
  text: string;
  cls: 'st-on-target' | 'st-at-risk' | 'st-off-target';
}

const RECENCY_MARK: Record<Recency, Pick<QualityMark, 'icon' | 'cls'>> = {
  current: { icon: '✓', cls: 'st-on-target' },
  late: { icon: '!', cls: 'st-at-risk' },
  stale: { icon: '✕', cls: 'st-off-target' },
  none: { icon: '✕', cls: 'st-off-target' },
};

export function dataQualityPage(handbook: Handbook, locale: UiLocale) {
  const words = wordsFor(locale);
  const st = words.scorecards;
  const t = st.quality;
  const scorecard = latestScorecard(handbook);
  const dq = dataQuality(handbook, scorecard);
  const unitName = scorecardUnitName(scorecard.units, locale);
  const unitNames = (ids: readonly string[]) =>
    ids.length <= UNIT_NAMES_LISTED ? st.list(ids.map(unitName)) : st.listMore(ids.slice(0, UNIT_NAMES_LISTED).map(unitName), ids.length - UNIT_NAMES_LISTED);
  const ok = (good: boolean): QualityMark => (good ? { icon: '✓', text: t.yes, cls: 'st-on-target' } : { icon: '✕', text: t.missing, cls: 'st-off-target' });
  const kpis = dq.kpis.map((q: KpiQuality) => ({
    quality: q,
    marks: [q.hasDefinition, q.hasMethod, q.hasTarget].map(ok),
    recency: { ...RECENCY_MARK[q.recency], text: recencyLabel(q.recency, locale) } as QualityMark,
    frequency: frequencyLabel(q.kpi.frequency, locale),
    reported: q.units - q.noData.length,
  }));
  const withGaps = dq.kpis
    .filter((q) => q.noData.length || q.stale.length || q.smallSample.length || q.noChart.length || q.missingValues.length)
    .map((q) => ({
      quality: q,
      noData: unitNames(q.noData.map((x) => x.unit)),
      stale: unitNames(q.stale),
      smallSample: unitNames(q.smallSample),
      noChart: q.noChart.map((g) => ({ units: unitNames(g.units), reason: explain(words.explanations, g.reason) })),
      missingValues: q.missingValues.map((m) => ({ ...m, unitName: unitName(m.unit) })),
    }));
  return {
    period: scorecard.period.key,
    today: handbook.today,
    checks: [
      { title: t.withoutTarget, ids: dq.withoutTarget },
      { title: t.withoutMethod, ids: dq.withoutMethod },
      { title: t.withoutOwner, ids: dq.withoutOwner },
      { title: t.withoutRecentData, ids: dq.withoutRecentData },
    ],
    rejected: dq.rejected,
    kpis,
    withGaps,
  };
}

export type DataQualityPage = ReturnType<typeof dataQualityPage>;
