/**
 * What a unit's page shows of the quality records (core/analysis/unit-records.ts, read once per
 * handbook by site/stores/unit-records.ts), prepared in the page's words: its open audit findings,
 * the risks that arise in it and whether a KPI warning raises them there, its daily inspections
 * of the last three months (completion per month, the items failed most) and its mystery-shopper
 * visits by quarter. The page's components only render these. `unitPage` is the rest of what the
 * page shows: where the unit sits, its people, the SOPs that apply, its actions, scorecard and coverage.
 */
import type { FindingEntity, Handbook, ImprovementActionEntity, RiskEntity, UnitEntity } from '../../core/model/handbook.ts';
import type { LocalizedText } from '../../core/schema/common.ts';
import { sopsInScope, unitAncestors } from '../../core/analysis/units.ts';
import { latestScorecard } from '../stores/scorecards.ts';
import { recordsOfUnit } from '../stores/unit-records.ts';
import { unitsWithScorecard } from './scorecard-view.ts';
import { unitCoverage } from './training.ts';
import { formatDate, formatNumber } from '../words/format.ts';
import type { UiLocale } from '../words/locale.ts';
import { periodLabel } from '../words/periods.ts';
import { localized } from '../words/text.ts';
import { wordsFor } from '../words/words.ts';
import { itemName } from './inspections.ts';

export interface UnitFindingRow {
  finding: FindingEntity;
  found: string | undefined;
  action: ImprovementActionEntity | undefined;
}

export interface UnitRiskRow {
  risk: RiskEntity;
  /** Ids of the KPIs whose warnings raise it here; empty when it is not raised here. */
  raisedBy: string[];
}

export interface UnitInspectionsView {
  intro: string;
  months: Array<{ label: string; planned: string | undefined; done: string | undefined; rate: string | undefined; low: boolean }>;
  failingCaption: string;
  failing: Array<{ name: LocalizedText; failed: string; checked: string; share: string }>;
}

export interface UnitVisitsView {
  quarter: string;
  visits: string;
  mean: string;
  /** Said when the quarter had fewer visits than the checklist asks. */
  fewVisits: string | undefined;
  failed: Array<{ name: LocalizedText; visits: string }>;
}

export interface UnitRecordsView {
  findings: UnitFindingRow[];
  risks: UnitRiskRow[];
  inspections: UnitInspectionsView | undefined;
  visits: UnitVisitsView[];
}

const pct = (x: number, locale: UiLocale) => wordsFor(locale).unitRecords.percent(formatNumber(Math.round(x * 1000) / 10, locale));

export function unitRecordsView(h: Handbook, unitId: string, locale: UiLocale): UnitRecordsView {
  const r = recordsOfUnit(h, unitId);
  const t = wordsFor(locale).unitRecords;
  const n = (x: number) => formatNumber(x, locale);
  let inspections: UnitInspectionsView | undefined;
  if (r.inspections) {
    const i = r.inspections;
    const first = i.months[0]?.month ?? '';
    const last = i.months.at(-1)?.month ?? '';
    const months = first === last ? periodLabel(first, locale) : `${periodLabel(first, locale)} – ${periodLabel(last, locale)}`;
    inspections = {
      intro: i.rate === null ? '' : t.inspectionsIntro({ rate: pct(i.rate, locale), done: n(i.done), planned: n(i.planned), months }),
      months: i.months.map((m) => ({
        label: periodLabel(m.month, locale),
        planned: m.planned === undefined ? undefined : n(m.planned),
        done: m.done === undefined ? undefined : n(m.done),
        rate: m.rate === null ? undefined : pct(m.rate, locale),
        low: m.low,
      })),
      failingCaption: t.failingCaption(months),
      failing: i.failing.map((f) => ({ name: itemName(h, f.checklist, f.item), failed: n(f.failed), checked: n(f.checked), share: f.checked === 0 ? '–' : pct(f.failed / f.checked, locale) })),
    };
  }
  return {
    findings: r.findings.map((f) => ({ finding: f.finding, found: f.found === undefined ? undefined : formatDate(f.found, locale), action: f.action })),
    risks: r.risks.map((x) => ({ risk: x.risk, raisedBy: [...new Set(x.raisedBy.map((w) => w.kpi.id))].sort() })),
    inspections,
    visits: r.visits.map((v) => ({
      quarter: periodLabel(v.quarter, locale),
      visits: n(v.visits),
      mean: formatNumber(Math.round(v.mean * 10) / 10, locale),
      fewVisits: v.belowMinimum && v.minVisits !== undefined ? t.fewVisits(n(v.minVisits)) : undefined,
      failed: v.failed.map((f) => ({ name: itemName(h, v.checklist, f.item), visits: n(f.visits) })),
    })),
  };
}

/**
 * What a unit's page (src/pages/[...locale]/units/[id].astro) shows besides its complaints box: the
 * units above it (top first), its people, the SOPs whose scope covers it, its improvement actions,
 * the latest scorecard's period when the unit has a scorecard page, its certification coverage by
 * quarter and what its quality records say.
 */
export function unitPage(h: Handbook, unit: UnitEntity, locale: UiLocale) {
  const scorecard = latestScorecard(h);
  const hasScorecard = unitsWithScorecard(scorecard).some((u) => u.id === unit.id);
  return {
    path: unitAncestors(unit).reverse(),
    people: h.index.peopleByUnit.get(unit.id) ?? [],
    sops: sopsInScope(h, unit),
    actions: h.index.actionsByUnit.get(unit.id) ?? [],
    /** The period of the latest scorecard, when the unit has a scorecard page. */
    scorecardPeriod: hasScorecard ? scorecard.period.key : undefined,
    coverage: unitCoverage(h, unit.id),
    records: unitRecordsView(h, unit.id, locale),
  };
}

/** The unit's name in the page's language (for captions). */
export function unitName(h: Handbook, unitId: string, locale: UiLocale): string {
  const unit = h.units.get(unitId);
  return unit ? localized(unit.name, locale) : unitId;
}
