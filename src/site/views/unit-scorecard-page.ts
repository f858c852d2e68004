/**
 * What a unit's scorecard page (src/pages/[...locale]/scorecards/units/[id].astro) shows, prepared:
 * the unit's view of the latest scorecard (scorecard-view.ts `unitScorecard`), its name, period and
 * composite in the page's words, the unit above it (and whether that has a scorecard page), and its
 * KPI lines grouped by layer in the order given, and the audit findings open in it at the period's review.
 */
import type { Handbook } from '../../core/model/handbook.ts';
import { latestScorecard } from '../stores/scorecards.ts';
import type { UiLocale } from '../words/locale.ts';
import { periodLabel } from '../words/periods.ts';
import { localized } from '../words/text.ts';
import { compositeText, unitScorecard, unitsWithScorecard, type UnitKpiLine } from './scorecard-view.ts';

export interface KpiLayerLines {
  layer: string;
  lines: UnitKpiLine[];
}

/** The scorecard page of a unit; undefined for a unit without one. */
export function unitScorecardPage(handbook: Handbook, unitId: string, locale: UiLocale) {
  const scorecard = latestScorecard(handbook);
  const view = unitScorecard(handbook, scorecard, unitId, locale);
  if (!view) return undefined;
  const unit = view.unit;
  const below = handbook.index.unitAndDescendants(unitId);
  const parent = unit.parent ? scorecard.units.find((u) => u.id === unit.parent) : undefined;
  const layers: KpiLayerLines[] = [];
  for (const line of view.lines) {
    const last = layers.at(-1);
    if (last && last.layer === line.kpi.layer) last.lines.push(line);
    else layers.push({ layer: line.kpi.layer, lines: [line] });
  }
  return {
    view,
    unit,
    kpis: scorecard.kpis,
    parent,
    parentHasScorecard: parent !== undefined && unitsWithScorecard(scorecard).some((u) => u.id === parent.id),
    name: localized(unit.name, locale),
    label: periodLabel(view.period, locale),
    composite: compositeText(view.composite, locale),
    layers,
    hasRollups: view.lines.some((l) => l.kind === 'rollup'),
    /** Audit findings open in the unit (or a unit below it) at the period's review: a separate input beside the KPIs (core/scoring/open-findings.ts). */
    findings: scorecard.findings.filter((f) => below.has(f.unit)),
  };
}

export type UnitScorecardPage = NonNullable<ReturnType<typeof unitScorecardPage>>;
