/**
 * Daily inspections and mystery-shopper visits as evidence, computed from their records: the
 * completion rate of inspections, an item's repeated failures in a month, and the mystery-shop KPI
 * (mean score per unit and quarter, with n and the sample standard deviation) recomputed from the
 * visits. The rules compare these with what is written; the pages show them.
 */
import type { ChecklistEntity, Handbook, InspectionEntity, MysteryShopVisitEntity } from '../model/handbook.ts';

/** `2026-07-16` → `2026-Q3`. */
export function quarterOf(date: string): string {
  return `${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;
}

/** The last day of a quarter `2026-Q3` → `2026-09-30`. */
export function quarterEnd(quarter: string): string {
  const q = Number(quarter.slice(-1));
  const month = q * 3;
  const day = month === 6 || month === 9 ? 30 : 31;
  return `${quarter.slice(0, 4)}-${String(month).padStart(2, '0')}-${day}`;
}

/** Inspections done ÷ planned, or null when none were planned. */
export function completionRate(i: Pick<InspectionEntity, 'planned' | 'done'>): number | null {
  return i.planned === 0 ? null : i.done / i.planned;
}

/** The mystery-shop visits of one unit in one quarter, and the KPI they give. */
export interface VisitSummary {
  unit: string;
  quarter: string;
  visits: MysteryShopVisitEntity[];
  n: number;
  mean: number;
  /** Sample standard deviation (n − 1); 0 for a single visit. */
  sd: number;
  /** Items failed, by item id, with how many visits failed each. */
  failed: Map<string, number>;
}

/** The visits of a mystery-shop checklist, by unit and quarter (units and quarters in order). */
export function visitsByUnitQuarter(h: Pick<Handbook, 'mysteryShopVisits'>, checklistId: string): VisitSummary[] {
  const groups = new Map<string, MysteryShopVisitEntity[]>();
  for (const v of h.mysteryShopVisits.values()) {
    if (v.checklist !== checklistId) continue;
    const key = `${v.unit}\u0000${quarterOf(v.date)}`;
    groups.set(key, [...(groups.get(key) ?? []), v]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, visits]) => {
      const [unit, quarter] = key.split('\u0000') as [string, string];
      const n = visits.length;
      const mean = visits.reduce((s, v) => s + v.score, 0) / n;
      const sd = n > 1 ? Math.sqrt(visits.reduce((s, v) => s + (v.score - mean) ** 2, 0) / (n - 1)) : 0;
      const failed = new Map<string, number>();
      for (const v of visits) for (const [item, result] of Object.entries(v.items)) if (result === 'fail') failed.set(item, (failed.get(item) ?? 0) + 1);
      return { unit, quarter, visits: [...visits].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1)), n, mean, sd, failed };
    });
}

/** A checklist item that failed at least `repeatFailures` times in one unit and month. */
export interface RepeatedFailure {
  unit: string;
  month: string;
  item: string;
  failures: number;
  /** The action named for it, if any. */
  action: string | undefined;
}

/** Repeated failures in the monthly inspection records. */
export function repeatedInspectionFailures(i: InspectionEntity, checklist: ChecklistEntity): RepeatedFailure[] {
  return i.items.filter((c) => c.failed >= checklist.repeatFailures).map((c) => ({ unit: i.unit, month: i.month, item: c.item, failures: c.failed, action: c.action }));
}

/** Repeated failures across the mystery-shop visits of a unit in one month (the actions of any of those visits count). */
export function repeatedVisitFailures(h: Pick<Handbook, 'mysteryShopVisits'>, checklist: ChecklistEntity): Array<RepeatedFailure & { visits: MysteryShopVisitEntity[] }> {
  const groups = new Map<string, MysteryShopVisitEntity[]>();
  for (const v of h.mysteryShopVisits.values()) {
    if (v.checklist !== checklist.id) continue;
    for (const [item, result] of Object.entries(v.items)) {
      if (result !== 'fail') continue;
      const key = `${v.unit}\u0000${v.date.slice(0, 7)}\u0000${item}`;
      groups.set(key, [...(groups.get(key) ?? []), v]);
    }
  }
  const out: Array<RepeatedFailure & { visits: MysteryShopVisitEntity[] }> = [];
  for (const [key, visits] of groups) {
    if (visits.length < checklist.repeatFailures) continue;
    const [unit, month, item] = key.split('\u0000') as [string, string, string];
    out.push({ unit, month, item, failures: visits.length, action: visits.find((v) => v.action !== undefined)?.action, visits });
  }
  return out.sort((a, b) => (a.unit + a.month + a.item < b.unit + b.month + b.item ? -1 : 1));
}
