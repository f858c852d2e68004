/**
 * What the page of one KPI shows (src/pages/[...locale]/kpis/[id].astro), prepared: the SOPs and
 * standards that use it in id order, its actions, latest values, run rules, trend, the control
 * charts of the units that most need one (or why there is none), its signals and how the units
 * compared in the latest scorecard, with the engine's explanations in the page's words.
 */
import type { Handbook, KpiEntity } from '../../core/model/handbook.ts';
import { byId } from '../../core/order.ts';
import { explain, ruleSet } from '../../core/scoring/index.ts';
import { latestScorecard } from '../stores/scorecards.ts';
import type { UiLocale } from '../words/locale.ts';
import { wordsFor } from '../words/words.ts';
import { controlChartSpec, controlChartUnits, kpiTrendChart, phasedUnits } from './chart-spec.ts';
import { controlView } from './controlled.ts';
import { kpiSignals } from '../../core/analysis/early-warnings.ts';
import { latestValues } from './kpis.ts';

/** Units whose control charts the page draws, at most. */
const CONTROL_CHARTS_SHOWN = 3;

export function kpiPage(handbook: Handbook, kpi: KpiEntity, locale: UiLocale) {
  const explanations = wordsFor(locale).explanations;
  const scorecard = latestScorecard(handbook);
  const scorecardKpi = scorecard.kpis.find((x) => x.id === kpi.id);
  const controls = scorecardKpi
    ? controlChartUnits(scorecard, kpi.id, CONTROL_CHARTS_SHOWN, phasedUnits(handbook, scorecard, kpi.id)).map((unit) => ({
        unit,
        spec: controlChartSpec(handbook, kpi.id, unit, scorecardKpi.period, locale),
      }))
    : [];
  const noChartReasons = [
    ...new Set(
      scorecard.rows
        .filter((r) => r.kpi === kpi.id && r.status !== 'not-applicable' && r.chart.kind === 'none' && r.chart.reason)
        .map((r) => explain(explanations, r.chart.reason!)),
    ),
  ];
  const comparison = scorecard.comparisons.find((c) => c.kpi === kpi.id);
  return {
    sops: [...(handbook.index.sopsByKpi.get(kpi.id) ?? [])].sort(byId),
    standards: [...(handbook.index.standardsByKpi.get(kpi.id) ?? [])].sort(byId),
    actions: handbook.index.actionsByKpi.get(kpi.id) ?? [],
    latest: latestValues(handbook, kpi.id),
    rules: ruleSet(kpi.controlChart?.rules),
    units: scorecard.units,
    scorecardKpi,
    trend: kpiTrendChart(handbook, scorecard, kpi.id, locale),
    controls,
    noChartReasons,
    signals: kpiSignals(handbook, scorecard, kpi.id),
    /** How the units compared in the latest scorecard, and how, in words (shown only with the KPI's scorecard entry). */
    comparison: comparison && scorecardKpi ? comparison : undefined,
    comparisonNote: comparison ? explain(explanations, comparison.note) : '',
    /** The definition shown is the version in force on the build date; its control, the version the file holds. */
    control: controlView(kpi.id),
  };
}

export type KpiPage = ReturnType<typeof kpiPage>;
