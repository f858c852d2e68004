/**
 * What the quality records say about one unit, for its page: its open audit findings (with the
 * action that corrects each, its PDCA stage and whether it is overdue), the risks that arise in it
 * (`risks/scope.ts`) and whether a KPI warning raises them there (`risk-alerts.ts`), its daily
 * inspections of the last three months of inspections (completion = done ÷ planned, and the items
 * it failed most, failed of checked), and its mystery-shop visits by quarter (mean score = the
 * KPI-MSS value, visits, items failed). Computed once per handbook for every unit; counts only, as
 * the records hold them. The records read are the unit's own (a branch's inspections and visits);
 * a risk scoped to a region arises in its branches too.
 */
import type { FindingEntity, Handbook, ImprovementActionEntity, InspectionEntity, RiskEntity } from '../model/handbook.ts';
import type { FindingGrade } from '../schema/finding.ts';
import { compareText } from '../order.ts';
import { unitsOf } from '../risks/scope.ts';
import { visitsByUnitQuarter } from '../derive/inspections.ts';
import type { WarningEntry } from './early-warnings.ts';

/** How many of the latest months of the inspection records are read. */
export const UNIT_INSPECTION_MONTHS = 3;
/** Completion below this share of the planned inspections is said in words (SOP-QM-001, as on the inspections page). */
export const LOW_COMPLETION = 0.9;
/** How many of the items failed most are listed. */
export const UNIT_FAILING_ITEMS = 5;

export interface UnitFinding {
  finding: FindingEntity;
  /** The day its audit was done. */
  found: string | undefined;
  /** The action that corrects it (its `stage` and `overdue` are the action's own), if it names one that exists. */
  action: ImprovementActionEntity | undefined;
}

export interface UnitRisk {
  risk: RiskEntity;
  /** The current KPI warnings in this unit (or a unit below it) that raise the risk; empty when it is not raised here. */
  raisedBy: WarningEntry[];
}

export interface InspectionMonth {
  month: string;
  /** Undefined when the unit has no inspection record for the month. */
  planned: number | undefined;
  done: number | undefined;
  /** done ÷ planned; null when none were planned or there is no record. */
  rate: number | null;
  /** The rate is below LOW_COMPLETION. */
  low: boolean;
}

export interface FailingItem {
  checklist: string;
  item: string;
  failed: number;
  checked: number;
}

export interface UnitInspections {
  /** The last UNIT_INSPECTION_MONTHS months with inspection records (of any unit), oldest first. */
  months: InspectionMonth[];
  planned: number;
  done: number;
  /** done ÷ planned over the months; null when none were planned. */
  rate: number | null;
  /** Items failed at least once, most failures first (then the higher share, then id), at most UNIT_FAILING_ITEMS. */
  failing: FailingItem[];
}

export interface UnitVisitQuarter {
  checklist: string;
  /** The KPI the checklist's visits give (`KPI-MSS`). */
  kpi: string | undefined;
  quarter: string;
  visits: number;
  /** Mean score of the visits: the KPI's value for the unit and quarter. */
  mean: number;
  /** The checklist's fewest visits per unit and quarter, when it sets one, and whether the quarter had fewer. */
  minVisits: number | undefined;
  belowMinimum: boolean;
  /** Items failed, with how many visits failed each, most first. */
  failed: Array<{ item: string; visits: number }>;
}

export interface UnitRecords {
  findings: UnitFinding[];
  risks: UnitRisk[];
  inspections: UnitInspections | undefined;
  /** Quarters oldest first. */
  visits: UnitVisitQuarter[];
}

type RecordsInput = Pick<Handbook, 'findings' | 'audits' | 'actions' | 'risks' | 'index' | 'inspections' | 'checklists' | 'mysteryShopVisits'>;

const GRADE_ORDER: Record<FindingGrade, number> = { major: 0, minor: 1, observation: 2 };
const LEVEL_ORDER: Record<RiskEntity['levelAfter'], number> = { high: 0, medium: 1, low: 2 };

/**
 * The records of every unit, from one reading of the handbook. `alerts` are the current KPI
 * warnings that raise each active risk (`riskAlerts`), by risk id.
 */
export function unitRecords(h: RecordsInput, alerts: ReadonlyMap<string, readonly WarningEntry[]>): (unitId: string) => UnitRecords {
  const findings = new Map<string, UnitFinding[]>();
  for (const f of h.findings.values()) {
    if (f.status !== 'open') continue;
    const audit = h.audits.get(f.audit);
    const row: UnitFinding = { finding: f, found: audit?.status === 'done' ? audit.done : undefined, action: f.action === undefined ? undefined : h.actions.get(f.action) };
    findings.set(f.unit, [...(findings.get(f.unit) ?? []), row]);
  }
  for (const rows of findings.values())
    rows.sort((a, b) => GRADE_ORDER[a.finding.grade] - GRADE_ORDER[b.finding.grade] || compareText(b.found ?? '', a.found ?? '') || compareText(a.finding.id, b.finding.id));

  const active = [...h.risks.values()].filter((r) => r.status === 'active').map((risk) => ({ risk, scope: unitsOf(h, risk) }));
  const months = [...new Set(h.inspections.map((i) => i.month))].sort().slice(-UNIT_INSPECTION_MONTHS);
  const inspectionsByUnit = new Map<string, InspectionEntity[]>();
  for (const i of h.inspections) if (months.includes(i.month)) inspectionsByUnit.set(i.unit, [...(inspectionsByUnit.get(i.unit) ?? []), i]);
  const visitQuarters = [...h.checklists.values()]
    .filter((c) => c.use === 'mystery-shop')
    .flatMap((c) => visitsByUnitQuarter(h, c.id).map((s) => ({ checklist: c, summary: s })));

  return (unitId) => {
    const below = h.index.unitAndDescendants(unitId);
    const risks = active
      .filter(({ scope }) => scope === 'all' || scope.has(unitId))
      .map(({ risk }) => ({ risk, raisedBy: (alerts.get(risk.id) ?? []).filter((w) => below.has(w.unit.id)) }))
      .sort((a, b) => Number(b.raisedBy.length > 0) - Number(a.raisedBy.length > 0) || LEVEL_ORDER[a.risk.levelAfter] - LEVEL_ORDER[b.risk.levelAfter] || compareText(a.risk.id, b.risk.id));
    const visits = visitQuarters
      .filter(({ summary }) => summary.unit === unitId)
      .map(({ checklist, summary }) => ({
        checklist: checklist.id,
        kpi: checklist.kpi,
        quarter: summary.quarter,
        visits: summary.n,
        mean: summary.mean,
        minVisits: checklist.minVisitsPerQuarter,
        belowMinimum: checklist.minVisitsPerQuarter !== undefined && summary.n < checklist.minVisitsPerQuarter,
        failed: [...summary.failed].map(([item, n]) => ({ item, visits: n })).sort((a, b) => b.visits - a.visits || compareText(a.item, b.item)),
      }))
      .sort((a, b) => compareText(a.quarter, b.quarter) || compareText(a.checklist, b.checklist));
    return { findings: findings.get(unitId) ?? [], risks, inspections: inspectionsOf(months, inspectionsByUnit.get(unitId)), visits };
  };
}

function inspectionsOf(months: readonly string[], records: readonly InspectionEntity[] | undefined): UnitInspections | undefined {
  if (!records || records.length === 0) return undefined;
  const rows: InspectionMonth[] = months.map((month) => {
    const of = records.filter((i) => i.month === month);
    if (of.length === 0) return { month, planned: undefined, done: undefined, rate: null, low: false };
    const planned = of.reduce((s, i) => s + i.planned, 0);
    const done = of.reduce((s, i) => s + i.done, 0);
    const rate = planned === 0 ? null : done / planned;
    return { month, planned, done, rate, low: rate !== null && rate < LOW_COMPLETION };
  });
  const planned = records.reduce((s, i) => s + i.planned, 0);
  const done = records.reduce((s, i) => s + i.done, 0);
  const items = new Map<string, FailingItem>();
  for (const i of records) {
    for (const c of i.items) {
      const key = `${i.checklist}\u0000${c.item}`;
      const t = items.get(key) ?? { checklist: i.checklist, item: c.item, failed: 0, checked: 0 };
      items.set(key, { ...t, failed: t.failed + c.failed, checked: t.checked + c.checked });
    }
  }
  const failing = [...items.values()]
    .filter((t) => t.failed > 0)
    .sort((a, b) => b.failed - a.failed || b.failed / b.checked - a.failed / a.checked || compareText(a.item, b.item))
    .slice(0, UNIT_FAILING_ITEMS);
  return { months: rows, planned, done, rate: planned === 0 ? null : done / planned, failing };
}

