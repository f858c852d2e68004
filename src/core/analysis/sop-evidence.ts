/**
 * What the field says about a procedure: the complaints whose causes it governs (the cause
 * taxonomy maps each cause to SOPs), over the register's last three months, with the units that
 * had most of them; the daily-inspection items that check it, over the last three months of
 * inspections, failed of checked, with the unit failing it most; and the mystery-shop items that
 * check it, in the latest quarter with visits. Counts only, as the records hold them.
 */
import type { Handbook } from '../model/handbook.ts';
import { compareText } from '../order.ts';
import { quarterOf } from '../derive/inspections.ts';
import { complaintWindow, lastMonths, unitSeries, type ComplaintWindow, type UnitMonth } from './complaints.ts';

/** How many of the latest months of the register and of the inspections are read. */
export const EVIDENCE_MONTHS = 3;

export interface CountOf {
  id: string;
  count: number;
}

export interface ItemEvidence {
  checklist: string;
  item: string;
  checked: number;
  failed: number;
  /** The unit with the highest failure share (ties: most failures, then id), when any failed. */
  worst: { unit: string; failed: number; checked: number } | undefined;
}

export interface SopEvidence {
  complaints: { months: string[]; total: number; causes: CountOf[]; units: CountOf[] } | undefined;
  inspections: { months: string[]; items: ItemEvidence[] } | undefined;
  visits: { quarter: string; items: ItemEvidence[] } | undefined;
}

const byCount = (a: CountOf, b: CountOf) => b.count - a.count || compareText(a.id, b.id);

type EvidenceInput = Pick<Handbook, 'complaints' | 'complaintCauses' | 'checklists' | 'inspections' | 'mysteryShopVisits'>;

/**
 * The evidence of every SOP, from one reading of the records: the complaint register's window and
 * each unit's months are summed once, then each SOP's causes are picked from them.
 */
export function fieldEvidence(h: EvidenceInput): (sopId: string) => SopEvidence {
  const months = lastMonths(h, EVIDENCE_MONTHS);
  const window = months.length === 0 ? undefined : complaintWindow(h, months);
  const series = new Map((window?.units ?? []).map((unit) => [unit, unitSeries(h, unit, months)]));
  const inspections = recentInspections(h);
  const visits = recentVisits(h);
  return (sopId) => ({ complaints: complaintsOf(h, sopId, window, series), inspections: inspectionsOf(h, sopId, inspections), visits: visitsOf(h, sopId, visits) });
}

/** The evidence of one SOP (`fieldEvidence` for many). */
export function sopEvidence(h: EvidenceInput, sopId: string): SopEvidence {
  return fieldEvidence(h)(sopId);
}

function complaintsOf(h: Pick<Handbook, 'complaintCauses'>, sopId: string, window: ComplaintWindow | undefined, series: ReadonlyMap<string, UnitMonth[]>): SopEvidence['complaints'] {
  const causes = [...h.complaintCauses.values()].filter((c) => c.sops.includes(sopId)).map((c) => c.id);
  if (causes.length === 0 || !window) return undefined;
  const counted = window.byCause.filter((r) => causes.includes(r.id)).map((r) => ({ id: r.id, count: r.count }));
  const units = [...series]
    .map(([unit, months]) => ({ id: unit, count: months.reduce((s, m) => s + (m.causes(causes) ?? 0), 0) }))
    .filter((u) => u.count > 0)
    .sort(byCount);
  return { months: [...window.months], total: window.received, causes: counted.sort(byCount), units };
}

/** Sums of checked and failed per checklist item that checks the SOP, and per unit. */
function tally(rows: Iterable<{ unit: string; checklist: string; item: string; checked: number; failed: number }>): ItemEvidence[] {
  const items = new Map<string, { checklist: string; item: string; checked: number; failed: number; units: Map<string, { failed: number; checked: number }> }>();
  for (const r of rows) {
    const key = `${r.checklist}\u0000${r.item}`;
    let t = items.get(key);
    if (!t) items.set(key, (t = { checklist: r.checklist, item: r.item, checked: 0, failed: 0, units: new Map() }));
    t.checked += r.checked;
    t.failed += r.failed;
    const u = t.units.get(r.unit) ?? { failed: 0, checked: 0 };
    t.units.set(r.unit, { failed: u.failed + r.failed, checked: u.checked + r.checked });
  }
  return [...items.values()].map(({ units, ...t }) => {
    const worst = [...units]
      .filter(([, u]) => u.failed > 0)
      .sort(([a, x], [b, y]) => y.failed / y.checked - x.failed / x.checked || y.failed - x.failed || compareText(a, b))[0];
    return { ...t, worst: worst ? { unit: worst[0], ...worst[1] } : undefined };
  });
}

function itemsChecking(h: Pick<Handbook, 'checklists'>, sopId: string): Set<string> {
  return new Set([...h.checklists.values()].flatMap((c) => c.items.filter((i) => i.sop === sopId).map((i) => `${c.id}\u0000${i.id}`)));
}

/** A row of an inspection or a visit: what one unit found on one checklist item. */
interface ItemRow {
  unit: string;
  checklist: string;
  item: string;
  checked: number;
  failed: number;
}

/**
 * Rows read once per handbook, kept in the records' order and found by checklist item, so that each
 * SOP picks the rows of the items that check it without reading every record again (5,000 SOPs
 * and 200 units' inspections made that quadratic).
 */
interface RecentRows<P> {
  period: P;
  /** Per `checklist \0 item`: the positions in `rows` of its rows, in order. */
  byItem: Map<string, number[]>;
  rows: ItemRow[];
}

function indexRows<P>(period: P, rows: ItemRow[]): RecentRows<P> {
  const byItem = new Map<string, number[]>();
  rows.forEach((r, at) => {
    const key = `${r.checklist}\u0000${r.item}`;
    const list = byItem.get(key);
    if (list) list.push(at);
    else byItem.set(key, [at]);
  });
  return { period, byItem, rows };
}

/** The rows of the items in `checking`, in the records' order. */
function rowsChecking<P>(recent: RecentRows<P>, checking: ReadonlySet<string>): ItemRow[] {
  const at = [...checking].flatMap((key) => recent.byItem.get(key) ?? []);
  return at.sort((a, b) => a - b).map((i) => recent.rows[i]!);
}

/** The inspections of the last `EVIDENCE_MONTHS` months with inspections, as rows. */
function recentInspections(h: Pick<Handbook, 'inspections'>): RecentRows<string[]> {
  const months = [...new Set(h.inspections.map((i) => i.month))].sort().slice(-EVIDENCE_MONTHS);
  const rows = h.inspections
    .filter((i) => months.includes(i.month))
    .flatMap((i) => i.items.map((it) => ({ unit: i.unit, checklist: i.checklist, item: it.item, checked: it.checked, failed: it.failed })));
  return indexRows(months, rows);
}

/** The mystery-shop visits of the latest quarter with visits, as rows (undefined without visits). */
function recentVisits(h: Pick<Handbook, 'mysteryShopVisits'>): RecentRows<string> | undefined {
  const visits = [...h.mysteryShopVisits.values()];
  if (visits.length === 0) return undefined;
  const quarter = visits.map((v) => quarterOf(v.date)).sort().at(-1)!;
  const rows = visits
    .filter((v) => quarterOf(v.date) === quarter)
    .flatMap((v) => Object.entries(v.items).map(([item, result]) => ({ unit: v.unit, checklist: v.checklist, item, checked: 1, failed: result === 'fail' ? 1 : 0 })));
  return indexRows(quarter, rows);
}

function inspectionsOf(h: Pick<Handbook, 'checklists'>, sopId: string, recent: RecentRows<string[]>): SopEvidence['inspections'] {
  const checking = itemsChecking(h, sopId);
  const months = recent.period;
  if (checking.size === 0 || months.length === 0) return undefined;
  const rows = rowsChecking(recent, checking);
  return rows.length === 0 ? undefined : { months: [...months], items: tally(rows) };
}

function visitsOf(h: Pick<Handbook, 'checklists'>, sopId: string, recent: RecentRows<string> | undefined): SopEvidence['visits'] {
  const checking = itemsChecking(h, sopId);
  if (checking.size === 0 || !recent) return undefined;
  const rows = rowsChecking(recent, checking);
  return rows.length === 0 ? undefined : { quarter: recent.period, items: tally(rows) };
}
