/**
 * What the inspections page shows: the daily-inspection completion rate per unit and month, the
 * items failing repeatedly in a month (and the action named for each), and the mystery-shopper
 * visits per unit and quarter with the score they give and the items failed.
 */
import type { ChecklistEntity, Handbook, InspectionEntity } from '../../core/model/handbook.ts';
import { completionRate, repeatedInspectionFailures, repeatedVisitFailures, visitsByUnitQuarter, type RepeatedFailure, type VisitSummary } from '../../core/derive/inspections.ts';

export interface InspectionsPage {
  months: string[];
  /** Units with inspection records, in the order of the units file. */
  units: string[];
  /** By `unit month`: the record and its completion rate. */
  cells: Map<string, { record: InspectionEntity; rate: number | null; failed: number }>;
  repeated: Array<RepeatedFailure & { checklist: ChecklistEntity }>;
  quarters: string[];
  visitUnits: string[];
  visits: Map<string, VisitSummary>;
  /** Visits that failed a must-have item. */
  mustHaveFailures: Array<{ id: string; unit: string; date: string; checklist: string; items: string[]; action: string | undefined }>;
}

export const cellKey = (unit: string, period: string) => `${unit} ${period}`;

export function inspectionsPage(h: Handbook): InspectionsPage {
  const order = [...h.units.keys()];
  const byOrder = (a: string, b: string) => order.indexOf(a) - order.indexOf(b);
  const cells = new Map<string, { record: InspectionEntity; rate: number | null; failed: number }>();
  for (const i of h.inspections) cells.set(cellKey(i.unit, i.month), { record: i, rate: completionRate(i), failed: i.items.reduce((s, c) => s + c.failed, 0) });
  const repeated: InspectionsPage['repeated'] = [];
  for (const i of h.inspections) {
    const checklist = h.checklists.get(i.checklist);
    if (checklist) repeated.push(...repeatedInspectionFailures(i, checklist).map((r) => ({ ...r, checklist })));
  }
  const visits = new Map<string, VisitSummary>();
  const mustHaveFailures: InspectionsPage['mustHaveFailures'] = [];
  for (const checklist of h.checklists.values()) {
    if (checklist.use !== 'mystery-shop') continue;
    for (const s of visitsByUnitQuarter(h, checklist.id)) visits.set(cellKey(s.unit, s.quarter), s);
    repeated.push(...repeatedVisitFailures(h, checklist).map((r) => ({ ...r, checklist })));
    const must = new Set(checklist.items.filter((it) => it.mustHave).map((it) => it.id));
    for (const v of h.mysteryShopVisits.values()) {
      if (v.checklist !== checklist.id) continue;
      const failed = Object.entries(v.items).filter(([item, result]) => result === 'fail' && must.has(item)).map(([item]) => item);
      if (failed.length > 0) mustHaveFailures.push({ id: v.id, unit: v.unit, date: v.date, checklist: v.checklist, items: failed, action: v.action });
    }
  }
  repeated.sort((a, b) => byOrder(a.unit, b.unit) || (a.month < b.month ? -1 : a.month > b.month ? 1 : 0) || (a.item < b.item ? -1 : 1));
  return {
    months: [...new Set(h.inspections.map((i) => i.month))].sort(),
    units: [...new Set(h.inspections.map((i) => i.unit))].sort(byOrder),
    cells,
    repeated,
    quarters: [...new Set([...visits.values()].map((s) => s.quarter))].sort(),
    visitUnits: [...new Set([...visits.values()].map((s) => s.unit))].sort(byOrder),
    visits,
    mustHaveFailures: mustHaveFailures.sort((a, b) => (a.date < b.date ? -1 : 1)),
  };
}

/** The name of a checklist item in `checklist` (its id when unknown). */
export function itemName(h: Handbook, checklistId: string, item: string) {
  return h.checklists.get(checklistId)?.items.find((it) => it.id === item)?.name ?? item;
}
