/**
 * The sentence at the head of a scorecard that says which units need attention and why: each unit
 * with a KPI off target or at risk this period, most serious first (the number of KPIs off target,
 * then at risk), with each KPI's name, value and target and whether an action addresses it. It reads
 * the scorecard's problems (src/core/scoring/actions.ts) and decides nothing of its own: a problem
 * that is only an unfavourable signal (the KPI on target) is counted, not named, since the early
 * warnings page explains those. Reporting units and the units above them are named alike, as the
 * problems table does.
 */
import type { Scorecard } from '../../core/scoring/index.ts';
import type { Direction, Kpi } from '../../core/schema/kpi.ts';
import { formatTarget } from '../words/format.ts';
import type { UiLocale } from '../words/locale.ts';
import { localized } from '../words/text.ts';
import { findRow, valueText } from './scorecard-view.ts';

export interface AttentionItem {
  kpi: string;
  name: string;
  status: 'off-target' | 'at-risk';
  value: string;
  target: string;
  /** No open action addresses it. */
  noAction: boolean;
}

export interface AttentionUnit {
  unit: string;
  name: string;
  items: AttentionItem[];
}

export interface ScorecardAttention {
  /** The units named, most serious first (at most `max`). */
  units: AttentionUnit[];
  /** Units with a KPI off target or at risk beyond those named. */
  more: number;
  /** Problems that are only unfavourable signals of KPIs on target or within noise. */
  signalsOnly: number;
}

export function scorecardAttention(sc: Scorecard, locale: UiLocale, max = 5): ScorecardAttention {
  const kpis = new Map(sc.kpis.map((k) => [k.id, k]));
  const units = new Map(sc.units.map((u) => [u.id, u]));
  const byUnit = new Map<string, AttentionUnit>();
  let signalsOnly = 0;
  for (const p of sc.problems) {
    if (p.status !== 'off-target' && p.status !== 'at-risk') {
      signalsOnly++;
      continue;
    }
    const kpi = kpis.get(p.kpi);
    let entry = byUnit.get(p.unit);
    if (!entry) {
      const unit = units.get(p.unit);
      byUnit.set(p.unit, (entry = { unit: p.unit, name: unit ? localized(unit.name, locale) : p.unit, items: [] }));
    }
    const row = findRow(sc, p.unit, p.kpi);
    entry.items.push({
      kpi: p.kpi,
      name: kpi ? localized(kpi.name, locale) : p.kpi,
      status: p.status,
      value: valueText(row?.value, kpi?.unitOfMeasure ?? 'score', locale),
      target: kpi ? formatTarget(kpi.target, kpi.direction as Direction, kpi.unitOfMeasure as Kpi['unitOfMeasure'], locale) : '',
      noAction: p.noAction,
    });
  }
  const off = (u: AttentionUnit) => u.items.filter((i) => i.status === 'off-target').length;
  const sorted = [...byUnit.values()]
    .map((u) => ({ ...u, items: u.items.sort((a, b) => (a.status === b.status ? (a.kpi < b.kpi ? -1 : 1) : a.status === 'off-target' ? -1 : 1)) }))
    .sort((a, b) => off(b) - off(a) || b.items.length - a.items.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { units: sorted.slice(0, max), more: Math.max(0, sorted.length - max), signalsOnly };
}
